// Who may do what, as pure functions of the user's roles, so every route asks the same
// question the same way (docs/staff-api.md "Roles").

export const ROLES = ['admin', 'designer', 'clerk'] as const;
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  department: string;
  role: Role;
}

export interface StaffUser {
  id: number;
  login: string;
  displayName: string;
  roles: RoleGrant[];
}

/**
 * - admin: an admin role in any department makes a system administrator.
 * - design: build and publish the forms of `department` (designer there, or admin).
 * - process: handle the submissions of `department` (clerk there, or admin).
 * - read: see the forms of `department`, read-only (any role there, or admin).
 */
export type Action = 'admin' | 'design' | 'process' | 'read';

const ROLE_FOR: Record<Exclude<Action, 'admin'>, readonly Role[]> = {
  design: ['designer'],
  process: ['clerk'],
  read: ['designer', 'clerk'],
};

export function isAdmin(user: Pick<StaffUser, 'roles'>): boolean {
  return user.roles.some((r) => r.role === 'admin');
}

export function can(user: Pick<StaffUser, 'roles'>, action: Action, department?: string): boolean {
  if (isAdmin(user)) return true;
  if (action === 'admin' || department === undefined) return false;
  const allowed = ROLE_FOR[action];
  return user.roles.some((r) => r.department === department && allowed.includes(r.role));
}

/** Departments where the user may do `action`; `'all'` for an administrator. */
export function departmentsFor(user: Pick<StaffUser, 'roles'>, action: Exclude<Action, 'admin'>): Set<string> | 'all' {
  if (isAdmin(user)) return 'all';
  const allowed = ROLE_FOR[action];
  return new Set(user.roles.filter((r) => allowed.includes(r.role)).map((r) => r.department));
}
