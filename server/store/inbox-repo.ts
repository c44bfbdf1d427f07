// The inbox's queries: one filter (server/submissions/inbox-filter.ts) turned into SQL, for
// the paged list and for exports. Without `q` the first page is read along an index in
// the requested order and stops after `perPage` rows; `q` searches the answers' values
// (LIKE over the JSON, then each value: json_tree on SQLite, a JSON path on PostgreSQL), a
// scan of the chosen forms' rows, which a city's volume affords.
import { and, asc, count, desc, eq, gt, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { japanDayStart } from '../../core/japan-day.ts';
import { normalizeReceiptNumber } from '../../core/receipt-number.ts';
import type { InboxFilter } from '../submissions/inbox-filter.ts';
import type { Db } from './db.ts';
import { dialect } from './dialect.ts';
import { first } from './rows.ts';
import { forms, submissions } from './tables.ts';

export type SubmissionRow = typeof submissions.$inferSelect;

/** Every form with its department: who may process which forms is decided on these. */
export async function formDepartmentList(db: Db): Promise<{ id: string; department: string }[]> {
  return db.select({ id: forms.id, department: forms.department }).from(forms).orderBy(asc(forms.id));
}

/** `%`, `_` and the escape character itself, taken literally by LIKE ... ESCAPE '\'. */
export function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/g, '\\$&');
}

/**
 * `text` inside some answer's value (not a key). The LIKE over the stored JSON is the
 * cheap pass that rules out almost every row; only the string values of the rows left are
 * then looked at, so searching "family" does not find every name field. Sealed sensitive
 * values (`{ "$sealed": "v1:..." }`, docs/adr/0009-sensitive-fields.md) are ciphertext: never
 * searchable, and their envelopes are no match either. ASCII letters (only) match in
 * either case, as SQLite's LIKE has it.
 */
function inAnswerValues(text: string): SQL {
  const inJson = `%${likeLiteral(asJsonText(text))}%`;
  const inValue = `%${likeLiteral(text)}%`;
  if (dialect === 'pg') {
    // The string values of object members other than "$sealed", and those of array elements
    // (answers is always an object, so the root is never a string value).
    const answers = sql`${submissions.answers}::jsonb`;
    const members = sql`jsonb_path_query(${answers}, 'strict $.** ? (@.type() == "object").keyvalue() ? (@.key != "$sealed" && @.value.type() == "string").value')`;
    const elements = sql`jsonb_path_query(${answers}, 'strict $.** ? (@.type() == "array")[*] ? (@.type() == "string")')`;
    // COLLATE "C": ILIKE then folds ASCII letters only, as SQLite's LIKE does.
    const matches = (values: SQL) => sql`EXISTS (SELECT 1 FROM ${values} AS v(value) WHERE (v.value #>> '{}') COLLATE "C" ILIKE ${inValue} ESCAPE '\\')`;
    return sql`((${submissions.answers}::text) COLLATE "C" ILIKE ${inJson} ESCAPE '\\' AND (${matches(members)} OR ${matches(elements)}))`;
  }
  return sql`(${submissions.answers} LIKE ${inJson} ESCAPE '\\' AND EXISTS (SELECT 1 FROM json_tree(${submissions.answers}) AS v WHERE v.type = 'text' AND v.key IS NOT '$sealed' AND v.value LIKE ${inValue} ESCAPE '\\'))`;
}

