// 「申請の一覧」 without an account: a citizen gives an e-mail address, and the address
// receives a link listing every submission filed with it (docs/adr/0011). Asking says
// nothing about whether the address has filed anything: the answer is the same, and the
// work is the same (a link row is written either way, in one durable transaction); only
// an address with filings is mailed, so nobody is mailed for a service they never used.
import { text } from '../../core/i18n.ts';
import { STATUS_LABELS, type Status } from '../../core/status.ts';
import type { AppContext } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { queueApplicationsLinkMail } from '../mail/notices.ts';
import { message } from '../messages.ts';
import { deleteExpiredLinks, hasSubmissionsFrom, insertApplicantLink, liveLinkEmailHash, submissionsFrom } from '../store/applicant-links-repo.ts';
import type { Db } from '../store/db.ts';
import { dialect } from '../store/dialect.ts';
import { listMessages } from '../store/messages-repo.ts';
import { hit } from '../store/shared-limits-repo.ts';
import { emailHash } from './applicant-email.ts';
import { newSecret, sha256Hex } from './tokens.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LINK_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const HOUR_MS = 60 * 60 * 1000;

const EMAIL_LABEL: Record<string, string> = { ja: 'メールアドレス', en: 'Email address' };

/** The address asked about, or a 400 naming the field. */
export function parseEmailRequest(body: unknown, lang: string): string {
  const raw = body && typeof body === 'object' ? (body as { email?: unknown }).email : undefined;
  const address = typeof raw === 'string' ? raw.trim() : '';
  if (address.length > 254 || !EMAIL.test(address)) {
    const label = EMAIL_LABEL[lang] ?? EMAIL_LABEL.ja!;
    const msg = message('format.email', lang, { label });
    throw new HttpError(400, 'format.email', { label }, [{ path: '/email', code: address ? 'format' : 'required', message: msg }]);
  }
  return address;
}

/**
 * Requests for one address per hour, by hash, counted whether the address has filed or
 * not. SQLite (one instance) counts in memory, over a sliding hour: a restart forgets,
 * which only lets a few more mails through. On PostgreSQL every instance counts in the
 * same shared counter (a fixed hour from the first request), keyed by the hash alone.
 */
export class PerEmailLimit {
  private readonly seen = new Map<string, number[]>();
  constructor(private readonly perHour: number) {}

  /** Seconds to wait, or 0 when this request may go ahead (and is counted). */
  async take(db: Db, hash: string, nowMs: number): Promise<number> {
    if (this.perHour <= 0) return 0;
    if (dialect === 'pg') {
      const { count, resetAt } = await hit(db, `applications-link:${hash}`, HOUR_MS, nowMs);
      return count > this.perHour ? Math.max(1, Math.ceil((resetAt - nowMs) / 1000)) : 0;
    }
    return this.takeInMemory(hash, nowMs);
  }

  private takeInMemory(hash: string, nowMs: number): number {
    const recent = (this.seen.get(hash) ?? []).filter((t) => nowMs - t < HOUR_MS);
    if (recent.length >= this.perHour) {
      this.seen.set(hash, recent);
      return Math.max(1, Math.ceil((recent[0]! + HOUR_MS - nowMs) / 1000));
    }
    recent.push(nowMs);
    this.seen.set(hash, recent);
    if (this.seen.size > 10_000) for (const [k, v] of this.seen) if (v.every((t) => nowMs - t >= HOUR_MS)) this.seen.delete(k);
    return 0;
  }
}

export async function requestApplicationsLink(ctx: AppContext, limit: PerEmailLimit, a: { address: string; lang: string; origin: string }): Promise<void> {
  const hash = emailHash(a.address);
  const now = ctx.now();
  const wait = await limit.take(ctx.db, hash, now.getTime());
  if (wait > 0) throw new HttpError(429, 'error.rateLimited', { seconds: wait }, undefined, { retryAfter: wait });
  const token = newSecret();
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + ctx.config.applicationsLink.ttlHours * HOUR_MS).toISOString();
  await ctx.writes.run(async (tx) => {
    await deleteExpiredLinks(tx, at);
    await insertApplicantLink(tx, { tokenHash: sha256Hex(token), emailHash: hash, createdAt: at, expiresAt });
    if (await hasSubmissionsFrom(tx, hash)) {
      await queueApplicationsLinkMail(tx, { to: a.address, url: `${a.origin}/my/${token}`, lang: a.lang, at, expiresAt });
    }
  });
  ctx.outbox.wake();
}

/** Every submission filed with the link's address, newest first, with the office's messages (never internal notes). */
export async function listApplications(ctx: AppContext, token: string, lang: string) {
  const hash = LINK_TOKEN.test(token) ? await liveLinkEmailHash(ctx.db, sha256Hex(token), ctx.now().toISOString()) : undefined;
  if (!hash) throw new HttpError(404, 'error.notFound');
  const filed = await submissionsFrom(ctx.db, hash);
  return {
    applications: await Promise.all(
      filed.map(async (s) => {
        const form = await ctx.catalog.version(s.formId, s.formVersion);
        const messages = await listMessages(ctx.db, s.id, 'applicant');
        return {
          receiptNumber: s.receiptNumber,
          formTitle: form ? text(form.definition.title, lang) : s.formId,
          status: s.status,
          statusLabel: text(STATUS_LABELS[s.status as Status] ?? { ja: s.status }, lang),
          submittedAt: s.createdAt,
          updatedAt: s.updatedAt,
          messages: messages.map((m) => ({ at: m.at, body: m.body, fromApplicant: m.author === null })),
        };
      }),
    ),
  };
}
