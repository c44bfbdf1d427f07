// The city's own paper layouts of a form (pdf_layouts): the uploaded PDF and how answers
// map onto it (server/pdf/layout-mapping.ts). Writes take the `tx` of a ctx.writes.run job.
import { and, asc, eq } from 'drizzle-orm';
import type { LayoutMapping } from '../pdf/layout-mapping.ts';
import type { Db } from './db.ts';
import { affected, first } from './rows.ts';
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

export async function listLayouts(db: Db, formId: string): Promise<LayoutSummary[]> {
  return db.select(summary).from(pdfLayouts).where(eq(pdfLayouts.formId, formId)).orderBy(asc(pdfLayouts.createdAt), asc(pdfLayouts.id));
}

/** The layout, only if it belongs to `formId`: a layout id never opens another form's paper. */
export async function getLayout(db: Db, formId: string, id: string): Promise<StoredLayout | undefined> {
  return first(
    await db
      .select()
      .from(pdfLayouts)
      .where(and(eq(pdfLayouts.id, id), eq(pdfLayouts.formId, formId)))
      .limit(1),
  ) as StoredLayout | undefined;
}

export async function insertLayout(
  db: Db,
  l: { id: string; formId: string; name: string; pdf: Buffer; mapping: LayoutMapping; by: string; now: string },
): Promise<void> {
  await db
    .insert(pdfLayouts)
    .values({ id: l.id, formId: l.formId, name: l.name, pdf: l.pdf, mapping: l.mapping, createdAt: l.now, updatedAt: l.now, updatedBy: l.by });
}

export async function updateLayout(
  db: Db,
  formId: string,
  id: string,
  change: { name?: string; mapping?: LayoutMapping; by: string; now: string },
): Promise<boolean> {
  const set: Partial<typeof pdfLayouts.$inferInsert> = { updatedAt: change.now, updatedBy: change.by };
  if (change.name !== undefined) set.name = change.name;
  if (change.mapping !== undefined) set.mapping = change.mapping;
  return affected(await db.update(pdfLayouts).set(set).where(and(eq(pdfLayouts.id, id), eq(pdfLayouts.formId, formId)))) > 0;
}

export async function deleteLayout(db: Db, formId: string, id: string): Promise<boolean> {
  return affected(await db.delete(pdfLayouts).where(and(eq(pdfLayouts.id, id), eq(pdfLayouts.formId, formId)))) > 0;
}
