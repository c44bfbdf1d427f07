// The staff JSON API (docs/staff-api.md) as the staff app uses it. Every state-changing
// request carries the session's CSRF token; a 401 anywhere means the session is gone, which
// the app learns through onUnauthenticated (it then shows the login page).
import type { FormDefinition } from '../../../core/definition.ts';

export type Role = 'admin' | 'designer' | 'clerk';
export interface RoleGrant {
  department: string;
  role: Role;
}
export interface User {
  id: string | number;
  login: string;
  displayName: string;
  roles: RoleGrant[];
  disabled?: boolean;
}
export interface Problem {
  path: string;
  message: string;
}
export interface ApiError {
  error?: string;
  message?: string;
  errors?: Problem[];
  retryAfter?: number;
}
export interface FormListItem {
  id: string;
  title: FormDefinition['title'];
  category: string;
  department: string;
  currentVersion: number | null;
  hasDraft: boolean;
  published: boolean;
  updatedAt?: string;
  opensAt?: string;
  closesAt?: string;
}
export interface VersionInfo {
  version: number;
  publishedAt: string;
  publishedBy: string | null;
}
export interface StaffForm {
  id: string;
  department: string;
  draft: FormDefinition | null;
  draftSavedAt: string | null;
  published: boolean;
  currentVersion: number | null;
  versions: VersionInfo[];
}
export interface VersionDetail extends VersionInfo {
  definition: FormDefinition;
  schema: unknown;
}
export interface Template {
  template: string;
  id: string;
  title: FormDefinition['title'];
  category: string;
  department: string;
}
export type NewForm =
  | { blank: { id: string; title: string; department: string; category: string } }
  | { template: string; id?: string }
  | { copyOf: string; id: string }
  | { definition: unknown };

export interface Response<T> {
  status: number;
  body: T & ApiError;
}

let csrfToken = '';
let lang = 'ja';
let onUnauthenticated: () => void = () => {};

export function setCsrfToken(token: string): void {
  csrfToken = token;
}
export function setApiLang(next: string): void {
  lang = next;
}
export function whenUnauthenticated(fn: () => void): void {
  onUnauthenticated = fn;
}

/** The headers every request sends (files are fetched with them too, see downloads.ts). */
export function baseHeaders(method = 'GET'): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': lang };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

/** Tells the app the session is gone (a 401 on a file download). */
export function sessionLost(): void {
  onUnauthenticated();
}

export async function request<T>(method: string, path: string, body?: unknown, options: { quiet401?: boolean } = {}): Promise<Response<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': lang };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  let parsed: unknown = {};
  if ((res.headers.get('content-type') ?? '').includes('json')) parsed = await res.json().catch(() => ({}));
  if (res.status === 401 && !options.quiet401) onUnauthenticated();
  return { status: res.status, body: (parsed ?? {}) as T & ApiError };
}

const enc = encodeURIComponent;
const form = (id: string) => `/api/staff/forms/${enc(id)}`;

export const api = {
  // accounts and session
  session: () => request<{ user: User; csrfToken: string }>('GET', '/api/staff/session', undefined, { quiet401: true }),
  login: (login: string, password: string) =>
    request<{ user: User; csrfToken: string }>('POST', '/api/staff/session', { login, password }, { quiet401: true }),
  logout: () => request<unknown>('DELETE', '/api/staff/session'),
  setupNeeded: () => request<{ needed: boolean }>('GET', '/api/staff/setup', undefined, { quiet401: true }),
  setup: (body: { token: string; login: string; password: string; displayName?: string }) =>
    request<{ user: User; csrfToken: string }>('POST', '/api/staff/setup', body, { quiet401: true }),
  users: () => request<{ users: User[] }>('GET', '/api/staff/users'),
  createUser: (body: { login: string; displayName: string; password: string; roles: RoleGrant[] }) =>
    request<{ user: User }>('POST', '/api/staff/users', body),
  updateUser: (id: User['id'], body: { displayName?: string; roles?: RoleGrant[]; disabled?: boolean; password?: string }) =>
    request<{ user: User }>('PUT', `/api/staff/users/${enc(String(id))}`, body),
  departments: () => request<{ departments: string[] }>('GET', '/api/staff/departments'),

  // forms
  forms: () => request<{ forms: FormListItem[] }>('GET', '/api/staff/forms'),
  templates: () => request<{ templates: Template[] }>('GET', '/api/staff/templates'),
  create: (body: NewForm) => request<{ id: string }>('POST', '/api/staff/forms', body),
  form: (id: string) => request<StaffForm>('GET', form(id)),
  version: (id: string, version: number) => request<VersionDetail>('GET', `${form(id)}/versions/${version}`),
  saveDraft: (id: string, definition: FormDefinition) =>
    request<{ savedAt: string; problems: Problem[] }>('PUT', `${form(id)}/draft`, { definition }),
  discardDraft: (id: string) => request<unknown>('DELETE', `${form(id)}/draft`),
  /** Publishes the draft; with no draft, brings an unpublished form back with its current version. */
  publish: (id: string) => request<{ version: number }>('POST', `${form(id)}/publish`, {}),
  unpublish: (id: string) => request<unknown>('POST', `${form(id)}/unpublish`, {}),
  preview: (id: string) => request<unknown>('GET', `${form(id)}/preview`),
};

/** Where the JSON download of a form is (a plain link: the browser saves the file). */
export const exportUrl = (id: string) => `${form(id)}/export`;
