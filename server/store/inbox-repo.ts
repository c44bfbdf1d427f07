// The inbox's queries: one filter (server/submissions/inbox-filter.ts) turned into SQL, for
// the paged list and for exports. Without `q` the first page is read along an index in
// the requested order and stops after `perPage` rows; `q` searches the answers' JSON text
// (LIKE), a scan of the chosen forms' rows, which a city's volume affords.
import { and, asc, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { japanDayStart } from '../../core/japan-day.ts';
import { normalizeReceiptNumber } from '../../core/receipt-number.ts';
import type { InboxFilter } from '../submissions/inbox-filter.ts';
import type { Db } from './db.ts';
import { forms, submissions } from './schema.sqlite.ts';

export type SubmissionRow = typeof submissions.$inferSelect;

/** Every form with its department: who may process which forms is decided on these. */
export function formDepartmentList(db: Db): { id: string; department: string }[] {
  return db.select({ id: forms.id, department: forms.department }).from(forms).all();
}

/** `%`, `_` and the escape character itself, taken literally by LIKE ... ESCAPE '\'. */
export function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/g, '\\$&');
}

/** Text as it appears inside the stored JSON (quotes and backslashes escaped, the rest as typed). */
function asJsonText(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

// Workflow order, so a sort by status groups what needs doing first.
const STATUS_ORDER = sql`CASE ${submissions.status}
  WHEN 'received' THEN 0 WHEN 'returned' THEN 1 WHEN 'in_progress' THEN 2
  WHEN 'completed' THEN 3 WHEN 'rejected' THEN 4 WHEN 'withdrawn' THEN 5 ELSE 6 END`;

function orderOf(sort: InboxFilter['sort']): SQL[] {
  switch (sort) {
    case 'createdAt':
      return [asc(submissions.createdAt), asc(submissions.id)];
    case 'status':
      return [asc(STATUS_ORDER), desc(submissions.createdAt), desc(submissions.id)];
    case '-updatedAt':
      return [desc(submissions.updatedAt), desc(submissions.id)];
    default:
      return [desc(submissions.createdAt), desc(submissions.id)];
  }
}

/** The WHERE of a filter over the forms the user may see; undefined when nothing can match. */
function whereOf(filter: InboxFilter, formIds: string[]): SQL | undefined {
  const allowed = filter.formIds ? filter.formIds.filter((id) => formIds.includes(id)) : formIds;
  if (allowed.length === 0) return undefined;
  const conditions: SQL[] = [allowed.length === 1 ? eq(submissions.formId, allowed[0]!) : inArray(submissions.formId, allowed)];
  if (filter.statuses) conditions.push(inArray(submissions.status, filter.statuses));
  if (filter.from) conditions.push(gte(submissions.createdAt, japanDayStart(filter.from)));
  if (filter.to) conditions.push(lt(submissions.createdAt, japanDayStart(filter.to, 1)));
  if (filter.q) {
    const inAnswers = sql`${submissions.answers} LIKE ${`%${likeLiteral(asJsonText(filter.q))}%`} ESCAPE '\\'`;
    // Typed with or without hyphens, in full-width digits too.
    const receipt = normalizeReceiptNumber(filter.q);
    conditions.push(receipt ? or(eq(submissions.receiptNumber, receipt), inAnswers)! : inAnswers);
  }
  return and(...conditions);
}

export function pageOfSubmissions(db: Db, filter: InboxFilter, formIds: string[]): { total: number; rows: SubmissionRow[] } {
  const where = whereOf(filter, formIds);
  if (!where) return { total: 0, rows: [] };
  const total = db.select({ n: count() }).from(submissions).where(where).get()?.n ?? 0;
  const offset = (filter.page - 1) * filter.perPage;
  if (offset >= total) return { total, rows: [] };
  const rows = db
    .select()
    .from(submissions)
    .where(where)
    .orderBy(...orderOf(filter.sort))
    .limit(filter.perPage)
    .offset(offset)
    .all();
  return { total, rows };
}

/** Every matching row in the filter's order, ignoring paging (for exports). */
export function allSubmissions(db: Db, filter: InboxFilter, formIds: string[]): SubmissionRow[] {
  const where = whereOf(filter, formIds);
  if (!where) return [];
  return db.select().from(submissions).where(where).orderBy(...orderOf(filter.sort)).all();
}
