// What the signed-in user may do, for showing only the actions that will work. The server
// checks every request again (docs/staff-api.md); this only avoids offering dead buttons.
import type { Role, User } from './api.ts';

export const isAdmin = (user: User): boolean => user.roles.some((r) => r.role === 'admin');

export function hasRole(user: User, department: string, roles: readonly Role[]): boolean {
  return isAdmin(user) || user.roles.some((r) => r.department === department && roles.includes(r.role));
}

export const canDesign = (user: User, department: string): boolean => hasRole(user, department, ['designer']);

/** Departments the user may create forms in (every known one for an admin). */
export function designDepartments(user: User, known: readonly string[]): string[] {
  const own = user.roles.filter((r) => r.role === 'designer' || r.role === 'admin').map((r) => r.department);
  return [...new Set(isAdmin(user) ? [...own, ...known] : own)].sort((a, b) => a.localeCompare(b, 'ja'));
}

/** Processes submissions somewhere (a clerk, or an admin): sees the inbox and the counter. */
export const canProcessAny = (user: User): boolean => user.roles.some((r) => r.role === 'clerk' || r.role === 'admin');

export const canProcess = (user: User, department: string): boolean => hasRole(user, department, ['clerk']);

/** Where a user starts: clerks who design nothing at the inbox, everyone else at the forms. */
export const homeFor = (user: User): 'inbox' | 'forms' =>
  canProcessAny(user) && !isAdmin(user) && !user.roles.some((r) => r.role === 'designer') ? 'inbox' : 'forms';
