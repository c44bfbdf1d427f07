// The uploaded files of one submission, for staff (the list, a download) and for a
// resubmission (files already attached may be referenced again).
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from './db.ts';
import { first } from './rows.ts';
import { attachments } from './tables.ts';

const META = { id: attachments.id, name: attachments.name, type: attachments.type, size: attachments.size };

export async function submissionFiles(db: Db, submissionId: number) {
  return db.select(META).from(attachments).where(eq(attachments.submissionId, submissionId)).orderBy(asc(attachments.createdAt), asc(attachments.id));
}

export async function submissionFile(db: Db, submissionId: number, id: string) {
  return first(
    await db
      .select()
      .from(attachments)
      .where(and(eq(attachments.id, id), eq(attachments.submissionId, submissionId)))
      .limit(1),
  );
}

/** Of `ids`: the files already attached to this submission, and fresh uploads to its form. */
export async function usableFiles(db: Db, submissionId: number, formId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select(META)
    .from(attachments)
    .where(
      and(
        inArray(attachments.id, ids),
        eq(attachments.formId, formId),
        or(eq(attachments.submissionId, submissionId), isNull(attachments.submissionId)),
      ),
    )
    .orderBy(asc(attachments.id));
}
