// The append-only audit log (issue 4): every view of a submission, every export, print
// and status change. Given the `tx` of the change it records, it joins that transaction;
// a read-only action (a view, an export) writes its record before the data goes out.
import type { Db } from './db.ts';
import { auditLog } from './tables.ts';

export type AuditAction =
  | 'submission.view'
  | 'submission.status'
  | 'submission.note'
  | 'submission.message'
  | 'submission.print'
  | 'submission.export'
  | 'submission.reveal'
  | 'submission.purge'
  | 'attachment.download'
  | 'form.aggregate'
  | 'form.layout';

export interface AuditEntry {
  at: string;
  /** Staff login; null for the system or the applicant. */
  actor: string | null;
  action: AuditAction;
  formId?: string | null;
  department?: string | null;
  /** Receipt numbers (or other ids) the action touched. */
  records: string[];
  /** Filters, the new status, a file name: never answers or other personal data. */
  detail?: Record<string, unknown> | null;
}

export async function writeAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    formId: entry.formId ?? null,
    department: entry.department ?? null,
    records: entry.records,
    detail: entry.detail ?? null,
  });
}
