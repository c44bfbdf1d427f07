// The first-admin setup token: only its hash is stored, the token itself is only logged.
import { eq } from 'drizzle-orm';
import type { Db } from './db.ts';
import { affected } from './rows.ts';
import { setupTokens } from './tables.ts';

/**
 * Replaces any earlier token: only the link printed by the latest start works. Two
 * statements that must go together: call inside ctx.writes.run; pass tx.
 */
export async function replaceSetupToken(db: Db, hash: string, now: string): Promise<void> {
  await db.delete(setupTokens);
  await db.insert(setupTokens).values({ hash, createdAt: now });
}

/** Deletes the token if it matches; true when it did (so it can be used once only). */
export async function consumeSetupToken(db: Db, hash: string): Promise<boolean> {
  return affected(await db.delete(setupTokens).where(eq(setupTokens.hash, hash))) > 0;
}

export async function clearSetupTokens(db: Db): Promise<void> {
  await db.delete(setupTokens);
}
