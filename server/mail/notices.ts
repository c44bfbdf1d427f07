// The mails madoguchi sends, queued in the outbox inside the caller's transaction (pass tx;
// wake ctx.outbox once it is committed).
// Applicants get their own language with Japanese beside it; staff notifications carry
// no answers (a mail leaves the city's control), only the receipt number and a link.
import type { FormDefinition } from '../../core/definition.ts';
import { topLevelFields } from '../../core/fields.ts';
import { text } from '../../core/i18n.ts';
import { STATUS_LABELS, type Status } from '../../core/status.ts';
import type { Db } from '../store/db.ts';
import { applicationsLinkTexts } from './applications-link-text.ts';
import { type Block, renderHtml, renderText, type Section } from './mail-body.ts';
import { mailTexts, type StatusText } from './mail-texts.ts';
import { queueMail } from './outbox-repo.ts';
import { counterUrl } from './receipt-qr.ts';

/** The applicant's address: the first e-mail field answered at the top level of the form. */
export function applicantEmail(def: FormDefinition, answers: Record<string, unknown>): string | undefined {
  for (const f of topLevelFields(def)) {
    const v = answers[f.field];
    if (f.widget === 'email' && typeof v === 'string' && v.includes('@')) return v;
  }
  return undefined;
}

interface About {
  def: FormDefinition;
  receiptNumber: string;
  answers: Record<string, unknown>;
  /** The applicant's language (submissions.lang). */
  lang: string;
  at: string;
}

const QR_CID = 'receipt-qr@madoguchi';

/** The applicant's language first, then Japanese; Japanese alone for a Japanese filing. */
function inBoth<T>(lang: string, make: (lang: string, texts: ReturnType<typeof mailTexts>) => T): { lang: string; value: T }[] {
  const own = { lang, value: make(lang, mailTexts(lang)) };
  return lang === 'ja' ? [own] : [own, { lang: 'ja', value: make('ja', mailTexts('ja')) }];
}

function subjectOf(parts: { value: string }[]): string {
  return parts.map((p) => p.value).join(' / ');
}

function sectionsOf(parts: { lang: string; value: Block[] }[]): Section[] {
  return parts.map((p) => ({ lang: p.lang, blocks: p.value }));
}

function department(def: FormDefinition): string {
  return def.settings.department;
}

/** The origin of a status link (`${origin}/s/<token>`). Never throws: a mail must not undo a filing. */
function originOf(statusUrl: string): string {
  const i = statusUrl.lastIndexOf('/s/');
  return i >= 0 ? statusUrl.slice(0, i) : (URL.canParse(statusUrl) ? new URL(statusUrl).origin : '');
}

/**
 * 受付 mail with the status link and the counter QR code (inline PNG, drawn at delivery).
 * `origin` is where /staff/r/ lives; by default the origin of the status link.
 */
export async function queueReceiptMail(db: Db, a: About & { statusUrl: string; origin?: string }): Promise<void> {
  const to = applicantEmail(a.def, a.answers);
  if (!to) return;
  const origin = a.origin ?? originOf(a.statusUrl);
  const about = (lang: string) => ({
    title: text(a.def.title, lang),
    receiptNumber: a.receiptNumber,
    statusUrl: a.statusUrl,
    department: department(a.def),
    qrCid: QR_CID,
  });
  const sections = sectionsOf(inBoth(a.lang, (lang, t) => t.receipt(about(lang))));
  await queueMail(
    db,
    {
      to: [to],
      subject: subjectOf(inBoth(a.lang, (lang, t) => t.receiptSubject(about(lang)))),
      text: renderText(sections),
      html: renderHtml(sections),
      qr: { cid: QR_CID, text: counterUrl(origin, a.receiptNumber) },
      lang: a.lang,
    },
    a.at,
  );
}

// Back to `received` only happens as the resubmission after 差戻し.
function statusKind(status: Status): StatusText['kind'] {
  if (status === 'returned' || status === 'withdrawn') return status;
  return status === 'received' ? 'resubmitted' : 'other';
}

export async function queueStatusMail(db: Db, a: About & { status: Status; comment?: string | null }): Promise<void> {
  const to = applicantEmail(a.def, a.answers);
  if (!to) return;
  const about = (lang: string) => ({
    title: text(a.def.title, lang),
    receiptNumber: a.receiptNumber,
    statusLabel: text(STATUS_LABELS[a.status], lang),
    kind: statusKind(a.status),
    comment: a.comment?.trim() || undefined,
    department: department(a.def),
  });
  await queueMail(
    db,
    {
      to: [to],
      subject: subjectOf(inBoth(a.lang, (lang, t) => t.statusSubject(about(lang)))),
      text: renderText(sectionsOf(inBoth(a.lang, (lang, t) => t.status(about(lang))))),
      lang: a.lang,
    },
    a.at,
  );
}

