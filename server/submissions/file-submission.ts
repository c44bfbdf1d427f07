// Filing a submission: normalise and validate with the same core code as the browser,
// check the referenced uploads, then write everything (with the mails it causes) in one
// durable (group) commit.
import { availability } from '../../core/availability.ts';
import { text } from '../../core/i18n.ts';
import type { AppContext } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { queueReceiptMail, queueStaffNotification } from '../mail/notices.ts';
import { markFiling } from '../store/applicant-links-repo.ts';
import { claimAttachments, unclaimedAttachments } from '../store/attachments-repo.ts';
import { writeAudit } from '../store/audit-repo.ts';
import { sealAnswers } from '../sensitive/answers.ts';
import { findIdempotentResponse, saveIdempotentResponse } from '../store/idempotency-repo.ts';
import { insertSubmission } from '../store/submissions-repo.ts';
import { parseAnswersBody } from './answers-body.ts';
import { applicantEmailHash } from './applicant-email.ts';
import { bindAttachments } from './bind-attachments.ts';
import { recordPlacement, requestedSlot, takePlace, waitingPosition } from './capacity.ts';
import { queueWaitlistedMail } from './capacity-mail.ts';
import { findSlot } from '../../core/capacity.ts';
import { checkAnswers } from './check-answers.ts';
import { newReceiptNumber, newSecret, sha256Hex, statusToken } from './tokens.ts';

export interface FiledResponse {
  receiptNumber: string;
  statusUrl: string;
  /** Only on a form with places: 'waitlisted' (順番待ち) when they were all taken (docs/adr/0014-capacity.md). */
  status?: 'waitlisted';
  waitingPosition?: number;
  slotLabel?: string;
}

interface Request {
  formId: string;
  body: unknown;
  idempotencyKey?: string;
  lang: string;
  origin: string;
  /** Login of the clerk filing at the counter (窓口代理入力), already checked by the caller. */
  proxyBy?: string;
}

// Two identical requests racing each other in this process share one filing; racing on
// two instances, the idempotency row decides (see AlreadyFiled).
const inFlight = new Map<string, Promise<FiledResponse>>();

/**
 * Another filing (perhaps on another instance) saved a response under this key first.
 * Thrown inside the job so this filing rolls back whole; the caller answers with theirs.
 */
class AlreadyFiled extends Error {}

export async function fileSubmission(ctx: AppContext, req: Request): Promise<FiledResponse> {
  const keyHash = req.idempotencyKey ? sha256Hex(`${req.formId}\0${req.idempotencyKey}`) : undefined;
  if (!keyHash) return file(ctx, req);
  const running = inFlight.get(keyHash);
  if (running) return running;
  const filing = fileOnce(ctx, req, keyHash).finally(() => inFlight.delete(keyHash));
  inFlight.set(keyHash, filing);
  return filing;
}

async function fileOnce(ctx: AppContext, req: Request, keyHash: string): Promise<FiledResponse> {
  const earlier = (await findIdempotentResponse(ctx.db, keyHash)) as FiledResponse | undefined;
  if (earlier) return earlier;
  try {
    return await file(ctx, req, keyHash);
  } catch (error) {
    if (!(error instanceof AlreadyFiled)) throw error;
    // On PostgreSQL our insert of the key waited for theirs to commit, so it is there to read.
    const theirs = (await findIdempotentResponse(ctx.db, keyHash)) as FiledResponse | undefined;
    if (!theirs) throw new Error('idempotency key taken but its response is gone');
    return theirs;
  }
}

async function file(ctx: AppContext, req: Request, keyHash?: string): Promise<FiledResponse> {
  const current = ctx.catalog.currentVersion(req.formId);
  if (!current) throw new HttpError(404, 'error.formNotFound');
  const { version, answers: raw } = parseAnswersBody(req.body);
  // A citizen who opened the form before a republish files against what they saw.
  const filed = version === undefined ? current : await ctx.catalog.version(req.formId, version);
  if (!filed) throw new HttpError(409, 'error.versionNotFound');
  const settings = current.definition.settings;
  const open = availability(settings, ctx.now());
  if (!open.open) throw new HttpError(409, `error.${open.reason}`);

  const def = filed.definition;
  // Checked against the current settings, like the places it will take.
  const slot = requestedSlot(settings, req.body, req.lang);
  const { answers, refs } = checkAnswers(ctx, filed, raw, req.lang);
  const secret = newSecret();
  const tokenHash = sha256Hex(secret);
  const emailHash = applicantEmailHash(def, answers);

  const response = await ctx.writes.run(async (tx) => {
    const now = ctx.now();
    // First in the job: the counter row is locked before any submission row (ADR 0014, lock order).
    const placement = await takePlace(tx, def.id, settings, slot, req.lang);
    const candidates = await unclaimedAttachments(tx, def.id, [...new Set(refs.map((r) => r.id))]);
    const files = bindAttachments(ctx, def, answers, refs, candidates, req.lang);

    const at = now.toISOString();
    const record = { formId: def.id, formVersion: filed.version, status: placement.status, tokenHash, lang: req.lang, now: at };
    let receiptNumber: string;
    let id: number | undefined;
    // One in a billion per filing; the unique index is the judge, so no look-up first.
    do {
      receiptNumber = newReceiptNumber();
      // Sealed last, bound to the receipt number: sensitive answers never reach the database in clear.
      id = await insertSubmission(tx, { ...record, answers: sealAnswers(ctx.sealer, def, answers, receiptNumber), receiptNumber });
    } while (id === undefined);
    await claimAttachments(tx, files, id);
    await recordPlacement(tx, id, placement);
    const proxyBy = req.proxyBy ?? null;
    if (proxyBy !== null || emailHash !== null) await markFiling(tx, id, { proxyBy, applicantEmailHash: emailHash });
    if (proxyBy !== null) {
      // A clerk acted for a citizen: who, on which form, in the same transaction as the filing.
      await writeAudit(tx, { at, actor: proxyBy, action: 'submission.status', formId: def.id, department: settings.department, records: [receiptNumber], detail: { to: 'received', proxy: true } });
    }
    const waiting = placement.status === 'waitlisted';
    const label = placement.slot === null ? undefined : findSlot(settings, placement.slot)?.label;
    const response: FiledResponse = {
      receiptNumber,
      statusUrl: `${req.origin}/s/${statusToken(receiptNumber, secret)}`,
      ...(waiting ? { status: 'waitlisted' as const, waitingPosition: await waitingPosition(tx, { id, formId: def.id, slot: placement.slot, createdAt: at }) } : {}),
      ...(label ? { slotLabel: text(label, req.lang) } : {}),
    };
    if (keyHash && !(await saveIdempotentResponse(tx, keyHash, response, at))) throw new AlreadyFiled();
    // Queued in this transaction: a crash after the commit still sends them (outbox).
    if (waiting) await queueWaitlistedMail(tx, { def, receiptNumber, answers, lang: req.lang, at, statusUrl: response.statusUrl, position: response.waitingPosition, slotLabel: label });
    else await queueReceiptMail(tx, { def, receiptNumber, answers, lang: req.lang, at, statusUrl: response.statusUrl });
    await queueStaffNotification(tx, { def, receiptNumber, origin: req.origin, at });
    return response;
  });
  ctx.outbox.wake();
  return response;
}
