import { eq, lt } from 'drizzle-orm';
import type { Db } from './db.ts';
import { idempotencyKeys } from './tables.ts';

export function findIdempotentResponse(db: Db, keyHash: string): unknown {
  return db.select({ response: idempotencyKeys.response }).from(idempotencyKeys).where(eq(idempotencyKeys.keyHash, keyHash)).get()
    ?.response;
}

export function saveIdempotentResponse(db: Db, keyHash: string, response: unknown, now: string): void {
  db.insert(idempotencyKeys).values({ keyHash, response, createdAt: now }).run();
}

export function purgeIdempotencyKeys(db: Db, olderThan: string): number {
  return db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, olderThan)).run().changes;
}
