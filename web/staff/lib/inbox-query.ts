// The inbox's filter lives in the page URL (/staff/inbox?status=received&q=...), so a
// filtered list can be bookmarked, shared with a colleague and survives the back button.
// The same parameters go to GET /api/staff/submissions and, minus paging, to the CSV export.
import { STATUSES, type Status } from '../../../core/status.ts';

export const SORTS = ['-createdAt', 'createdAt', 'status', '-updatedAt'] as const;
export type Sort = (typeof SORTS)[number];
export const PER_PAGE = 50;

export interface InboxFilter {
  form: string;
  status: Status[];
  from: string;
  to: string;
  q: string;
  sort: Sort;
  page: number;
}

export const EMPTY_FILTER: InboxFilter = { form: '', status: [], from: '', to: '', q: '', sort: '-createdAt', page: 1 };

const isStatus = (s: string): s is Status => (STATUSES as readonly string[]).includes(s);
const isSort = (s: string): s is Sort => (SORTS as readonly string[]).includes(s);

/** The filter a page URL asks for; unknown values fall back to the defaults. */
export function readInboxFilter(query: URLSearchParams): InboxFilter {
  const page = Number(query.get('page'));
  const sort = query.get('sort') ?? '';
  return {
    form: query.get('form') ?? '',
    status: [...new Set(query.getAll('status').filter(isStatus))],
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
    q: (query.get('q') ?? '').trim(),
    sort: isSort(sort) ? sort : '-createdAt',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The filter as query parameters, defaults left out (page URL and API alike). */
export function inboxQuery(f: InboxFilter): URLSearchParams {
  const out = filterQuery(f);
  if (f.form) out.set('form', f.form);
  if (f.sort !== '-createdAt') out.set('sort', f.sort);
  if (f.page > 1) out.set('page', String(f.page));
  return out;
}

/** What the API is asked: the page URL's parameters plus the page size. */
export function inboxApiQuery(f: InboxFilter): URLSearchParams {
  const out = inboxQuery(f);
  out.set('perPage', String(PER_PAGE));
  return out;
}

/** The CSV export of the same filter (one form; no sort or paging: every match). */
export function exportQuery(f: InboxFilter, encoding: 'utf8bom' | 'sjis'): URLSearchParams {
  const out = new URLSearchParams({ encoding });
  for (const [k, v] of filterQuery(f)) out.append(k, v);
  return out;
}

function filterQuery(f: InboxFilter): URLSearchParams {
  const out = new URLSearchParams();
  for (const s of f.status) out.append('status', s);
  if (f.from) out.set('from', f.from);
  if (f.to) out.set('to', f.to);
  if (f.q) out.set('q', f.q);
  return out;
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, perPage)));
}

/** "1–50 of 123" as numbers (first is 0 when the list is empty). */
export function shownRange(total: number, page: number, perPage: number): { first: number; last: number } {
  if (total === 0) return { first: 0, last: 0 };
  const first = (page - 1) * perPage + 1;
  return { first: Math.min(first, total), last: Math.min(page * perPage, total) };
}
