// 保存期間 purge (docs/adr/0012-retention.md): finished submissions past their form's
// retention lose their answers, files, notes, messages, earlier answers, the mails that
// carried the applicant's address and the 「申請の一覧」 links only they kept; the row stays
// as a tombstone (receipt number, form, dates, status, purged_at) so history and audit
// records still name something. One transaction with its audit record: the caller's write job.
import { and, asc, eq, inArray, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { FINAL_STATUSES } from '../../core/retention.ts';
import { writeAudit } from './audit-repo.ts';
import type { Db } from './db.ts';
import { dialect } from './dialect.ts';
import { affected } from './rows.ts';
import { applicantLinks, attachments, forms, outbox, submissionEvents, submissionMessages, submissionRevisions, submissions } from './tables.ts';

/** Every form with a published version, taken down or not: retention applies to both. */
export async function formsWithVersions(db: Db): Promise<{ formId: string; version: number }[]> {
  const rows = await db.select({ formId: forms.id, version: forms.currentVersion }).from(forms).where(isNotNull(forms.currentVersion)).orderBy(asc(forms.id));
  return rows.map((r) => ({ formId: r.formId, version: r.version! }));
}

export interface PurgeCandidate {
  id: number;
  receiptNumber: string;
  formId: string;
  applicantEmailHash: string | null;
}

/**
 * Finished, not yet purged submissions of a form whose last status change (the one that
 * closed them) happened before `closedBefore`.
 */
export async function retentionCandidates(db: Db, formId: string, closedBefore: string, limit: number): Promise<PurgeCandidate[]> {
  // The last status change; a row without events (none should reach a final status so)
  // falls back to its last change.
  const closedAt = sql`coalesce((SELECT max(${submissionEvents.at}) FROM ${submissionEvents} WHERE ${submissionEvents.submissionId} = ${submissions.id}), ${submissions.updatedAt})`;
  return db
    .select({ id: submissions.id, receiptNumber: submissions.receiptNumber, formId: submissions.formId, applicantEmailHash: submissions.applicantEmailHash })
    .from(submissions)
    .where(and(eq(submissions.formId, formId), inArray(submissions.status, [...FINAL_STATUSES]), isNull(submissions.purgedAt), lt(closedAt, closedBefore)))
    .orderBy(asc(submissions.id))
    .limit(limit);
}

export interface PurgeCounts {
  submissions: number;
  attachments: number;
  messages: number;
  revisions: number;
  mails: number;
  applicantLinks: number;
}

/** Outbox mails whose payload (JSON) names the receipt number. */
function mailsAbout(receiptNumber: string): SQL {
  const pattern = `%${receiptNumber}%`;
  if (dialect === 'pg') return sql`${outbox.payload}::text LIKE ${pattern}`;
  return sql`${outbox.payload} LIKE ${pattern}`;
}

/**
 * Purges the given submissions and writes one `submission.purge` audit record (actor null):
 * one purge, many statements. Call inside ctx.writes.run; pass tx.
 */
export async function purgeSubmissions(db: Db, candidates: PurgeCandidate[], at: string): Promise<PurgeCounts> {
  const counts: PurgeCounts = { submissions: 0, attachments: 0, messages: 0, revisions: 0, mails: 0, applicantLinks: 0 };
  const purged: PurgeCandidate[] = [];
  // Chunked: SQLite caps the number of bound parameters.
  for (let i = 0; i < candidates.length; i += 500) {
    const chunk = candidates.slice(i, i + 500);
    // Claimed first: an instance purging the same rows at the same moment waits on them, then finds them purged.
    const claimed = await db
      .update(submissions)
      .set({ answers: {}, applicantEmailHash: null, purgedAt: at })
      .where(and(inArray(submissions.id, chunk.map((c) => c.id)), isNull(submissions.purgedAt)))
      .returning({ id: submissions.id });
    const ids = claimed.map((c) => c.id);
    if (ids.length === 0) continue;
    const mine = chunk.filter((c) => ids.includes(c.id));
    purged.push(...mine);
    counts.submissions += ids.length;
    counts.attachments += affected(await db.delete(attachments).where(inArray(attachments.submissionId, ids)));
    counts.messages += affected(await db.delete(submissionMessages).where(inArray(submissionMessages.submissionId, ids)));
    counts.revisions += affected(await db.delete(submissionRevisions).where(inArray(submissionRevisions.submissionId, ids)));
    // A status change's comment is free text about the case: it goes; status, time and actor stay.
    await db.update(submissionEvents).set({ comment: null }).where(inArray(submissionEvents.submissionId, ids));
    // Mails about these submissions (receipt, status, messages) hold the address and texts.
    for (const c of mine) {
      counts.mails += affected(await db.delete(outbox).where(mailsAbout(c.receiptNumber)));
    }
  }
  if (purged.length === 0) return counts;
  // 「申請の一覧」 links of an address that no longer has any submission kept.
  const hashes = [...new Set(purged.map((c) => c.applicantEmailHash).filter((h): h is string => h !== null))];
  for (const hash of hashes) {
    const kept = await db.select({ id: submissions.id }).from(submissions).where(eq(submissions.applicantEmailHash, hash)).limit(1);
    if (kept.length === 0) counts.applicantLinks += affected(await db.delete(applicantLinks).where(eq(applicantLinks.emailHash, hash)));
  }
  await writeAudit(db, {
    at,
    actor: null,
    action: 'submission.purge',
    records: purged.map((c) => c.receiptNumber),
    detail: { reason: 'retention', forms: [...new Set(purged.map((c) => c.formId))], ...counts },
  });
  return counts;
}
