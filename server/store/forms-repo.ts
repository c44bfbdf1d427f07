import { and, asc, count, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { CompiledForm } from '../../core/compile.ts';
import type { FormDefinition, LocalText } from '../../core/definition.ts';
import type { Db } from './db.ts';
import { dialect } from './dialect.ts';
import { isUniqueViolation } from './errors.ts';
import { affected, first } from './rows.ts';
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

export async function countForms(db: Db): Promise<number> {
  return first(await db.select({ n: count() }).from(forms))?.n ?? 0;
}

export async function currentVersions(db: Db): Promise<StoredVersion[]> {
  const rows = await db
    .select({ v: formVersions })
    .from(forms)
    .innerJoin(formVersions, and(eq(formVersions.formId, forms.id), eq(formVersions.version, forms.currentVersion)))
    .where(and(isNotNull(forms.currentVersion), eq(forms.unpublished, false)))
    .orderBy(asc(forms.id));
  return rows.map((row) => row.v as StoredVersion);
}

export async function getVersion(db: Db, formId: string, version: number): Promise<StoredVersion | undefined> {
  return first(
    await db
      .select()
      .from(formVersions)
      .where(and(eq(formVersions.formId, formId), eq(formVersions.version, version)))
      .limit(1),
  ) as StoredVersion | undefined;
}

/**
 * Stores a new immutable version and makes it current: one publication, several
 * statements. Call inside ctx.writes.run; pass tx.
 */
export async function insertVersion(
  db: Db,
  input: { definition: FormDefinition; compiled: CompiledForm; validatorModule: string; publishedBy: string | null; now: string },
): Promise<number> {
  const { definition: def, now } = input;
  // Creates or touches the form row, which also locks it: a concurrent publication of the
  // same form (another instance, on PostgreSQL) waits here and then reads the version this one adds.
  await db
    .insert(forms)
    .values({ id: def.id, department: def.settings.department, category: def.category, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: forms.id, set: { updatedAt: now } });
  const last = first(
    await db.select({ version: formVersions.version }).from(formVersions).where(eq(formVersions.formId, def.id)).orderBy(desc(formVersions.version)).limit(1),
  );
  const version = (last?.version ?? 0) + 1;
  await db.insert(formVersions).values({
    formId: def.id,
    version,
    definition: def,
    compiled: input.compiled,
    validatorModule: input.validatorModule,
    publishedAt: now,
    publishedBy: input.publishedBy,
  });
  await db
    .update(forms)
    // Publishing (again) is what brings an unpublished form back to citizens.
    .set({ currentVersion: version, department: def.settings.department, category: def.category, unpublished: false, updatedAt: now })
    .where(eq(forms.id, def.id));
  return version;
}

// Staff side: drafts, the version list and taking a form down.

export type FormRow = typeof forms.$inferSelect;

export async function getForm(db: Db, id: string): Promise<FormRow | undefined> {
  return first(await db.select().from(forms).where(eq(forms.id, id)).limit(1));
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

const current = formVersions.definition;

// The title as JSON text, the dates as text: the database picks these few members out of
// the stored JSON, so listing does not parse every draft and definition (up to 512 KB each).
const summaryJson: { title: SQL<string | null>; opensAt: SQL<string | null>; closesAt: SQL<string | null> } =
  dialect === 'pg'
    ? {
        // ->> as json_extract: an object as its JSON text, a JSON null as NULL (so coalesce goes on).
        title: sql`coalesce(${forms.draft} ->> 'title', ${current} ->> 'title')`,
        opensAt: sql`${current} #>> '{settings,opensAt}'`,
        closesAt: sql`${current} #>> '{settings,closesAt}'`,
      }
    : {
        title: sql`coalesce(json_extract(${forms.draft}, '$.title'), json_extract(${current}, '$.title'))`,
        opensAt: sql`json_extract(${current}, '$.settings.opensAt')`,
        closesAt: sql`json_extract(${current}, '$.settings.closesAt')`,
      };

/** Every form, for the staff list. */
export async function listFormSummaries(db: Db): Promise<FormSummary[]> {
  const rows = await db
    .select({
      id: forms.id,
      department: forms.department,
      category: forms.category,
      currentVersion: forms.currentVersion,
      unpublished: forms.unpublished,
      updatedAt: forms.updatedAt,
      hasDraft: sql<number>`CASE WHEN ${forms.draft} IS NULL THEN 0 ELSE 1 END`.mapWith(Number),
      ...summaryJson,
    })
    .from(forms)
    .leftJoin(formVersions, and(eq(formVersions.formId, forms.id), eq(formVersions.version, forms.currentVersion)))
    .orderBy(asc(forms.id));
  return rows.map((r) => ({ ...r, hasDraft: r.hasDraft === 1, title: parseTitle(r.title) }));
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

export async function listVersions(db: Db, formId: string): Promise<{ version: number; publishedAt: string; publishedBy: string | null }[]> {
  return db
    .select({ version: formVersions.version, publishedAt: formVersions.publishedAt, publishedBy: formVersions.publishedBy })
    .from(formVersions)
    .where(eq(formVersions.formId, formId))
    .orderBy(asc(formVersions.version));
}

/**
 * A new form that has only a draft. Throws a unique violation (isFormIdTaken) if the id is
 * taken; on PostgreSQL that aborts the transaction, so catch it outside the write job.
 */
export async function insertDraftForm(db: Db, def: FormDefinition, now: string): Promise<void> {
  await db.insert(forms).values({
    id: def.id,
    department: def.settings.department,
    category: def.category,
    draft: def,
    draftSavedAt: now,
    createdAt: now,
    updatedAt: now,
  });
}

export function isFormIdTaken(error: unknown): boolean {
  // The primary key's name on PostgreSQL; SQLite names the column.
  return isUniqueViolation(error, 'forms_pkey') || isUniqueViolation(error, 'forms.id');
}

export async function saveDraft(db: Db, id: string, draft: unknown, now: string): Promise<void> {
  await db.update(forms).set({ draft, draftSavedAt: now, updatedAt: now }).where(eq(forms.id, id));
}

/**
 * Drops the draft. A form that was never published is nothing without it, so the form
 * itself goes too. Returns whether the form still exists. Call inside ctx.writes.run; pass tx.
 */
export async function discardDraft(db: Db, id: string, now: string): Promise<boolean> {
  const removed = affected(await db.delete(forms).where(and(eq(forms.id, id), isNull(forms.currentVersion))));
  if (removed > 0) return false;
  await db.update(forms).set({ draft: null, draftSavedAt: null, updatedAt: now }).where(eq(forms.id, id));
  return true;
}

/** After publishing it: clears the draft unless it was saved again meanwhile (another tab). */
export async function clearPublishedDraft(db: Db, id: string, savedAt: string | null): Promise<void> {
  await db
    .update(forms)
    .set({ draft: null, draftSavedAt: null })
    .where(and(eq(forms.id, id), savedAt === null ? isNull(forms.draftSavedAt) : eq(forms.draftSavedAt, savedAt)));
}

export async function setUnpublished(db: Db, id: string, now: string): Promise<void> {
  await db.update(forms).set({ unpublished: true, updatedAt: now }).where(eq(forms.id, id));
}

export async function setPublished(db: Db, id: string, now: string): Promise<void> {
  await db.update(forms).set({ unpublished: false, updatedAt: now }).where(eq(forms.id, id));
}

export async function formDepartments(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ department: forms.department }).from(forms).orderBy(asc(forms.department));
  return rows.map((r) => r.department);
}

