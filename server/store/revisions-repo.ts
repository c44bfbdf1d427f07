// The answers a submission had before each resubmission after 差戻し: history keeps both.
import { asc, eq } from 'drizzle-orm';
import type { Db } from './db.ts';
import { submissionRevisions } from './tables.ts';

export interface StoredRevision {
  revision: number;
  formVersion: number;
  replacedAt: string;
  answers: Record<string, unknown>;
}

export async function insertRevision(db: Db, r: StoredRevision & { submissionId: number }): Promise<void> {
  await db
    .insert(submissionRevisions)
    .values({ submissionId: r.submissionId, revision: r.revision, formVersion: r.formVersion, answers: r.answers, replacedAt: r.replacedAt });
}

export async function listRevisions(db: Db, submissionId: number): Promise<StoredRevision[]> {
  return (await db
    .select({
      revision: submissionRevisions.revision,
      formVersion: submissionRevisions.formVersion,
      replacedAt: submissionRevisions.replacedAt,
      answers: submissionRevisions.answers,
    })
    .from(submissionRevisions)
    .where(eq(submissionRevisions.submissionId, submissionId))
    .orderBy(asc(submissionRevisions.revision))) as StoredRevision[];
}
