// The inbox's filter (docs/staff-api.md, GET /api/staff/submissions), shared by the inbox
// and the CSV export: one parser, so both read the same query the same way and refuse a
// bad one with the query parameter named.
import { isCalendarDate } from '../../core/japan-day.ts';
import { STATUSES, type Status } from '../../core/status.ts';
import { can, type StaffUser } from '../auth/access.ts';
import type { AppContext } from '../context.ts';
import { HttpError, type PathError } from '../http-error.ts';
import { message } from '../messages.ts';
import { formDepartmentList } from '../store/inbox-repo.ts';

export const INBOX_SORTS = ['-createdAt', 'createdAt', 'status', '-updatedAt'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

export const MAX_PER_PAGE = 200;
export const DEFAULT_PER_PAGE = 50;
const MAX_Q = 200;
const MAX_FORMS = 200;
// Beyond this a page number is a typo, and OFFSET would walk the whole table.
const MAX_PAGE = 100_000;

export interface InboxFilter {
  formIds?: string[];
  statuses?: Status[];
  /** A receipt number (with or without hyphens) or free text found in the answers. */
  q?: string;
  /** YYYY-MM-DD, Japan time, inclusive, on the filing date (createdAt). */
  from?: string;
  to?: string;
  sort: InboxSort;
  page: number;
  perPage: number;
}

type Query = Record<string, unknown>;

/** Every value of a parameter that may repeat (`?status=a&status=b`), or undefined when absent. */
function many(query: Query, name: string): string[] | undefined {
  const v = query[name];
  if (v === undefined) return undefined;
  const all = (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'string' ? x.trim() : ''));
  const given = all.filter((x) => x !== '');
  return given.length > 0 ? [...new Set(given)] : undefined;
}

/** The one value of a parameter; a repeated one is an error (`null`). */
function one(query: Query, name: string): string | undefined | null {
  const v = query[name];
  if (v === undefined) return undefined;
  if (Array.isArray(v) || typeof v !== 'string') return null;
  const s = v.trim();
  return s === '' ? undefined : s;
}

function positiveInt(s: string, max: number): number | null {
  if (!/^\d{1,9}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= max ? n : null;
}

/** Throws HttpError(400, 'error.invalidFilter', {}, [{ path: '<query parameter name>', code, message }]). */
export function parseInboxFilter(query: unknown, lang: string): InboxFilter {
  const q = (query && typeof query === 'object' ? query : {}) as Query;
  const errors: PathError[] = [];
  const fail = (path: string, code: string, params: Record<string, string | number> = {}) =>
    errors.push({ path, code, message: message(`inbox.${code}`, lang, params) });
  const filter: InboxFilter = { sort: '-createdAt', page: 1, perPage: DEFAULT_PER_PAGE };

  const forms = many(q, 'form');
  if (forms) {
    if (forms.length > MAX_FORMS || forms.some((f) => f.length > 64)) fail('form', 'form', { max: MAX_FORMS });
    else filter.formIds = forms;
  }

  const statuses = many(q, 'status');
  if (statuses) {
    if (statuses.some((s) => !(STATUSES as readonly string[]).includes(s))) fail('status', 'status', { allowed: STATUSES.join(', ') });
    else filter.statuses = statuses as Status[];
  }

  const text = one(q, 'q');
  if (text === null) fail('q', 'once');
  else if (text !== undefined) {
    if ([...text].length > MAX_Q) fail('q', 'q', { max: MAX_Q });
    else filter.q = text;
  }

  for (const name of ['from', 'to'] as const) {
    const date = one(q, name);
    if (date === null) fail(name, 'once');
    else if (date !== undefined) {
      if (!isCalendarDate(date)) fail(name, 'date');
      else filter[name] = date;
    }
  }
  if (filter.from && filter.to && filter.from > filter.to) fail('to', 'range');

  const sort = one(q, 'sort');
  if (sort === null) fail('sort', 'once');
  else if (sort !== undefined) {
    if (!(INBOX_SORTS as readonly string[]).includes(sort)) fail('sort', 'sort', { allowed: INBOX_SORTS.join(', ') });
    else filter.sort = sort as InboxSort;
  }

  const page = one(q, 'page');
  if (page === null) fail('page', 'once');
  else if (page !== undefined) {
    const n = positiveInt(page, MAX_PAGE);
    if (n === null) fail('page', 'page', { max: MAX_PAGE });
    else filter.page = n;
  }

  const perPage = one(q, 'perPage');
  if (perPage === null) fail('perPage', 'once');
  else if (perPage !== undefined) {
    const n = positiveInt(perPage, MAX_PER_PAGE);
    if (n === null) fail('perPage', 'perPage', { max: MAX_PER_PAGE });
    else filter.perPage = n;
  }

  if (errors.length > 0) throw new HttpError(400, 'error.invalidFilter', {}, errors);
  return filter;
}

/** Ids of the forms whose department the user may 'process' (all for an admin). */
export async function processableFormIds(ctx: AppContext, user: StaffUser): Promise<string[]> {
  return (await formDepartmentList(ctx.db))
    .filter((f) => can(user, 'process', f.department))
    .map((f) => f.id);
}
