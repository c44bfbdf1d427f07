import { eq, lt } from 'drizzle-orm';
import type { Db } from './db.ts';
import { affected, first } from './rows.ts';
import { idempotencyKeys } from './tables.ts';

export async function findIdempotentResponse(db: Db, keyHash: string): Promise<unknown> {
  const row = first(await db.select({ response: idempotencyKeys.response }).from(idempotencyKeys).where(eq(idempotencyKeys.keyHash, keyHash)).limit(1));
  return row?.response;
}

/**
 * Keeps the answer to a filing under its key; false when another filing holds the key
 * already (it got there first, on this or another instance). No error on a duplicate, so
 * the transaction it runs in stays usable on PostgreSQL.
 */
export async function saveIdempotentResponse(db: Db, keyHash: string, response: unknown, now: string): Promise<boolean> {
  const rows = await db
    .insert(idempotencyKeys)
    .values({ keyHash, response, createdAt: now })
    .onConflictDoNothing({ target: idempotencyKeys.keyHash })
    .returning({ keyHash: idempotencyKeys.keyHash });
  return rows.length === 1;
}

export async function purgeIdempotencyKeys(db: Db, olderThan: string): Promise<number> {
  return affected(await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, olderThan)));
}
