// Staff sessions. The row is keyed by the SHA-256 of the cookie value, so a copy of the
// database does not hold usable sessions.
import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Db } from './db.ts';
import { affected, first } from './rows.ts';
import { staffSessions, users } from './tables.ts';

export type SessionRow = typeof staffSessions.$inferSelect;

export async function insertSession(db: Db, s: SessionRow): Promise<void> {
  await db.insert(staffSessions).values(s);
}

export async function findSession(db: Db, idHash: string): Promise<(SessionRow & { disabled: boolean }) | undefined> {
  const row = first(
    await db
      .select({ s: staffSessions, disabled: users.disabled })
      .from(staffSessions)
      .innerJoin(users, eq(users.id, staffSessions.userId))
      .where(eq(staffSessions.idHash, idHash))
      .limit(1),
  );
  return row ? { ...row.s, disabled: row.disabled } : undefined;
}

export async function touchSession(db: Db, idHash: string, at: string): Promise<void> {
  await db.update(staffSessions).set({ lastSeenAt: at }).where(eq(staffSessions.idHash, idHash));
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.idHash, idHash));
}

/** Ends a user's sessions (disabled, new password), optionally keeping the one in use. */
export async function deleteUserSessions(db: Db, userId: number, keepIdHash?: string): Promise<void> {
  const mine = eq(staffSessions.userId, userId);
  await db.delete(staffSessions).where(keepIdHash ? and(mine, ne(staffSessions.idHash, keepIdHash)) : mine);
}

/** Removes sessions past their absolute end or idle since before `idleBefore`. */
export async function purgeSessions(db: Db, now: string, idleBefore: string): Promise<number> {
  return affected(await db.delete(staffSessions).where(or(lt(staffSessions.expiresAt, now), lt(staffSessions.lastSeenAt, idleBefore))));
}
