// Filing a submission: normalise and validate with the same core code as the browser,
// check the referenced uploads, then write everything (with the mails it causes) in one
// durable (group) commit.
import { availability } from '../../core/availability.ts';
import type { AppContext } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { queueReceiptMail, queueStaffNotification } from '../mail/notices.ts';
import { markFiling } from '../store/applicant-links-repo.ts';
import { claimAttachments, unclaimedAttachments } from '../store/attachments-repo.ts';
import { writeAudit } from '../store/audit-repo.ts';
import { sealAnswers } from '../sensitive/answers.ts';
import { findIdempotentResponse, saveIdempotentResponse } from '../store/idempotency-repo.ts';
import { countSubmissions, insertSubmission, isReceiptNumberConflict } from '../store/submissions-repo.ts';
import { parseAnswersBody } from './answers-body.ts';
import { applicantEmailHash } from './applicant-email.ts';
import { bindAttachments } from './bind-attachments.ts';
import { checkAnswers } from './check-answers.ts';
import { newReceiptNumber, newSecret, sha256Hex, statusToken } from './tokens.ts';

export interface FiledResponse {
  receiptNumber: string;
  statusUrl: string;
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

// Two identical requests racing each other share one filing.
const inFlight = new Map<string, Promise<FiledResponse>>();

export async function fileSubmission(ctx: AppContext, req: Request): Promise<FiledResponse> {
  const keyHash = req.idempotencyKey ? sha256Hex(`${req.formId}\0${req.idempotencyKey}`) : undefined;
  if (!keyHash) return file(ctx, req);
  const running = inFlight.get(keyHash);
  if (running) return running;
  const earlier = findIdempotentResponse(ctx.db, keyHash) as FiledResponse | undefined;
  if (earlier) return earlier;
  const filing = file(ctx, req, keyHash).finally(() => inFlight.delete(keyHash));
  inFlight.set(keyHash, filing);
  return filing;
}

async function file(ctx: AppContext, req: Request, keyHash?: string): Promise<FiledResponse> {
  const current = ctx.catalog.currentVersion(req.formId);
  if (!current) throw new HttpError(404, 'error.formNotFound');
  const { version, answers: raw } = parseAnswersBody(req.body);
  // A citizen who opened the form before a republish files against what they saw.
  const filed = version === undefined ? current : ctx.catalog.version(req.formId, version);
  if (!filed) throw new HttpError(409, 'error.versionNotFound');
  const settings = current.definition.settings;
  const open = availability(settings, ctx.now());
  if (!open.open) throw new HttpError(409, `error.${open.reason}`);

  const def = filed.definition;
  const { answers, refs } = checkAnswers(ctx, filed, raw, req.lang);

  return ctx.writes.run(() => {
    const now = ctx.now();
    if (settings.capacity !== undefined && !availability(settings, now, countSubmissions(ctx.db, def.id)).open) {
      throw new HttpError(409, 'error.full');
    }
    const candidates = unclaimedAttachments(ctx.db, def.id, [...new Set(refs.map((r) => r.id))]);
    const files = bindAttachments(ctx, def, answers, refs, candidates, req.lang);

    const secret = newSecret();
    const at = now.toISOString();
    const record = { formId: def.id, formVersion: filed.version, status: 'received', tokenHash: sha256Hex(secret), lang: req.lang, now: at };
    let receiptNumber = newReceiptNumber();
    let id: number;
    // One in a billion per filing; the unique index is the judge, so no look-up first.
    for (;;) {
      try {
        // Sealed last, bound to the receipt number: sensitive answers never reach the database in clear.
        id = insertSubmission(ctx.db, { ...record, answers: sealAnswers(ctx.sealer, def, answers, receiptNumber), receiptNumber });
        break;
      } catch (error) {
        if (!isReceiptNumberConflict(error)) throw error;
        receiptNumber = newReceiptNumber();
      }
    }
    claimAttachments(ctx.db, files, id);
    const proxyBy = req.proxyBy ?? null;
    const emailHash = applicantEmailHash(def, answers);
    if (proxyBy !== null || emailHash !== null) markFiling(ctx.db, id, { proxyBy, applicantEmailHash: emailHash });
    if (proxyBy !== null) {
      // A clerk acted for a citizen: who, on which form, in the same transaction as the filing.
      writeAudit(ctx.db, { at, actor: proxyBy, action: 'submission.status', formId: def.id, department: settings.department, records: [receiptNumber], detail: { to: 'received', proxy: true } });
    }
    const response = { receiptNumber, statusUrl: `${req.origin}/s/${statusToken(receiptNumber, secret)}` };
    if (keyHash) saveIdempotentResponse(ctx.db, keyHash, response, at);
    // Queued in this transaction: a crash after the commit still sends them (outbox).
    queueReceiptMail(ctx.db, { def, receiptNumber, answers, lang: req.lang, at, statusUrl: response.statusUrl });
    queueStaffNotification(ctx.db, { def, receiptNumber, origin: req.origin, at });
    return response;
  });
}
