// Reading the audit log for administrators, newest first. The log is append-only
// (audit-repo.ts writes it); this file only reads.
import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from './db.ts';
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

export function pageOfAudit(db: Db, q: AuditQuery) {
  const conditions: SQL[] = [];
  if (q.actor) conditions.push(eq(auditLog.actor, q.actor));
  if (q.action) conditions.push(eq(auditLog.action, q.action));
  if (q.formId) conditions.push(eq(auditLog.formId, q.formId));
  if (q.record) conditions.push(sql`EXISTS (SELECT 1 FROM json_each(${auditLog.records}) WHERE json_each.value = ${q.record})`);
  if (q.from) conditions.push(gte(auditLog.at, q.from));
  if (q.until) conditions.push(lt(auditLog.at, q.until));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const items = db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(q.perPage)
    .offset((q.page - 1) * q.perPage)
    .all();
  return { total, items };
}
