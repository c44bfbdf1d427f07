// The outbox table (tables.ts): mails wait here, written in the same transaction
// as the change that caused them, until a worker delivers them (ADR 0008). Every
// function is synchronous, so it runs inside a WriteBatcher job (one transaction).
import { and, asc, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../store/db.ts';
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

// Workers of this process, per database, woken once a queued mail is committed.
const wakers = new WeakMap<Db, () => void>();

/** The worker asks to hear of new mails; returns the way to stop listening. */
export function onMailQueued(db: Db, wake: () => void): () => void {
  wakers.set(db, wake);
  return () => {
    if (wakers.get(db) === wake) wakers.delete(db);
  };
}

/** Synchronous: call it inside the WriteBatcher job (transaction) of the change. */
export function queueMail(db: Db, mail: OutgoingMail, at: string): void {
  if (mail.to.length === 0) return;
  db.insert(outbox).values({ kind: 'mail', payload: mail, createdAt: at, nextAttemptAt: at }).run();
  // setImmediate runs after the batch's COMMIT (the job runs inside a synchronous flush);
  // if the job is rolled back the worker finds nothing and goes back to sleep.
  const wake = wakers.get(db);
  if (wake) setImmediate(wake);
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
export function hasDueMail(db: Db, now: string): boolean {
  return db.select({ id: outbox.id }).from(outbox).where(due(now)).limit(1).all().length > 0;
}

/**
 * Reserves up to `limit` due rows for `worker` until `until`. One conditional UPDATE, so
 * two workers (two processes on one database) never hold the same row: SQLite serialises
 * writers. (On PostgreSQL the UPDATE re-checks its condition on a row another worker
 * just claimed; FOR UPDATE SKIP LOCKED on the inner SELECT keeps them from waiting.)
 */
export function claimDueMail(db: Db, worker: string, now: string, until: string, limit: number): OutboxRow[] {
  const ids = db.select({ id: outbox.id }).from(outbox).where(due(now)).orderBy(asc(outbox.nextAttemptAt), asc(outbox.id)).limit(limit);
  return db
    .update(outbox)
    .set({ claimedBy: worker, claimedUntil: until })
    .where(and(inArray(outbox.id, ids), due(now)))
    .returning()
    .all()
    .sort((a, b) => a.id - b.id);
}

/** Delivered: whoever holds the claim now, the mail is out and must not go again. */
export function markSent(db: Db, id: number, at: string, attempts: number): void {
  db.update(outbox)
    .set({ sentAt: at, attempts, claimedBy: null, claimedUntil: null })
    .where(and(eq(outbox.id, id), isNull(outbox.sentAt)))
    .run();
}

/** A failed attempt: due again at `retryAt`, or given up (`failedAt`). Only while `worker` holds it. */
export function markAttemptFailed(
  db: Db,
  id: number,
  worker: string,
  outcome: { attempts: number; lastError: string } & ({ retryAt: string } | { failedAt: string }),
): void {
  db.update(outbox)
    .set({
      attempts: outcome.attempts,
      lastError: outcome.lastError,
      claimedBy: null,
      claimedUntil: null,
      ...('retryAt' in outcome ? { nextAttemptAt: outcome.retryAt } : { failedAt: outcome.failedAt }),
    })
    .where(and(eq(outbox.id, id), eq(outbox.claimedBy, worker), isNull(outbox.sentAt)))
    .run();
}

/** Hands back claimed rows not attempted (the worker is stopping), so they are due at once. */
export function releaseClaims(db: Db, ids: number[], worker: string): void {
  if (ids.length === 0) return;
  db.update(outbox)
    .set({ claimedBy: null, claimedUntil: null })
    .where(and(inArray(outbox.id, ids), eq(outbox.claimedBy, worker), isNull(outbox.sentAt)))
    .run();
}
