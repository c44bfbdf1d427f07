// What a clerk does with a submission: move its status, write an internal note, message
// the applicant. Each is one durable transaction holding the change, its audit record and
// the mail it causes, so none of the three exists without the others.
import { text } from '../../core/i18n.ts';
import { STATUS_LABELS, type Status } from '../../core/status.ts';
import { staffMayMove, staffTransitions } from '../../core/workflow.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../store/db.ts';
import { HttpError } from '../http-error.ts';
import { queueMessageMail, queueStatusMail } from '../mail/notices.ts';
import { writeAudit } from '../store/audit-repo.ts';
import { insertMessage, type Audience } from '../store/messages-repo.ts';
import { recordStatus, submissionById, touchSubmission } from '../store/submissions-repo.ts';
import { freesPlace } from '../../core/capacity.ts';
import { releasePlace } from './capacity.ts';
import type { FoundSubmission } from './staff-access.ts';
import { definitionInJob } from './version-in-job.ts';

/** The row as it is inside the write job (another clerk may have moved it meanwhile). */
async function current(tx: Db, found: FoundSubmission) {
  const row = await submissionById(tx, found.submission.id);
  if (!row) throw new HttpError(404, 'error.submissionNotFound');
  // A resubmission may have moved it to a newer version than the one read before.
  const def = (await definitionInJob(tx, found.version, row.formId, row.formVersion)) ?? found.version.definition;
  return { row, def };
}

export async function changeStatus(
  ctx: AppContext,
  found: FoundSubmission,
  actor: string,
  change: { status: Status; comment: string | null },
  lang: string,
): Promise<{ status: Status; updatedAt: string; allowedTransitions: Status[] }> {
  const result = await ctx.writes.run(async (tx) => {
    const { row, def } = await current(tx, found);
    if (!staffMayMove(row.status, change.status)) {
      const label = (s: string) => text(STATUS_LABELS[s as Status] ?? { ja: s }, lang);
      throw new HttpError(409, 'error.transitionNotAllowed', { from: label(row.status), to: label(change.status) }, undefined, {
        status: row.status,
        allowedTransitions: staffTransitions(row.status),
      });
    }
    const at = ctx.now().toISOString();
    // 却下 gives the place back and moves the first 順番待ち up, before the row's own change (docs/adr/0014-capacity.md).
    if (freesPlace(change.status)) await releasePlace(ctx, tx, row, at, actor);
    await recordStatus(tx, { submissionId: row.id, status: change.status, actor, comment: change.comment, at });
    await writeAudit(tx, {
      at,
      actor,
      action: 'submission.status',
      formId: row.formId,
      department: found.department,
      records: [row.receiptNumber],
      detail: { from: row.status, to: change.status },
    });
    await queueStatusMail(tx, { def, receiptNumber: row.receiptNumber, answers: row.answers as Record<string, unknown>, lang: row.lang, at, status: change.status, comment: change.comment });
    return { status: change.status, updatedAt: at, allowedTransitions: staffTransitions(change.status) };
  });
  ctx.outbox.wake();
  return result;
}

export async function addMessage(
  ctx: AppContext,
  found: FoundSubmission,
  actor: string,
  audience: Audience,
  body: string,
): Promise<{ id: number; at: string; author: string; body: string }> {
  const result = await ctx.writes.run(async (tx) => {
    const { row, def } = await current(tx, found);
    // A purged case takes no new text about the applicant (docs/adr/0012-retention.md).
    if (row.purgedAt) throw new HttpError(409, 'error.submissionPurged');
    const at = ctx.now().toISOString();
    const id = await insertMessage(tx, { submissionId: row.id, audience, author: actor, body, at });
    await touchSubmission(tx, row.id, at);
    await writeAudit(tx, {
      at,
      actor,
      action: audience === 'staff' ? 'submission.note' : 'submission.message',
      formId: row.formId,
      department: found.department,
      records: [row.receiptNumber],
      detail: { id },
    });
    if (audience === 'applicant') {
      await queueMessageMail(tx, { def, receiptNumber: row.receiptNumber, answers: row.answers as Record<string, unknown>, lang: row.lang, at, body });
    }
    return { id, at, author: actor, body };
  });
  ctx.outbox.wake();
  return result;
}
