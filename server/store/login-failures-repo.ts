// Failed logins, by login name and time only: never the password that was tried.
import { and, asc, eq, gt, lt } from 'drizzle-orm';
import type { Db } from './db.ts';
import { affected } from './rows.ts';
import { loginFailures } from './tables.ts';

export async function recordLoginFailure(db: Db, login: string, at: string): Promise<void> {
  await db.insert(loginFailures).values({ login, at });
}

/** Times of the failures for `login` after `since`, oldest first. */
export async function loginFailuresSince(db: Db, login: string, since: string): Promise<string[]> {
  const rows = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.login, login), gt(loginFailures.at, since)))
    .orderBy(asc(loginFailures.at), asc(loginFailures.id));
  return rows.map((r) => r.at);
}

export async function clearLoginFailures(db: Db, login: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.login, login));
}

export async function purgeLoginFailures(db: Db, before: string): Promise<number> {
  return affected(await db.delete(loginFailures).where(lt(loginFailures.at, before)));
}
