// The definition a row was filed against, looked up inside a write job. The catalog reads
// through its own connection, which a job must not wait for (on PostgreSQL a pool full of
// jobs each waiting for a second connection would never finish), so the version read
// before the job is used when the row still has it, and any other is read through `tx`.
import type { FormDefinition } from '../../core/definition.ts';
import type { Db } from '../store/db.ts';
import { getVersion, type StoredVersion } from '../store/forms-repo.ts';

export async function definitionInJob(tx: Db, readBefore: StoredVersion | undefined, formId: string, version: number): Promise<FormDefinition | undefined> {
  if (readBefore && readBefore.formId === formId && readBefore.version === version) return readBefore.definition;
  return (await getVersion(tx, formId, version))?.definition;
}
