import { and, count, eq, isNotNull } from 'drizzle-orm';
import type { CompiledForm } from '../../core/compile.ts';
import type { FormDefinition } from '../../core/definition.ts';
import type { Db } from './db.ts';
import { forms, formVersions } from './schema.sqlite.ts';

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
    .where(isNotNull(forms.currentVersion))
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
      .set({ currentVersion: version, department: def.settings.department, category: def.category, updatedAt: now })
      .where(eq(forms.id, def.id))
      .run();
    return version;
  });
}
