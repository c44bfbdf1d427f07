// Filing a submission: normalise and validate with the same core code as the browser,
// check the referenced uploads, then write everything in one durable (group) commit.
import { attachmentRefs } from '../../core/attachment-refs.ts';
import { availability } from '../../core/availability.ts';
import { describeErrors } from '../../core/errors.ts';
import { splitPointer } from '../../core/fields.ts';
import { normalizeAnswers } from '../../core/normalize.ts';
import type { AppContext } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { claimAttachments, unclaimedAttachments } from '../store/attachments-repo.ts';
import { findIdempotentResponse, saveIdempotentResponse } from '../store/idempotency-repo.ts';
import { countSubmissions, insertSubmission, isReceiptNumberConflict } from '../store/submissions-repo.ts';
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

function parseBody(body: unknown): { version?: number; answers: Record<string, unknown> } {
  const b = body as { version?: unknown; answers?: unknown } | null;
  if (!b || typeof b !== 'object' || !b.answers || typeof b.answers !== 'object' || Array.isArray(b.answers)) {
    throw new HttpError(400, 'error.badRequest');
  }
  if (b.version !== undefined && !Number.isSafeInteger(b.version)) throw new HttpError(400, 'error.badRequest');
  return { version: b.version as number | undefined, answers: b.answers as Record<string, unknown> };
}

async function file(ctx: AppContext, req: Request, keyHash?: string): Promise<FiledResponse> {
  const current = ctx.catalog.currentVersion(req.formId);
  if (!current) throw new HttpError(404, 'error.formNotFound');
  const { version, answers: raw } = parseBody(req.body);
  // A citizen who opened the form before a republish files against what they saw.
  const filed = version === undefined ? current : ctx.catalog.version(req.formId, version);
  if (!filed) throw new HttpError(409, 'error.versionNotFound');
  const settings = current.definition.settings;
  const open = availability(settings, ctx.now());
  if (!open.open) throw new HttpError(409, `error.${open.reason}`);

  const def = filed.definition;
  const answers = normalizeAnswers(def, raw);
  const validator = ctx.catalog.validator(filed);
  if (!validator.validate(answers)) {
    throw new HttpError(400, 'error.invalidAnswers', {}, describeErrors(def, validator.validate.errors ?? [], req.lang));
  }
  const refs = attachmentRefs(def, answers);

  return ctx.writes.run(() => {
    const now = ctx.now();
    if (settings.capacity !== undefined && !availability(settings, now, countSubmissions(ctx.db, def.id)).open) {
      throw new HttpError(409, 'error.full');
    }
    const stored = new Map(unclaimedAttachments(ctx.db, def.id, [...new Set(refs.map((r) => r.id))]).map((a) => [a.id, a]));
    const missing = refs.filter((r) => !stored.has(r.id));
    if (missing.length > 0) {
      const errors = describeErrors(
        def,
        missing.map((r) => ({ instancePath: `${r.path}/id`, keyword: 'format', params: { format: 'attachment-id' } })),
        req.lang,
      );
      throw new HttpError(400, 'error.invalidAnswers', {}, errors);
    }
    const total = [...stored.values()].reduce((sum, a) => sum + a.size, 0);
    if (total > ctx.config.submissionAttachmentsMaxBytes) {
      throw new HttpError(413, 'error.attachmentsTooLarge', { limit: Math.round(ctx.config.submissionAttachmentsMaxBytes / 1024 / 1024) });
    }
    // The server's record of each file wins over what the client says about it.
    for (const ref of refs) Object.assign(pointerGet(answers, ref.path) as object, stored.get(ref.id));

    const secret = newSecret();
    const at = now.toISOString();
    const record = { formId: def.id, formVersion: filed.version, answers, status: 'received', tokenHash: sha256Hex(secret), lang: req.lang, now: at };
    let receiptNumber = newReceiptNumber();
    let id: number;
    // One in a billion per filing; the unique index is the judge, so no look-up first.
    for (;;) {
      try {
        id = insertSubmission(ctx.db, { ...record, receiptNumber });
        break;
      } catch (error) {
        if (!isReceiptNumberConflict(error)) throw error;
        receiptNumber = newReceiptNumber();
      }
    }
    claimAttachments(ctx.db, [...stored.keys()], id);
    const response = { receiptNumber, statusUrl: `${req.origin}/s/${statusToken(receiptNumber, secret)}` };
    if (keyHash) saveIdempotentResponse(ctx.db, keyHash, response, at);
    return response;
  });
}

function pointerGet(root: unknown, pointer: string): unknown {
  return splitPointer(pointer).reduce<unknown>((node, seg) => (node as Record<string, unknown> | undefined)?.[seg], root);
}
