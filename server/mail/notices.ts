// The mails madoguchi sends, queued in the outbox inside the caller's transaction.
// Applicants get their own language with Japanese beside it; staff notifications carry
// no answers (a mail leaves the city's control), only the receipt number and a link.
import type { FormDefinition } from '../../core/definition.ts';
import { topLevelFields } from '../../core/fields.ts';
import { text } from '../../core/i18n.ts';
import { STATUS_LABELS, type Status } from '../../core/status.ts';
import type { Db } from '../store/db.ts';
import { queueMail } from './outbox-repo.ts';

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

function both(lang: string, ja: string, other: string): string {
  return lang === 'ja' ? ja : `${other}\n\n---\n\n${ja}`;
}

export function queueReceiptMail(db: Db, a: About & { statusUrl: string }): void {
  const to = applicantEmail(a.def, a.answers);
  if (!to) return;
  const titleJa = a.def.title.ja;
  const title = text(a.def.title, a.lang);
  queueMail(
    db,
    {
      to: [to],
      subject: `【受付】${titleJa}（受付番号 ${a.receiptNumber}）`,
      text: both(
        a.lang,
        `${titleJa}の申請を受け付けました。\n受付番号: ${a.receiptNumber}\n\n状況は次のリンクで確認できます（他の人に教えないでください）。\n${a.statusUrl}`,
        `We received your application: ${title}\nReceipt number: ${a.receiptNumber}\n\nCheck its status here (keep this link private):\n${a.statusUrl}`,
      ),
    },
    a.at,
  );
}

export function queueStatusMail(db: Db, a: About & { status: Status; comment?: string | null }): void {
  const to = applicantEmail(a.def, a.answers);
  if (!to) return;
  const labelJa = STATUS_LABELS[a.status].ja;
  const label = text(STATUS_LABELS[a.status], a.lang);
  const note = a.comment ? `\n\n${a.comment}` : '';
  queueMail(
    db,
    {
      to: [to],
      subject: `【${labelJa}】${a.def.title.ja}（受付番号 ${a.receiptNumber}）`,
      text: both(
        a.lang,
        `受付番号 ${a.receiptNumber} の状況が「${labelJa}」になりました。${note}\n\n詳しくは受付時のメールにある状況確認リンクからご確認ください。`,
        `The status of receipt number ${a.receiptNumber} is now: ${label}.${note}\n\nOpen the status link from your receipt mail for details.`,
      ),
    },
    a.at,
  );
}

export function queueMessageMail(db: Db, a: About & { body: string }): void {
  const to = applicantEmail(a.def, a.answers);
  if (!to) return;
  queueMail(
    db,
    {
      to: [to],
      subject: `【お知らせ】${a.def.title.ja}（受付番号 ${a.receiptNumber}）`,
      text: both(
        a.lang,
        `受付番号 ${a.receiptNumber} について、担当課からのお知らせです。\n\n${a.body}\n\n状況確認リンクからもご覧になれます。`,
        `A message from the city office about receipt number ${a.receiptNumber}:\n\n${a.body}\n\nYou can also read it through your status link.`,
      ),
    },
    a.at,
  );
}

export function queueStaffNotification(db: Db, a: { def: FormDefinition; receiptNumber: string; origin: string; at: string }): void {
  const to = a.def.settings.notifications?.staffEmails ?? [];
  queueMail(
    db,
    {
      to,
      subject: `【新着】${a.def.title.ja}（受付番号 ${a.receiptNumber}）`,
      text: `${a.def.title.ja}に新しい申請がありました。\n受付番号: ${a.receiptNumber}\n${a.origin}/staff/r/${encodeURIComponent(a.receiptNumber)}`,
    },
    a.at,
  );
}
