// The city's own paper layouts of a form (pdf_layouts): the uploaded PDF and how answers
// map onto it (server/pdf/layout-mapping.ts). Synchronous, to run inside ctx.writes.run.
import { and, asc, eq } from 'drizzle-orm';
import type { LayoutMapping } from '../pdf/layout-mapping.ts';
import type { Db } from './db.ts';
import { pdfLayouts } from './tables.ts';

export interface LayoutSummary {
  id: string;
  formId: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface StoredLayout extends LayoutSummary {
  pdf: Buffer;
  mapping: LayoutMapping;
}

const summary = {
  id: pdfLayouts.id,
  formId: pdfLayouts.formId,
  name: pdfLayouts.name,
  createdAt: pdfLayouts.createdAt,
  updatedAt: pdfLayouts.updatedAt,
  updatedBy: pdfLayouts.updatedBy,
};

export function listLayouts(db: Db, formId: string): LayoutSummary[] {
  return db.select(summary).from(pdfLayouts).where(eq(pdfLayouts.formId, formId)).orderBy(asc(pdfLayouts.createdAt), asc(pdfLayouts.id)).all();
}

/** The layout, only if it belongs to `formId`: a layout id never opens another form's paper. */
export function getLayout(db: Db, formId: string, id: string): StoredLayout | undefined {
  return db
    .select()
    .from(pdfLayouts)
    .where(and(eq(pdfLayouts.id, id), eq(pdfLayouts.formId, formId)))
    .get() as StoredLayout | undefined;
}

export function insertLayout(db: Db, l: { id: string; formId: string; name: string; pdf: Buffer; mapping: LayoutMapping; by: string; now: string }): void {
  db.insert(pdfLayouts)
    .values({ id: l.id, formId: l.formId, name: l.name, pdf: l.pdf, mapping: l.mapping, createdAt: l.now, updatedAt: l.now, updatedBy: l.by })
    .run();
}

export function updateLayout(db: Db, formId: string, id: string, change: { name?: string; mapping?: LayoutMapping; by: string; now: string }): boolean {
  const set: Partial<typeof pdfLayouts.$inferInsert> = { updatedAt: change.now, updatedBy: change.by };
  if (change.name !== undefined) set.name = change.name;
  if (change.mapping !== undefined) set.mapping = change.mapping;
  return db.update(pdfLayouts).set(set).where(and(eq(pdfLayouts.id, id), eq(pdfLayouts.formId, formId))).run().changes > 0;
}

export function deleteLayout(db: Db, formId: string, id: string): boolean {
  return db.delete(pdfLayouts).where(and(eq(pdfLayouts.id, id), eq(pdfLayouts.formId, formId))).run().changes > 0;
}
