// Reading the audit log for administrators, newest first. The log is append-only
// (audit-repo.ts writes it); this file only reads.
import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from './db.ts';
import { dialect } from './dialect.ts';
import { first } from './rows.ts';
import { auditLog } from './tables.ts';

export interface AuditQuery {
  actor?: string;
  action?: string;
  formId?: string;
  /** A receipt number (or other id) among the records an entry touched. */
  record?: string;
  /** UTC ISO instants: from inclusive, until exclusive. */
  from?: string;
  until?: string;
  page: number;
  perPage: number;
}

/** `record` among the entry's records (a JSON array of strings). */
function touches(record: string): SQL {
  if (dialect === 'pg') return sql`EXISTS (SELECT 1 FROM json_array_elements_text(${auditLog.records}) AS r(value) WHERE r.value = ${record})`;
  return sql`EXISTS (SELECT 1 FROM json_each(${auditLog.records}) WHERE json_each.value = ${record})`;
}

export async function pageOfAudit(db: Db, q: AuditQuery) {
  const conditions: SQL[] = [];
  if (q.actor) conditions.push(eq(auditLog.actor, q.actor));
  if (q.action) conditions.push(eq(auditLog.action, q.action));
  if (q.formId) conditions.push(eq(auditLog.formId, q.formId));
  if (q.record) conditions.push(touches(q.record));
  if (q.from) conditions.push(gte(auditLog.at, q.from));
  if (q.until) conditions.push(lt(auditLog.at, q.until));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const total = first(await db.select({ n: count() }).from(auditLog).where(where))?.n ?? 0;
  const items = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(q.perPage)
    .offset((q.page - 1) * q.perPage);
  return { total, items };
}
