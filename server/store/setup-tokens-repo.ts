// The first-admin setup token: only its hash is stored, the token itself is only logged.
import { eq } from 'drizzle-orm';
import type { Db } from './db.ts';
import { setupTokens } from './tables.ts';

/** Replaces any earlier token: only the link printed by the latest start works. */
export function replaceSetupToken(db: Db, hash: string, now: string): void {
  db.transaction(() => {
    db.delete(setupTokens).run();
    db.insert(setupTokens).values({ hash, createdAt: now }).run();
  });
}

/** Deletes the token if it matches; true when it did (so it can be used once only). */
export function consumeSetupToken(db: Db, hash: string): boolean {
  return db.delete(setupTokens).where(eq(setupTokens.hash, hash)).run().changes > 0;
}

export function clearSetupTokens(db: Db): void {
  db.delete(setupTokens).run();
}
