import { and, asc, count, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { CompiledForm } from '../../core/compile.ts';
import type { FormDefinition, LocalText } from '../../core/definition.ts';
import type { Db } from './db.ts';
import { forms, formVersions } from './tables.ts';

export interface StoredVersion {
  formId: string;
  version: number;
  definition: FormDefinition;
  compiled: CompiledForm;
  validatorModule: string;
  publishedAt: string;
  publishedBy: string | null;
}

export function countForms(db: Db): number {
  return db.select({ n: count() }).from(forms).get()?.n ?? 0;
}

export function currentVersions(db: Db): StoredVersion[] {
  return db
    .select({ v: formVersions })
    .from(forms)
    .innerJoin(formVersions, and(eq(formVersions.formId, forms.id), eq(formVersions.version, forms.currentVersion)))
    .where(and(isNotNull(forms.currentVersion), eq(forms.unpublished, false)))
    .all()
    .map((row) => row.v as StoredVersion);
}

export function getVersion(db: Db, formId: string, version: number): StoredVersion | undefined {
  return db
    .select()
    .from(formVersions)
    .where(and(eq(formVersions.formId, formId), eq(formVersions.version, version)))
    .get() as StoredVersion | undefined;
}

/** Stores a new immutable version and makes it current, in one transaction. */
export function insertVersion(
  db: Db,
  input: { definition: FormDefinition; compiled: CompiledForm; validatorModule: string; publishedBy: string | null; now: string },
): number {
  return db.transaction((tx) => {
    const { definition: def, now } = input;
    const existing = tx.select().from(forms).where(eq(forms.id, def.id)).get();
    if (!existing) {
      tx.insert(forms)
        .values({ id: def.id, department: def.settings.department, category: def.category, createdAt: now, updatedAt: now })
        .run();
    }
    const last = tx
      .select({ version: formVersions.version })
      .from(formVersions)
      .where(eq(formVersions.formId, def.id))
      .all()
      .reduce((max, r) => Math.max(max, r.version), 0);
    const version = last + 1;
    tx.insert(formVersions)
      .values({
        formId: def.id,
        version,
        definition: def,
        compiled: input.compiled,
        validatorModule: input.validatorModule,
        publishedAt: now,
        publishedBy: input.publishedBy,
      })
      .run();
    tx.update(forms)
      // Publishing (again) is what brings an unpublished form back to citizens.
      .set({ currentVersion: version, department: def.settings.department, category: def.category, unpublished: false, updatedAt: now })
      .where(eq(forms.id, def.id))
      .run();
    return version;
  });
}

// Staff side: drafts, the version list and taking a form down.

export type FormRow = typeof forms.$inferSelect;

export function getForm(db: Db, id: string): FormRow | undefined {
  return db.select().from(forms).where(eq(forms.id, id)).get();
}

export interface FormSummary {
  id: string;
  department: string;
  category: string;
  currentVersion: number | null;
  unpublished: boolean;
  updatedAt: string;
  hasDraft: boolean;
  /** The draft's title, else the current version's. */
  title: LocalText | null;
  /** Dates in force: those of the current version. */
  opensAt: string | null;
  closesAt: string | null;
}

/**
 * Every form, for the staff list. SQLite picks the few members it needs out of the
 * stored JSON, so listing does not parse every draft and definition (up to 512 KB each).
 */
export function listFormSummaries(db: Db): FormSummary[] {
  const current = formVersions.definition;
  return db
    .select({
      id: forms.id,
      department: forms.department,
      category: forms.category,
      currentVersion: forms.currentVersion,
      unpublished: forms.unpublished,
      updatedAt: forms.updatedAt,
      hasDraft: sql<number>`${forms.draft} IS NOT NULL`,
      title: sql<string | null>`coalesce(json_extract(${forms.draft}, '$.title'), json_extract(${current}, '$.title'))`,
      opensAt: sql<string | null>`json_extract(${current}, '$.settings.opensAt')`,
      closesAt: sql<string | null>`json_extract(${current}, '$.settings.closesAt')`,
    })
    .from(forms)
    .leftJoin(formVersions, and(eq(formVersions.formId, forms.id), eq(formVersions.version, forms.currentVersion)))
    .orderBy(asc(forms.id))
    .all()
    .map((r) => ({ ...r, hasDraft: r.hasDraft === 1, title: parseTitle(r.title) }));
}

function parseTitle(json: string | null): LocalText | null {
  if (json === null) return null;
  try {
    const title = JSON.parse(json) as unknown;
    return title && typeof title === 'object' ? (title as LocalText) : null;
  } catch {
    return null; // a draft's title may be anything until it is fixed
  }
}

export function listVersions(db: Db, formId: string): { version: number; publishedAt: string; publishedBy: string | null }[] {
  return db
    .select({ version: formVersions.version, publishedAt: formVersions.publishedAt, publishedBy: formVersions.publishedBy })
    .from(formVersions)
    .where(eq(formVersions.formId, formId))
    .orderBy(asc(formVersions.version))
    .all();
}

/** A new form that has only a draft. Throws SQLITE_CONSTRAINT_PRIMARYKEY if the id is taken. */
export function insertDraftForm(db: Db, def: FormDefinition, now: string): void {
  db.insert(forms)
    .values({
      id: def.id,
      department: def.settings.department,
      category: def.category,
      draft: def,
      draftSavedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .run();
}

export function isFormIdTaken(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE') && /forms\.id/.test(e.message ?? '');
}

export function saveDraft(db: Db, id: string, draft: unknown, now: string): void {
  db.update(forms).set({ draft, draftSavedAt: now, updatedAt: now }).where(eq(forms.id, id)).run();
}

/**
 * Drops the draft. A form that was never published is nothing without it, so the form
 * itself goes too. Returns whether the form still exists.
 */
export function discardDraft(db: Db, id: string, now: string): boolean {
  return db.transaction(() => {
    const removed = db.delete(forms).where(and(eq(forms.id, id), isNull(forms.currentVersion))).run().changes;
    if (removed > 0) return false;
    db.update(forms).set({ draft: null, draftSavedAt: null, updatedAt: now }).where(eq(forms.id, id)).run();
    return true;
  });
}

/** After publishing it: clears the draft unless it was saved again meanwhile (another tab). */
export function clearPublishedDraft(db: Db, id: string, savedAt: string | null): void {
  db.update(forms)
    .set({ draft: null, draftSavedAt: null })
    .where(and(eq(forms.id, id), savedAt === null ? isNull(forms.draftSavedAt) : eq(forms.draftSavedAt, savedAt)))
    .run();
}

export function setUnpublished(db: Db, id: string, now: string): void {
  db.update(forms).set({ unpublished: true, updatedAt: now }).where(eq(forms.id, id)).run();
}

export function setPublished(db: Db, id: string, now: string): void {
  db.update(forms).set({ unpublished: false, updatedAt: now }).where(eq(forms.id, id)).run();
}

export function formDepartments(db: Db): string[] {
  return db
    .selectDistinct({ department: forms.department })
    .from(forms)
    .all()
    .map((r) => r.department);
}

