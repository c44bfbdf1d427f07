import { asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from './db.ts';
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

const p = sql.placeholder;

// Filing is the hot path: its statements are prepared once per database, not built
// per request (query building was a third of the CPU time per submission).
function prepareInserts(db: Db) {
  const submission = db
    .insert(submissions)
    .values({
      receiptNumber: p('receiptNumber'),
      formId: p('formId'),
      formVersion: p('formVersion'),
      answers: p('answers'),
      status: p('status'),
      tokenHash: p('tokenHash'),
      lang: p('lang'),
      createdAt: p('now'),
      updatedAt: p('now'),
    })
    .returning({ id: submissions.id })
    .prepare();
  return { submission };
}

const prepared = new WeakMap<Db, ReturnType<typeof prepareInserts>>();

/**
 * Synchronous: runs inside a WriteBatcher job. Returns the new row id. Filing itself is
 * not written as an event: it is the row's createdAt (one B-tree less on the hot path);
 * submission_events holds what happens afterwards.
 */
export function insertSubmission(db: Db, s: NewSubmission): number {
  let statements = prepared.get(db);
  if (!statements) {
    statements = prepareInserts(db);
    prepared.set(db, statements);
  }
  return statements.submission.get({ ...s }).id;
}

export function isReceiptNumberConflict(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === 'SQLITE_CONSTRAINT_UNIQUE' && /receipt_number/.test(e.message ?? '');
}

export function countSubmissions(db: Db, formId: string): number {
  return db.select({ n: count() }).from(submissions).where(eq(submissions.formId, formId)).get()?.n ?? 0;
}

export function findByReceiptNumber(db: Db, receiptNumber: string) {
  const submission = db.select().from(submissions).where(eq(submissions.receiptNumber, receiptNumber)).get();
  if (!submission) return undefined;
  const history = db
    .select()
    .from(submissionEvents)
    .where(eq(submissionEvents.submissionId, submission.id))
    .orderBy(asc(submissionEvents.at), asc(submissionEvents.id))
    .all();
  // Filing is the row itself (no event on the hot path); its actor is the clerk who filed at the counter, if any.
  const filed = { id: 0, submissionId: submission.id, at: submission.createdAt, status: 'received', actor: submission.proxyBy, comment: null as string | null };
  return { submission, history: [filed, ...history] };
}

// Back office (issue 4): what happens to a submission after filing.

/** The row to change, read inside the write job so a check and its change see the same state. */
export function submissionById(db: Db, id: number) {
  return db.select().from(submissions).where(eq(submissions.id, id)).get();
}

export interface StatusChange {
  submissionId: number;
  status: string;
  /** Staff login; null when the applicant did it (withdrawal, resubmission). */
  actor: string | null;
  comment: string | null;
  at: string;
}

/** Synchronous, inside the change's write job: the new status and its history event. */
export function recordStatus(db: Db, change: StatusChange): void {
  db.update(submissions).set({ status: change.status, updatedAt: change.at }).where(eq(submissions.id, change.submissionId)).run();
  db.insert(submissionEvents)
    .values({ submissionId: change.submissionId, at: change.at, status: change.status, actor: change.actor, comment: change.comment })
    .run();
}

/** The applicant's corrected answers replace the current ones (the caller keeps those as a revision). */
export function replaceAnswers(db: Db, id: number, s: { answers: Record<string, unknown>; formVersion: number; revision: number; at: string }): void {
  db.update(submissions)
    .set({ answers: s.answers, formVersion: s.formVersion, revision: s.revision, updatedAt: s.at })
    .where(eq(submissions.id, id))
    .run();
}

/** Marks the row changed (a note, a message) so the inbox's "-updatedAt" sort shows it. */
export function touchSubmission(db: Db, id: number, at: string): void {
  db.update(submissions).set({ updatedAt: at }).where(eq(submissions.id, id)).run();
}
