// Checks what an administrator (or the setup page, or the CLI) sends to create or change
// a user. Every problem is reported, each at its JSON Pointer, in the caller's language.
import { message } from '../messages.ts';
import { HttpError, type PathError } from '../http-error.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password.ts';
import { ROLES, type RoleGrant } from './access.ts';
import { withoutControlCharacters } from '../../core/plain-text.ts';

const LOGIN = /^[a-z0-9][a-z0-9._@-]{1,63}$/;
const MAX_DISPLAY_NAME = 100;
const MAX_DEPARTMENT = 100;

/** Logins are compared case-insensitively and without full-width variants: 「Ｔａｎａｋａ」 is "tanaka". */
export function normalizeLogin(login: string): string {
  return login.normalize('NFKC').trim().toLowerCase();
}

export interface UserInput {
  login: string;
  displayName: string;
  password: string;
  roles: RoleGrant[];
}

export interface UserChange {
  displayName?: string;
  roles?: RoleGrant[];
  disabled?: boolean;
  password?: string;
}

type Body = Record<string, unknown>;

function asBody(body: unknown): Body {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'error.badRequest');
  return body as Body;
}

function checkPassword(value: unknown, errors: PathError[], lang: string): string {
  if (typeof value !== 'string' || [...value].length < MIN_PASSWORD_LENGTH) {
    const text = message('staff.passwordTooShort', lang, { min: MIN_PASSWORD_LENGTH });
    errors.push({ path: '/password', code: 'passwordTooShort', message: text });
  } else if (value.length > MAX_PASSWORD_LENGTH) {
    const text = message('staff.passwordTooLong', lang, { max: MAX_PASSWORD_LENGTH });
    errors.push({ path: '/password', code: 'passwordTooLong', message: text });
  }
  return typeof value === 'string' ? value : '';
}

function checkDisplayName(value: unknown, errors: PathError[], lang: string): string {
  const name = typeof value === 'string' ? withoutControlCharacters(value).trim() : '';
  if (!name || name.length > MAX_DISPLAY_NAME) {
    errors.push({ path: '/displayName', code: 'displayName', message: message('staff.displayName', lang, { max: MAX_DISPLAY_NAME }) });
  }
  return name;
}

function checkRoles(value: unknown, errors: PathError[], lang: string): RoleGrant[] {
  const roles: RoleGrant[] = [];
  if (!Array.isArray(value)) {
    errors.push({ path: '/roles', code: 'roles', message: message('staff.roles', lang) });
    return roles;
  }
  value.forEach((r: unknown, i) => {
    const { department, role } = (r && typeof r === 'object' ? r : {}) as Body;
    const dept = typeof department === 'string' ? department.trim() : '';
    if (!dept || dept.length > MAX_DEPARTMENT || !ROLES.includes(role as RoleGrant['role'])) {
      errors.push({ path: `/roles/${i}`, code: 'roles', message: message('staff.roles', lang) });
    } else if (!roles.some((x) => x.department === dept && x.role === role)) {
      roles.push({ department: dept, role: role as RoleGrant['role'] });
    }
  });
  return roles;
}

function fail(errors: PathError[]): void {
  if (errors.length > 0) throw new HttpError(400, 'error.invalidUser', {}, errors);
}

/** A new user; `displayName` falls back to the login when `optionalName` (setup, CLI). */
export function parseNewUser(raw: unknown, lang: string, options: { optionalName?: boolean; roles?: RoleGrant[] } = {}): UserInput {
  const body = asBody(raw);
  const errors: PathError[] = [];
  const login = typeof body.login === 'string' ? normalizeLogin(body.login) : '';
  if (!LOGIN.test(login)) errors.push({ path: '/login', code: 'login', message: message('staff.login', lang) });
  const name = options.optionalName && (body.displayName === undefined || body.displayName === '') ? login : body.displayName;
  const displayName = checkDisplayName(name, errors, lang);
  const password = checkPassword(body.password, errors, lang);
  const roles = options.roles ?? checkRoles(body.roles, errors, lang);
  fail(errors);
  return { login, displayName, password, roles };
}

export function parseUserChange(raw: unknown, lang: string): UserChange {
  const body = asBody(raw);
  const errors: PathError[] = [];
  const change: UserChange = {};
  if (body.displayName !== undefined) change.displayName = checkDisplayName(body.displayName, errors, lang);
  if (body.roles !== undefined) change.roles = checkRoles(body.roles, errors, lang);
  if (body.password !== undefined) change.password = checkPassword(body.password, errors, lang);
  if (body.disabled !== undefined) {
    if (typeof body.disabled !== 'boolean') errors.push({ path: '/disabled', code: 'type', message: message('staff.disabled', lang) });
    else change.disabled = body.disabled;
  }
  fail(errors);
  return change;
}
