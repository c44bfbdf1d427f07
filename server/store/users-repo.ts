// Staff users and their roles per department. Writes take the `tx` of a ctx.writes.run
// job (or of a CLI's own store).
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { RoleGrant, StaffUser } from '../auth/access.ts';
import type { Db } from './db.ts';
import { dialect } from './dialect.ts';
import { isUniqueViolation } from './errors.ts';
import { first, rawRun } from './rows.ts';
import { userRoles, users } from './tables.ts';

export interface StoredUser extends StaffUser {
  disabled: boolean;
  createdAt: string;
}

export interface NewUser {
  login: string;
  displayName: string;
  passwordHash: string;
  roles: RoleGrant[];
  now: string;
}

export async function countUsers(db: Db): Promise<number> {
  return first(await db.select({ n: count() }).from(users))?.n ?? 0;
}

async function rolesOf(db: Db, userIds: number[]): Promise<Map<number, RoleGrant[]>> {
  const byUser = new Map<number, RoleGrant[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select()
    .from(userRoles)
    .where(inArray(userRoles.userId, userIds))
    .orderBy(asc(userRoles.department), asc(userRoles.role));
  for (const r of rows) byUser.get(r.userId)?.push({ department: r.department, role: r.role as RoleGrant['role'] });
  return byUser;
}

type UserRow = typeof users.$inferSelect;

async function withRoles(db: Db, rows: UserRow[]): Promise<StoredUser[]> {
  const roles = await rolesOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    login: r.login,
    displayName: r.displayName,
    disabled: r.disabled,
    createdAt: r.createdAt,
    roles: roles.get(r.id) ?? [],
  }));
}

export async function listUsers(db: Db): Promise<StoredUser[]> {
  return withRoles(db, await db.select().from(users).orderBy(asc(users.login)));
}

export async function findUserById(db: Db, id: number): Promise<StoredUser | undefined> {
  const row = first(await db.select().from(users).where(eq(users.id, id)).limit(1));
  return row ? (await withRoles(db, [row]))[0] : undefined;
}

/** The user and their password hash, for logging in only. */
export async function findUserForLogin(db: Db, login: string): Promise<(StoredUser & { passwordHash: string }) | undefined> {
  const row = first(await db.select().from(users).where(eq(users.login, login)).limit(1));
  return row ? { ...(await withRoles(db, [row]))[0]!, passwordHash: row.passwordHash } : undefined;
}

async function setRoles(db: Db, userId: number, roles: RoleGrant[]): Promise<void> {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  if (roles.length > 0) await db.insert(userRoles).values(roles.map((r) => ({ userId, ...r })));
}

/**
 * Returns the new user's id; throws a unique violation (isLoginTaken) if the login is
 * taken. The user and their roles go together: call inside ctx.writes.run; pass tx. The
 * error aborts that transaction on PostgreSQL, so catch it outside the job (a 409).
 */
export async function insertUser(db: Db, u: NewUser): Promise<number> {
  const rows = await db
    .insert(users)
    .values({ login: u.login, displayName: u.displayName, passwordHash: u.passwordHash, createdAt: u.now })
    .returning({ id: users.id });
  const id = rows[0]!.id;
  await setRoles(db, id, u.roles);
  return id;
}

export function isLoginTaken(error: unknown): boolean {
  // The index's name on PostgreSQL; SQLite names the column.
  return isUniqueViolation(error, 'users_login') || isUniqueViolation(error, 'users.login');
}

/** Columns and roles change together: call inside ctx.writes.run; pass tx. */
export async function updateUser(
  db: Db,
  id: number,
  change: { displayName?: string; roles?: RoleGrant[]; disabled?: boolean; passwordHash?: string },
): Promise<void> {
  const { roles, ...columns } = change;
  if (Object.keys(columns).length > 0) await db.update(users).set(columns).where(eq(users.id, id));
  if (roles) await setRoles(db, id, roles);
}

/** Enabled users holding an admin role: the last one must not lock everyone out. */
/**
 * First in a job that changes users: on PostgreSQL such jobs take turns (a transaction-scoped
 * advisory lock), so the last-admin check of one sees the other's change once it committed,
 * and two admins disabling each other cannot both pass it. SQLite runs jobs one at a time anyway.
 */
export async function takeTurnChangingUsers(tx: Db): Promise<void> {
  if (dialect === 'pg') await rawRun(tx, sql`SELECT pg_advisory_xact_lock(7231002)`);
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'admin')))
    .where(eq(users.disabled, false));
  return rows.length;
}

export async function roleDepartments(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ department: userRoles.department }).from(userRoles).orderBy(asc(userRoles.department));
  return rows.map((r) => r.department);
}