export async function queueMessageMail(db: Db, a: About & { body: string }): Promise<void> {
  const to = applicantEmail(a.def, a.answers);
  if (!to) return;
  const about = (lang: string) => ({ title: text(a.def.title, lang), receiptNumber: a.receiptNumber, body: a.body, department: department(a.def) });
  await queueMail(
    db,
    {
      to: [to],
      subject: subjectOf(inBoth(a.lang, (lang, t) => t.messageSubject(about(lang)))),
      text: renderText(sectionsOf(inBoth(a.lang, (lang, t) => t.message(about(lang))))),
      lang: a.lang,
    },
    a.at,
  );
}

/** To the form's settings.notifications.staffEmails: which form, which receipt, where to open it. No answers. */
export async function queueStaffNotification(
  db: Db,
  a: { def: FormDefinition; receiptNumber: string; origin: string; at: string; /** A correction after 差戻し came back, not a new filing. */ resubmitted?: boolean },
): Promise<void> {
  const to = a.def.settings.notifications?.staffEmails ?? [];
  const title = a.def.title.ja;
  await queueMail(
    db,
    {
      to,
      subject: `【${a.resubmitted ? '再提出' : '新着'}】${title}（受付番号 ${a.receiptNumber}）`,
      text: renderText([
        {
          lang: 'ja',
          blocks: [
            { p: a.resubmitted ? `差戻しをした「${title}」の申請が、修正されて再提出されました。` : `「${title}」に新しい申請がありました。` },
            { p: `受付番号: ${a.receiptNumber}` },
            { p: '申請の内容は、職員用の画面にログインして確認してください（このメールには含めていません）。', link: counterUrl(a.origin, a.receiptNumber) },
          ],
        },
      ]),
      lang: 'ja',
    },
    a.at,
  );
}

/** 「申請の一覧」: the link to every submission filed with `to`, in the asker's language with Japanese beside it. */
export async function queueApplicationsLinkMail(db: Db, a: { to: string; url: string; lang: string; at: string; expiresAt: string }): Promise<void> {
  const until = (lang: string) => {
    const locale = lang === 'ja' || Intl.DateTimeFormat.supportedLocalesOf([lang]).length === 0 ? 'ja-JP' : lang;
    const at = new Date(a.expiresAt).toLocaleString(locale, { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' });
    return lang === 'ja' ? at : `${at} (Japan time)`;
  };
  const parts = inBoth(a.lang, (lang) => applicationsLinkTexts(lang));
  await queueMail(
    db,
    {
      to: [a.to],
      subject: subjectOf(parts.map((p) => ({ value: p.value.subject }))),
      text: renderText(parts.map((p) => ({ lang: p.lang, blocks: p.value.body({ url: a.url, until: until(p.lang) }) }))),
      lang: a.lang,
    },
    a.at,
  );
}

// The expiry in Japan time, in words the reader's language uses.
function expiryText(expiresAt: string, lang: string): string {
  const when = new Date(expiresAt);
  const options = { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  return lang === 'ja'
    ? `${new Intl.DateTimeFormat('ja-JP', options).format(when)}（日本時間）`
    : `${new Intl.DateTimeFormat('en-GB', options).format(when)} (Japan time)`;
}

/**
 * 一時保存: the resume link to the address the citizen typed for it. Nothing of the
 * answers goes in the mail, only the form's title, the link and its expiry; the address
 * is kept nowhere but in this outbox row.
 */
export async function queueResumeLinkMail(db: Db, a: { def: FormDefinition; to: string; resumeUrl: string; expiresAt: string; lang: string; at: string }): Promise<void> {
  const about = (lang: string) => ({ title: text(a.def.title, lang), resumeUrl: a.resumeUrl, expires: expiryText(a.expiresAt, lang), department: department(a.def) });
  await queueMail(
    db,
    {
      to: [a.to],
      subject: subjectOf(inBoth(a.lang, (lang, t) => t.resumeLinkSubject(about(lang)))),
      text: renderText(sectionsOf(inBoth(a.lang, (lang, t) => t.resumeLink(about(lang))))),
      lang: a.lang,
    },
    a.at,
  );
}
