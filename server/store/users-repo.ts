// Staff users and their roles per department. Synchronous: callers run writes inside
// a WriteBatcher job (or a CLI's own connection).
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { RoleGrant, StaffUser } from '../auth/access.ts';
import type { Db } from './db.ts';
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

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

function rolesOf(db: Db, userIds: number[]): Map<number, RoleGrant[]> {
  const byUser = new Map<number, RoleGrant[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = db
    .select()
    .from(userRoles)
    .where(inArray(userRoles.userId, userIds))
    .orderBy(asc(userRoles.department), asc(userRoles.role))
    .all();
  for (const r of rows) byUser.get(r.userId)?.push({ department: r.department, role: r.role as RoleGrant['role'] });
  return byUser;
}

type UserRow = typeof users.$inferSelect;

function withRoles(db: Db, rows: UserRow[]): StoredUser[] {
  const roles = rolesOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    login: r.login,
    displayName: r.displayName,
    disabled: r.disabled,
    createdAt: r.createdAt,
    roles: roles.get(r.id) ?? [],
  }));
}

export function listUsers(db: Db): StoredUser[] {
  return withRoles(db, db.select().from(users).orderBy(asc(users.login)).all());
}

export function findUserById(db: Db, id: number): StoredUser | undefined {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  return row ? withRoles(db, [row])[0] : undefined;
}

/** The user and their password hash, for logging in only. */
export function findUserForLogin(db: Db, login: string): (StoredUser & { passwordHash: string }) | undefined {
  const row = db.select().from(users).where(eq(users.login, login)).get();
  return row ? { ...withRoles(db, [row])[0]!, passwordHash: row.passwordHash } : undefined;
}

function setRoles(db: Db, userId: number, roles: RoleGrant[]): void {
  db.delete(userRoles).where(eq(userRoles.userId, userId)).run();
  if (roles.length > 0) db.insert(userRoles).values(roles.map((r) => ({ userId, ...r }))).run();
}

/** Returns the new user's id; throws SQLITE_CONSTRAINT_UNIQUE if the login is taken. */
export function insertUser(db: Db, u: NewUser): number {
  return db.transaction(() => {
    const { id } = db
      .insert(users)
      .values({ login: u.login, displayName: u.displayName, passwordHash: u.passwordHash, createdAt: u.now })
      .returning({ id: users.id })
      .get();
    setRoles(db, id, u.roles);
    return id;
  });
}

export function isLoginTaken(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === 'SQLITE_CONSTRAINT_UNIQUE' && /users\.login/.test(e.message ?? '');
}

export function updateUser(
  db: Db,
  id: number,
  change: { displayName?: string; roles?: RoleGrant[]; disabled?: boolean; passwordHash?: string },
): void {
  db.transaction(() => {
    const { roles, ...columns } = change;
    if (Object.keys(columns).length > 0) db.update(users).set(columns).where(eq(users.id, id)).run();
    if (roles) setRoles(db, id, roles);
  });
}

/** Enabled users holding an admin role: the last one must not lock everyone out. */
export function countActiveAdmins(db: Db): number {
  return db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'admin')))
    .where(eq(users.disabled, false))
    .all().length;
}

export function roleDepartments(db: Db): string[] {
  return db
    .selectDistinct({ department: userRoles.department })
    .from(userRoles)
    .all()
    .map((r) => r.department);
}
