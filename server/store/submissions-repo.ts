import { asc, eq } from 'drizzle-orm';
import type { Db } from './db.ts';
import { first } from './rows.ts';
import { submissionEvents, submissions } from './tables.ts';

export interface NewSubmission {
  receiptNumber: string;
  formId: string;
  formVersion: number;
  answers: Record<string, unknown>;
  status: string;
  tokenHash: string;
  lang: string;
  now: string;
}

/**
 * Files the row inside the filing's write job (pass tx) and returns its id, or undefined
 * when the receipt number was taken meanwhile (draw another and call again). A taken
 * number is no error: on PostgreSQL an error would abort the whole transaction. Filing
 * itself is not written as an event: it is the row's createdAt (one B-tree less on the
 * hot path); submission_events holds what happens afterwards.
 */
export async function insertSubmission(db: Db, s: NewSubmission): Promise<number | undefined> {
  const rows = await db
    .insert(submissions)
    .values({
      receiptNumber: s.receiptNumber,
      formId: s.formId,
      formVersion: s.formVersion,
      answers: s.answers,
      status: s.status,
      tokenHash: s.tokenHash,
      lang: s.lang,
      createdAt: s.now,
      updatedAt: s.now,
    })
    .onConflictDoNothing({ target: submissions.receiptNumber })
    .returning({ id: submissions.id });
  return rows[0]?.id;
}

export async function findByReceiptNumber(db: Db, receiptNumber: string) {
  const submission = first(await db.select().from(submissions).where(eq(submissions.receiptNumber, receiptNumber)).limit(1));
  if (!submission) return undefined;
  const history = await db
    .select()
    .from(submissionEvents)
    .where(eq(submissionEvents.submissionId, submission.id))
    .orderBy(asc(submissionEvents.at), asc(submissionEvents.id));
  // Filing is the row itself (no event on the hot path); its actor is the clerk who filed at the counter, if any.
  const filed = { id: 0, submissionId: submission.id, at: submission.createdAt, status: 'received', actor: submission.proxyBy, comment: null as string | null };
  return { submission, history: [filed, ...history] };
}

// Back office (issue 4): what happens to a submission after filing.

/** The row to change, read inside the write job (pass tx) so a check and its change see the same state. */
export async function submissionById(db: Db, id: number) {
  return first(await db.select().from(submissions).where(eq(submissions.id, id)).limit(1));
}

export interface StatusChange {
  submissionId: number;
  status: string;
  /** Staff login; null when the applicant did it (withdrawal, resubmission). */
  actor: string | null;
  comment: string | null;
  at: string;
}

/** The new status and its history event: call inside the change's ctx.writes.run; pass tx. */
export async function recordStatus(db: Db, change: StatusChange): Promise<void> {
  await db.update(submissions).set({ status: change.status, updatedAt: change.at }).where(eq(submissions.id, change.submissionId));
  await db
    .insert(submissionEvents)
    .values({ submissionId: change.submissionId, at: change.at, status: change.status, actor: change.actor, comment: change.comment });
}

/** The applicant's corrected answers replace the current ones (the caller keeps those as a revision). */
export async function replaceAnswers(db: Db, id: number, s: { answers: Record<string, unknown>; formVersion: number; revision: number; at: string }): Promise<void> {
  await db.update(submissions).set({ answers: s.answers, formVersion: s.formVersion, revision: s.revision, updatedAt: s.at }).where(eq(submissions.id, id));
}

/** Marks the row changed (a note, a message) so the inbox's "-updatedAt" sort shows it. */
export async function touchSubmission(db: Db, id: number, at: string): Promise<void> {
  await db.update(submissions).set({ updatedAt: at }).where(eq(submissions.id, id));
}
