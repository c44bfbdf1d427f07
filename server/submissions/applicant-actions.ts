// What the applicant does through the status link (the token is the only key): correct
// and resubmit after 差戻し, or withdraw. Checked exactly like a filing; each change is one
// transaction with its history event, audit record (actor null: the applicant) and mail.
import { applicantMayResubmit, applicantMayWithdraw, RESUBMITTED } from '../../core/workflow.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../store/db.ts';
import { HttpError } from '../http-error.ts';
import { queueStaffNotification, queueStatusMail } from '../mail/notices.ts';
import { openAnswers, sealAnswers } from '../sensitive/answers.ts';
import { setApplicantEmailHash } from '../store/applicant-links-repo.ts';
import { claimAttachments } from '../store/attachments-repo.ts';
import { writeAudit } from '../store/audit-repo.ts';
import { getForm } from '../store/forms-repo.ts';
import { insertRevision } from '../store/revisions-repo.ts';
import { usableFiles } from '../store/submission-files-repo.ts';
import { findByReceiptNumber, recordStatus, replaceAnswers, submissionById } from '../store/submissions-repo.ts';
import { parseAnswersBody } from './answers-body.ts';
import { applicantEmailHash } from './applicant-email.ts';
import { bindAttachments } from './bind-attachments.ts';
import { checkAnswers } from './check-answers.ts';
import { releasePlace } from './capacity.ts';
import { parseStatusToken, secretMatches } from './tokens.ts';
import { definitionInJob } from './version-in-job.ts';

export type ApplicantSubmission = NonNullable<Awaited<ReturnType<typeof findByReceiptNumber>>>;

/** The submission the status-link token opens; any other token is a 404, whatever is wrong with it. */
export async function submissionByToken(ctx: AppContext, rawToken: string): Promise<ApplicantSubmission> {
  const token = parseStatusToken(rawToken);
  const found = token && (await findByReceiptNumber(ctx.db, token.receiptNumber));
  if (!found || !secretMatches(token.secret, found.submission.tokenHash)) throw new HttpError(404, 'error.submissionNotFound');
  return found;
}

async function rowNow(tx: Db, id: number) {
  const row = await submissionById(tx, id);
  if (!row) throw new HttpError(404, 'error.submissionNotFound');
  return row;
}

async function audit(tx: Db, row: { formId: string; receiptNumber: string }, at: string, detail: Record<string, unknown>): Promise<void> {
  await writeAudit(tx, {
    at,
    actor: null,
    action: 'submission.status',
    formId: row.formId,
    department: (await getForm(tx, row.formId))?.department ?? null,
    records: [row.receiptNumber],
    detail,
  });
}

/**
 * `version` defaults to the one the submission was filed against; any published version of
 * the form is accepted (the status page may have loaded the form as it is now). Files
 * already attached may be referenced again; new ones are uploads to the same form.
 */
export async function resubmit(ctx: AppContext, found: ApplicantSubmission, body: unknown, lang: string, origin: string) {
  const s = found.submission;
  if (!applicantMayResubmit(s.status)) throw new HttpError(409, 'error.notReturned');
  const { version, answers: raw } = parseAnswersBody(body);
  const filed = await ctx.catalog.version(s.formId, version ?? s.formVersion);
  if (!filed) throw new HttpError(409, 'error.versionNotFound');
  const def = filed.definition;
  const { answers, refs } = checkAnswers(ctx, filed, raw, lang);
  const emailHash = applicantEmailHash(def, answers);

  const result = await ctx.writes.run(async (tx) => {
    const row = await rowNow(tx, s.id);
    if (!applicantMayResubmit(row.status)) throw new HttpError(409, 'error.notReturned');
    const candidates = await usableFiles(tx, row.id, row.formId, [...new Set(refs.map((r) => r.id))]);
    const files = bindAttachments(ctx, def, answers, refs, candidates, lang);
    const at = ctx.now().toISOString();
    await insertRevision(tx, { submissionId: row.id, revision: row.revision, formVersion: row.formVersion, answers: row.answers as Record<string, unknown>, replacedAt: at });
    const revision = row.revision + 1;
    // The old answers move to the revision as stored (still sealed); the new ones are sealed here.
    await replaceAnswers(tx, row.id, { answers: sealAnswers(ctx.sealer, def, answers, row.receiptNumber), formVersion: filed.version, revision, at });
    await claimAttachments(tx, files, row.id);
    // 「申請の一覧」 follows the address the correction gives.
    await setApplicantEmailHash(tx, row.id, emailHash);
    await recordStatus(tx, { submissionId: row.id, status: RESUBMITTED, actor: null, comment: null, at });
    await audit(tx, row, at, { from: row.status, to: RESUBMITTED, revision });
    await queueStatusMail(tx, { def, receiptNumber: row.receiptNumber, answers, lang: row.lang, at, status: RESUBMITTED });
    // The clerk who returned it is waiting for it: the form's staff addresses hear of it like a new filing.
    await queueStaffNotification(tx, { def, receiptNumber: row.receiptNumber, origin, at, resubmitted: true });
    return { receiptNumber: row.receiptNumber, status: RESUBMITTED, revision, formVersion: filed.version };
  });
  ctx.outbox.wake();
  return result;
}

export async function withdraw(ctx: AppContext, found: ApplicantSubmission, comment: string | null) {
  const s = found.submission;
  if (!applicantMayWithdraw(s.status)) throw new HttpError(409, 'error.cannotWithdraw');
  const filed = await ctx.catalog.version(s.formId, s.formVersion);
  const result = await ctx.writes.run(async (tx) => {
    const row = await rowNow(tx, s.id);
    if (!applicantMayWithdraw(row.status)) throw new HttpError(409, 'error.cannotWithdraw');
    const at = ctx.now().toISOString();
    // Before the row's own change: the counter is locked first on every path (docs/adr/0014-capacity.md).
    await releasePlace(ctx, tx, row, at, null);
    await recordStatus(tx, { submissionId: row.id, status: 'withdrawn', actor: null, comment, at });
    await audit(tx, row, at, { from: row.status, to: 'withdrawn' });
    const def = await definitionInJob(tx, filed, row.formId, row.formVersion);
    if (def) await queueStatusMail(tx, { def, receiptNumber: row.receiptNumber, answers: row.answers as Record<string, unknown>, lang: row.lang, at, status: 'withdrawn', comment });
    return { receiptNumber: row.receiptNumber, status: 'withdrawn' as const };
  });
  ctx.outbox.wake();
  return result;
}
/**
 * The answers to correct, with the form they were filed against (only while returned).
 * Sensitive ones come back in clear: the token holder typed them, and must see them to correct them.
 */
export async function answersToCorrect(ctx: AppContext, found: ApplicantSubmission) {
  const s = found.submission;
  if (!applicantMayResubmit(s.status)) throw new HttpError(409, 'error.notReturned');
  const v = await ctx.catalog.version(s.formId, s.formVersion);
  if (!v) throw new HttpError(404, 'error.submissionNotFound');
  return {
    receiptNumber: s.receiptNumber,
    formId: s.formId,
    version: s.formVersion,
    answers: openAnswers(ctx.sealer, s.answers as Record<string, unknown>, s.receiptNumber).answers,
    form: {
      id: v.formId,
      version: v.version,
      definition: v.definition,
      schema: v.compiled.schema,
      rules: v.compiled.rules,
      validatorUrl: `/api/forms/${encodeURIComponent(v.formId)}/versions/${v.version}/validator.js`,
    },
  };
}
