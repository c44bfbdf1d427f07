// 一時保存: answers a citizen keeps on the server behind a resume-link secret, to continue
// later or on another device (docs/adr/0010-saving-progress.md). Like status links, only the
// secret's SHA-256 is stored; sensitive answers are sealed as in a submission, bound to the
// draft's token hash instead of a receipt number. Answers are normalised but need not be
// complete or valid: the citizen is halfway.
import { attachmentRefs } from '../../core/attachment-refs.ts';
import type { FormDefinition } from '../../core/definition.ts';
import { normalizeAnswers } from '../../core/normalize.ts';
import type { AppContext } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { queueResumeLinkMail } from '../mail/notices.ts';
import { openAnswers, sealAnswers } from '../sensitive/answers.ts';
import { deleteDraft, draftByTokenHash, insertDraft, keepAttachments, updateDraft, type DraftRow } from '../store/drafts-repo.ts';
import { newSecret, sha256Hex } from '../submissions/tokens.ts';
import { type DraftInput, isObject, parseDraftInput } from './draft-input.ts';
import { MailLimit } from './mail-limit.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface SavedDraft {
  resumeUrl: string;
  expiresAt: string;
}

export interface OpenedDraft {
  formId: string;
  version: number;
  answers: Record<string, unknown>;
  page: number;
  lang: string;
  expiresAt: string;
}

/** What seals a draft's answers to it: a receipt number cannot look like this. */
const binding = (tokenHash: string) => `draft:${tokenHash}`;

const limits = new WeakMap<AppContext, MailLimit>();
function mailLimit(ctx: AppContext): MailLimit {
  let l = limits.get(ctx);
  if (!l) limits.set(ctx, (l = new MailLimit(ctx.config.drafts.mailsPerAddressPerHour)));
  return l;
}

/** The definition the body names (read before parsing it: the parse itself is synchronous). */
async function formVersions(ctx: AppContext, formId: string, body: unknown) {
  const current = ctx.catalog.currentVersion(formId);
  if (!current) throw new HttpError(404, 'error.formNotFound');
  const named = isObject(body) && Number.isSafeInteger(body.version) ? await ctx.catalog.version(formId, body.version as number) : undefined;
  return (version: number) => (named?.version === version ? named.definition : undefined);
}

function stored(ctx: AppContext, def: FormDefinition, input: DraftInput, tokenHash: string) {
  const answers = normalizeAnswers(def, input.answers);
  const refs = [...new Set(attachmentRefs(def, answers).map((r) => r.id))];
  return { answers: sealAnswers(ctx.sealer, def, answers, binding(tokenHash)), refs };
}

async function checkMailLimit(ctx: AppContext, email: string | undefined): Promise<void> {
  if (!email) return;
  const wait = await mailLimit(ctx).take(ctx.db, email, ctx.now().getTime());
  if (wait > 0) throw new HttpError(429, 'error.resumeMailLimited', { minutes: wait }, undefined, { retryAfter: wait * 60 });
}

export async function createDraft(ctx: AppContext, formId: string, body: unknown, lang: string, origin: string): Promise<SavedDraft> {
  const { input, def } = parseDraftInput(body, lang, await formVersions(ctx, formId, body));
  await checkMailLimit(ctx, input.email);
  const secret = newSecret();
  const tokenHash = sha256Hex(secret);
  const { answers, refs } = stored(ctx, def, input, tokenHash);
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ctx.config.drafts.ttlDays * DAY_MS).toISOString();
  const resumeUrl = `${origin}/resume/${secret}`;
  await ctx.writes.run(async (tx) => {
    const at = now.toISOString();
    const id = await insertDraft(tx, { tokenHash, formId: def.id, formVersion: input.version, answers, page: input.page, lang, now: at, expiresAt });
    await keepAttachments(tx, id, def.id, refs);
    // In this transaction, like every mail: no link is mailed for a draft that was not saved.
    if (input.email) await queueResumeLinkMail(tx, { def, to: input.email, resumeUrl, expiresAt, lang, at });
  });
  if (input.email) ctx.outbox.wake();
  return { resumeUrl, expiresAt };
}

async function find(ctx: AppContext, token: string): Promise<DraftRow & { tokenHash: string }> {
  const row = TOKEN.test(token) ? await draftByTokenHash(ctx.db, sha256Hex(token), ctx.now().toISOString()) : undefined;
  if (!row) throw new HttpError(404, 'error.draftNotFound');
  return row;
}

export async function openDraft(ctx: AppContext, token: string): Promise<OpenedDraft> {
  const row = await find(ctx, token);
  const { answers } = openAnswers(ctx.sealer, row.answers as Record<string, unknown>, binding(row.tokenHash));
  return { formId: row.formId, version: row.formVersion, answers, page: row.page, lang: row.lang, expiresAt: row.expiresAt };
}

/** Saves newer answers under the same link (and mails it again if asked); the expiry stays. */
export async function saveDraft(ctx: AppContext, token: string, body: unknown, lang: string, origin: string): Promise<SavedDraft> {
  const row = await find(ctx, token);
  const { input, def } = parseDraftInput(body, lang, await formVersions(ctx, row.formId, body));
  await checkMailLimit(ctx, input.email);
  const { answers, refs } = stored(ctx, def, input, row.tokenHash);
  const resumeUrl = `${origin}/resume/${token}`;
  await ctx.writes.run(async (tx) => {
    const at = ctx.now().toISOString();
    await updateDraft(tx, row.id, { formVersion: input.version, answers, page: input.page, lang, now: at });
    await keepAttachments(tx, row.id, def.id, refs);
    if (input.email) await queueResumeLinkMail(tx, { def, to: input.email, resumeUrl, expiresAt: row.expiresAt, lang, at });
  });
  if (input.email) ctx.outbox.wake();
  return { resumeUrl, expiresAt: row.expiresAt };
}

export async function discardDraft(ctx: AppContext, token: string): Promise<void> {
  const row = await find(ctx, token);
  await ctx.writes.run((tx) => deleteDraft(tx, row.id));
}
