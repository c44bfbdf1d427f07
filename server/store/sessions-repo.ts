// Staff sessions. The row is keyed by the SHA-256 of the cookie value, so a copy of the
// database does not hold usable sessions.
import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Db } from './db.ts';
import { staffSessions, users } from './tables.ts';

export type SessionRow = typeof staffSessions.$inferSelect;

export function insertSession(db: Db, s: SessionRow): void {
  db.insert(staffSessions).values(s).run();
}

export function findSession(db: Db, idHash: string): (SessionRow & { disabled: boolean }) | undefined {
  const row = db
    .select({ s: staffSessions, disabled: users.disabled })
    .from(staffSessions)
    .innerJoin(users, eq(users.id, staffSessions.userId))
    .where(eq(staffSessions.idHash, idHash))
    .get();
  return row ? { ...row.s, disabled: row.disabled } : undefined;
}

export function touchSession(db: Db, idHash: string, at: string): void {
  db.update(staffSessions).set({ lastSeenAt: at }).where(eq(staffSessions.idHash, idHash)).run();
}

export function deleteSession(db: Db, idHash: string): void {
  db.delete(staffSessions).where(eq(staffSessions.idHash, idHash)).run();
}

/** Ends a user's sessions (disabled, new password), optionally keeping the one in use. */
export function deleteUserSessions(db: Db, userId: number, keepIdHash?: string): void {
  const mine = eq(staffSessions.userId, userId);
  db.delete(staffSessions)
    .where(keepIdHash ? and(mine, ne(staffSessions.idHash, keepIdHash)) : mine)
    .run();
}

/** Removes sessions past their absolute end or idle since before `idleBefore`. */
export function purgeSessions(db: Db, now: string, idleBefore: string): number {
  return db
    .delete(staffSessions)
    .where(or(lt(staffSessions.expiresAt, now), lt(staffSessions.lastSeenAt, idleBefore)))
    .run().changes;
}