/** Text as it appears inside the stored JSON (quotes and backslashes escaped, the rest as typed). */
function asJsonText(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

// Workflow order, so a sort by status groups what needs doing first.
// 順番待ち after what is in hand: nothing to do for it until a place frees (docs/adr/0014-capacity.md).
const STATUS_SEQUENCE = ['received', 'returned', 'in_progress', 'waitlisted', 'completed', 'rejected', 'withdrawn'] as const;
const STATUS_ORDER = sql`CASE ${submissions.status} ${sql.join(
  STATUS_SEQUENCE.map((st, i) => sql`WHEN ${st} THEN ${sql.raw(String(i))}`),
  sql` `,
)} ELSE ${sql.raw(String(STATUS_SEQUENCE.length))} END`;

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

/**
 * The WHERE of a filter over the forms the user may see; undefined when nothing can match.
 * `q` as a receipt number matches that number only (through its unique index);
 * as text, it is searched in the answers.
 */
function whereOf(filter: InboxFilter, formIds: string[], q: { receipt: string } | { text: string } | undefined): SQL | undefined {
  const allowed = filter.formIds ? filter.formIds.filter((id) => formIds.includes(id)) : formIds;
  if (allowed.length === 0) return undefined;
  const conditions: SQL[] = [allowed.length === 1 ? eq(submissions.formId, allowed[0]!) : inArray(submissions.formId, allowed)];
  if (filter.statuses) conditions.push(inArray(submissions.status, filter.statuses));
  if (filter.from) conditions.push(gte(submissions.createdAt, japanDayStart(filter.from)));
  if (filter.to) conditions.push(lt(submissions.createdAt, japanDayStart(filter.to, 1)));
  // Without statistics SQLite cannot tell which index on form_id serves the order; an
  // always-true range on the sort column makes the one that does the clear choice (bench/inbox.ts).
  if (filter.sort === '-updatedAt') conditions.push(gt(submissions.updatedAt, ''));
  else if (!filter.from && !filter.to) conditions.push(gt(submissions.createdAt, ''));
  if (q && 'receipt' in q) conditions.push(eq(submissions.receiptNumber, q.receipt));
  if (q && 'text' in q) conditions.push(inAnswerValues(q.text));
  return and(...conditions);
}

/**
 * A receipt number in `q` (typed with or without hyphens, full-width digits too) finds
 * that submission; when none of the user's has that number, the digits are searched in
 * the answers like any text (a phone number can look like a receipt number).
 */
async function resolve(db: Db, filter: InboxFilter, formIds: string[]): Promise<{ where: SQL; scan: boolean } | undefined> {
  if (filter.q === undefined) return wrap(whereOf(filter, formIds, undefined), false);
  const receipt = normalizeReceiptNumber(filter.q);
  if (receipt) {
    const exact = whereOf(filter, formIds, { receipt });
    if (!exact) return undefined;
    if (first(await db.select({ id: submissions.id }).from(submissions).where(exact).limit(1))) return { where: exact, scan: false };
  }
  return wrap(whereOf(filter, formIds, { text: filter.q }), true);
}

function wrap(where: SQL | undefined, scan: boolean) {
  return where ? { where, scan } : undefined;
}

export async function pageOfSubmissions(db: Db, filter: InboxFilter, formIds: string[]): Promise<{ total: number; rows: SubmissionRow[] }> {
  const found = await resolve(db, filter, formIds);
  if (!found) return { total: 0, rows: [] };
  const { where, scan } = found;
  const order = orderOf(filter.sort);
  const offset = (filter.page - 1) * filter.perPage;
  if (scan) {
    // A text search reads every row of the forms anyway: count them in the same pass.
    const hits = await db
      .select({ row: submissions, total: sql<number>`count(*) OVER ()`.mapWith(Number) })
      .from(submissions)
      .where(where)
      .orderBy(...order)
      .limit(filter.perPage)
      .offset(offset);
    if (hits.length > 0 || offset === 0) return { total: hits[0]?.total ?? 0, rows: hits.map((h) => h.row) };
    return { total: first(await db.select({ n: count() }).from(submissions).where(where))?.n ?? 0, rows: [] };
  }
  if (filter.sort === 'status') return pageByStatus(db, where, offset, filter.perPage);
  // The count reads only an index; the page walks the index in order and stops after perPage rows.
  const total = first(await db.select({ n: count() }).from(submissions).where(where))?.n ?? 0;
  if (offset >= total) return { total, rows: [] };
  const rows = await db.select().from(submissions).where(where).orderBy(...order).limit(filter.perPage).offset(offset);
  return { total, rows };
}

/**
 * Sorted by status, a page is read status by status along the (form, status, created)
 * index, the counts per status telling where it starts, instead of sorting every row.
 */
async function pageByStatus(db: Db, where: SQL, offset: number, perPage: number): Promise<{ total: number; rows: SubmissionRow[] }> {
  const counts = new Map(
    (await db.select({ status: submissions.status, n: count() }).from(submissions).where(where).groupBy(submissions.status)).map((c) => [c.status, c.n]),
  );
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const others = [...counts.keys()].filter((st) => !(STATUS_SEQUENCE as readonly string[]).includes(st)).sort();
  const rows: SubmissionRow[] = [];
  let skip = offset;
  for (const status of [...STATUS_SEQUENCE, ...others]) {
    const n = counts.get(status) ?? 0;
    if (skip >= n) {
      skip -= n;
      continue;
    }
    const take = Math.min(perPage - rows.length, n - skip);
    rows.push(
      ...(await db
        .select()
        .from(submissions)
        .where(and(where, eq(submissions.status, status)))
        .orderBy(desc(submissions.createdAt), desc(submissions.id))
        .limit(take)
        .offset(skip)),
    );
    skip = 0;
    if (rows.length >= perPage) break;
  }
  return { total, rows };
}

/** Every matching row in the filter's order, ignoring paging (for exports). */
export async function allSubmissions(db: Db, filter: InboxFilter, formIds: string[]): Promise<SubmissionRow[]> {
  const found = await resolve(db, filter, formIds);
  if (!found) return [];
  return db.select().from(submissions).where(found.where).orderBy(...orderOf(filter.sort));
}
