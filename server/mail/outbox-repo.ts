// The outbox table (tables.ts): mails wait here, written in the same transaction
// as the change that caused them, until a worker delivers them (ADR 0008). Queueing
// runs inside the change's write job (pass tx); the caller wakes ctx.outbox once the
// job is committed, so a worker never looks before the mail is there to see.
import { and, asc, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../store/db.ts';
import { dialect } from '../store/dialect.ts';
import { outbox } from '../store/tables.ts';

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** base64, so the payload stays JSON. */
  contentBase64: string;
  /** Set for inline images referenced as cid: in the HTML part. */
  cid?: string;
}

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** A QR code drawn at delivery as an inline PNG (`cid:` in the HTML), so the queueing transaction stays short. */
  qr?: { cid: string; text: string };
  /** The applicant's language (Content-Language). */
  lang?: string;
}

export type OutboxRow = typeof outbox.$inferSelect;

/** Inside the write job (transaction) of the change that causes the mail. */
export async function queueMail(db: Db, mail: OutgoingMail, at: string): Promise<void> {
  if (mail.to.length === 0) return;
  await db.insert(outbox).values({ kind: 'mail', payload: mail, createdAt: at, nextAttemptAt: at });
}

function due(now: string) {
  return and(
    isNull(outbox.sentAt),
    isNull(outbox.failedAt),
    lte(outbox.nextAttemptAt, now),
    or(isNull(outbox.claimedUntil), lte(outbox.claimedUntil, now)),
  );
}

/** A read outside any transaction: lets an idle worker skip the write (and its fsync). */
export async function hasDueMail(db: Db, now: string): Promise<boolean> {
  return (await db.select({ id: outbox.id }).from(outbox).where(due(now)).limit(1)).length > 0;
}

/**
 * Reserves up to `limit` due rows for `worker` until `until`; call it in a write job (tx).
 * Two workers (two instances on one database) never hold the same row: the UPDATE
 * re-checks "due" on every row it changes. SQLite serialises writers, so one statement
 * does it. On PostgreSQL the rows are first locked with SKIP LOCKED (a worker takes other
 * rows instead of waiting for another's), held until the job commits. Not as one UPDATE …
 * IN (SELECT … LIMIT): PostgreSQL may plan that as a semi join that scans the sub-select
 * again for every row, and then claims every due row, not `limit`.
 */
export async function claimDueMail(db: Db, worker: string, now: string, until: string, limit: number): Promise<OutboxRow[]> {
  const candidates = db.select({ id: outbox.id }).from(outbox).where(due(now)).orderBy(asc(outbox.nextAttemptAt), asc(outbox.id)).limit(limit);
  let ids: number[] | typeof candidates;
  if (dialect === 'pg') {
    ids = (await candidates.for('update', { skipLocked: true })).map((r) => r.id);
    if (ids.length === 0) return [];
  } else ids = candidates;
  const rows = await db
    .update(outbox)
    .set({ claimedBy: worker, claimedUntil: until })
    .where(and(inArray(outbox.id, ids), due(now)))
    .returning();
  return rows.sort((a, b) => a.id - b.id);
}

/** Delivered: whoever holds the claim now, the mail is out and must not go again. */
export async function markSent(db: Db, id: number, at: string, attempts: number): Promise<void> {
  await db
    .update(outbox)
    .set({ sentAt: at, attempts, claimedBy: null, claimedUntil: null })
    .where(and(eq(outbox.id, id), isNull(outbox.sentAt)));
}

/** A failed attempt: due again at `retryAt`, or given up (`failedAt`). Only while `worker` holds it. */
export async function markAttemptFailed(
  db: Db,
  id: number,
  worker: string,
  outcome: { attempts: number; lastError: string } & ({ retryAt: string } | { failedAt: string }),
): Promise<void> {
  await db
    .update(outbox)
    .set({
      attempts: outcome.attempts,
      lastError: outcome.lastError,
      claimedBy: null,
      claimedUntil: null,
      ...('retryAt' in outcome ? { nextAttemptAt: outcome.retryAt } : { failedAt: outcome.failedAt }),
    })
    .where(and(eq(outbox.id, id), eq(outbox.claimedBy, worker), isNull(outbox.sentAt)));
}

/** Hands back claimed rows not attempted (the worker is stopping), so they are due at once. */
export async function releaseClaims(db: Db, ids: number[], worker: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(outbox)
    .set({ claimedBy: null, claimedUntil: null })
    .where(and(inArray(outbox.id, ids), eq(outbox.claimedBy, worker), isNull(outbox.sentAt)));
}
