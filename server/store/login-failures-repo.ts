// Failed logins, by login name and time only: never the password that was tried.
import { and, asc, eq, gt, lt } from 'drizzle-orm';
import type { Db } from './db.ts';
import { loginFailures } from './tables.ts';

export function recordLoginFailure(db: Db, login: string, at: string): void {
  db.insert(loginFailures).values({ login, at }).run();
}

/** Times of the failures for `login` after `since`, oldest first. */
export function loginFailuresSince(db: Db, login: string, since: string): string[] {
  return db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.login, login), gt(loginFailures.at, since)))
    .orderBy(asc(loginFailures.at))
    .all()
    .map((r) => r.at);
}

export function clearLoginFailures(db: Db, login: string): void {
  db.delete(loginFailures).where(eq(loginFailures.login, login)).run();
}

export function purgeLoginFailures(db: Db, before: string): number {
  return db.delete(loginFailures).where(lt(loginFailures.at, before)).run().changes;
}
