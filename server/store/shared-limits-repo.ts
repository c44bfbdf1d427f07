// Counters and spent tokens every app instance sees: rate limits, per-address mail limits,
// spent spam proofs. One statement each, atomic on its own, so they run on `ctx.db`
// without a transaction (and are not worth an fsync: a lost counter only forgives).
import { lt, sql } from 'drizzle-orm';
import type { Db } from './db.ts';
import { rateCounters, usedProofs } from './tables.ts';

export interface Hit {
  /** Hits in the current window, this one included. */
  count: number;
  /** Epoch ms when the window ends. */
  resetAt: number;
}

/** Counts one hit on `key` in a fixed window of `windowMs` starting at its first hit. */
export async function hit(db: Db, key: string, windowMs: number, nowMs: number): Promise<Hit> {
  const expired = sql`${rateCounters.resetAt} <= CAST(${nowMs} AS bigint)`;
  const rows = await db
    .insert(rateCounters)
    .values({ key, count: 1, resetAt: nowMs + windowMs })
    .onConflictDoUpdate({
      target: rateCounters.key,
      set: {
        count: sql`CASE WHEN ${expired} THEN 1 ELSE ${rateCounters.count} + 1 END`,
        resetAt: sql`CASE WHEN ${expired} THEN CAST(${nowMs + windowMs} AS bigint) ELSE ${rateCounters.resetAt} END`,
      },
    })
    .returning({ count: rateCounters.count, resetAt: rateCounters.resetAt });
  const row = rows[0]!;
  return { count: Number(row.count), resetAt: Number(row.resetAt) };
}

/** Forgets `key`'s window (e.g. after a successful login). */
export async function resetHits(db: Db, key: string): Promise<void> {
  await db.delete(rateCounters).where(sql`${rateCounters.key} = ${key}`);
}

/** Marks a token as spent; false if it already was (on this or another instance). */
export async function spendOnce(db: Db, hash: string, expiresAt: number): Promise<boolean> {
  const rows = await db.insert(usedProofs).values({ hash, expiresAt }).onConflictDoNothing().returning({ hash: usedProofs.hash });
  return rows.length === 1;
}

/** Drops spent tokens and windows that no longer matter. */
export async function purgeSharedLimits(db: Db, nowMs: number): Promise<void> {
  await db.delete(usedProofs).where(lt(usedProofs.expiresAt, nowMs));
  await db.delete(rateCounters).where(lt(rateCounters.resetAt, nowMs));
}
