// What the mails say, per language. Applicants read their own language first with the
// Japanese beside it (the office and family members read Japanese); Japanese alone when
// they filed in Japanese. Short sentences, one thing each: people read these on a phone.
import type { Block } from './mail-body.ts';
import { jaEasy } from './mail-texts-ja-easy.ts';
import { ko } from './mail-texts-ko.ts';
import { ptBR } from './mail-texts-pt-BR.ts';
import { vi } from './mail-texts-vi.ts';
import { zhCN } from './mail-texts-zh-CN.ts';

export interface ReceiptText {
  title: string;
  receiptNumber: string;
  statusUrl: string;
  department: string;
  qrCid: string;
}

export interface StatusText {
  title: string;
  receiptNumber: string;
  statusLabel: string;
  /** What the mail is about: 差戻し asks for a correction, a resubmission is back at 受付, the applicant withdrew. */
  kind: 'returned' | 'resubmitted' | 'withdrawn' | 'other';
  /** The clerk's comment, or the applicant's own when they withdrew. */
  comment?: string;
  department: string;
}

export interface MessageText {
  title: string;
  receiptNumber: string;
  body: string;
  department: string;
}

/** 一時保存: the link to continue an unfinished application, and until when it works. */
export interface ResumeLinkText {
  title: string;
  resumeUrl: string;
  /** The expiry, already written for this language in Japan time. */
  expires: string;
  department: string;
}

export interface MailTexts {
  receiptSubject(t: ReceiptText): string;
  receipt(t: ReceiptText): Block[];
  statusSubject(t: StatusText): string;
  status(t: StatusText): Block[];
  messageSubject(t: MessageText): string;
  message(t: MessageText): Block[];
  resumeLinkSubject(t: ResumeLinkText): string;
  resumeLink(t: ResumeLinkText): Block[];
}

const ja: MailTexts = {
  receiptSubject: (t) => `【受付】${t.title}（受付番号 ${t.receiptNumber}）`,
  receipt: (t) => [
    { p: `「${t.title}」を受け付けました。` },
    { p: `受付番号: ${t.receiptNumber}` },
    {
      p: '申請の状況は、次のリンクで確認できます。このリンクを開くと誰でも状況を見られるので、他の人には教えないでください。',
      link: t.statusUrl,
    },
    { p: '窓口にお越しの際は、受付番号か、このメールのQRコードを職員にお見せください。' },
    { qr: t.qrCid, alt: `窓口用QRコード（受付番号 ${t.receiptNumber}）` },
    { p: `このメールは送信専用です。返信はできません。お問い合わせは${t.department}へお願いします。` },
  ],
  statusSubject: (t) => `【${t.statusLabel}】${t.title}（受付番号 ${t.receiptNumber}）`,
  status: (t) => [
    {
      p:
        t.kind === 'resubmitted'
          ? `受付番号 ${t.receiptNumber}（${t.title}）の修正した申請を受け付けました。`
          : t.kind === 'withdrawn'
            ? `受付番号 ${t.receiptNumber}（${t.title}）の申請を取り下げました。`
            : `受付番号 ${t.receiptNumber}（${t.title}）の状況が「${t.statusLabel}」になりました。`,
    },
    ...(t.comment ? [{ p: `${t.kind === 'withdrawn' ? 'あなたが書いた理由' : '担当課からのコメント'}:\n${t.comment}` }] : []),
    {
      p:
        t.kind === 'returned'
          ? '申請内容の修正をお願いします。受付のときのメールにある状況確認リンクを開き、内容を直して、もう一度送信してください。'
          : '詳しくは、受付のときのメールにある状況確認リンクからご確認ください。',
    },
    { p: `このメールは送信専用です。返信はできません。お問い合わせは${t.department}へお願いします。` },
  ],
  messageSubject: (t) => `【お知らせ】${t.title}（受付番号 ${t.receiptNumber}）`,
  message: (t) => [
    { p: `受付番号 ${t.receiptNumber}（${t.title}）について、${t.department}からのお知らせです。` },
    { p: t.body },
    { p: 'このお知らせは、受付のときのメールにある状況確認リンクからもご覧になれます。' },
    { p: `このメールは送信専用です。返信はできません。お問い合わせは${t.department}へお願いします。` },
  ],
  resumeLinkSubject: (t) => `【一時保存】${t.title}（続きの入力用リンク）`,
  resumeLink: (t) => [
    { p: `「${t.title}」の入力内容を一時保存しました。まだ申請は済んでいません。` },
    { p: '次のリンクを開くと、保存した内容から続きを入力できます。別のスマートフォンやパソコンでも開けます。', link: t.resumeUrl },
    { p: `このリンクは${t.expires}まで有効です。過ぎると、保存した内容は消去されます。` },
    { p: 'このリンクを開くと誰でも入力内容を見られます。他の人には教えないでください。' },
    { p: `心当たりのない場合は、このメールを削除してください。このメールは送信専用です。お問い合わせは${t.department}へお願いします。` },
  ],
};

const en: MailTexts = {
  receiptSubject: (t) => `Received: ${t.title} (receipt number ${t.receiptNumber})`,
  receipt: (t) => [
    { p: `Your application has been received: ${t.title}.` },
    { p: `Receipt number: ${t.receiptNumber}` },
    { p: 'You can check its status with this link. Anyone who opens the link can see the status, so do not share it.', link: t.statusUrl },
    { p: 'If you come to the city office, show the receipt number or the QR code in this mail to the staff.' },
    { qr: t.qrCid, alt: `QR code for the counter (receipt number ${t.receiptNumber})` },
    { p: `This mail is sent automatically; replies are not read. For questions, contact ${t.department}.` },
  ],
  statusSubject: (t) => `${t.statusLabel}: ${t.title} (receipt number ${t.receiptNumber})`,
  status: (t) => [
    {
      p:
        t.kind === 'resubmitted'
          ? `We have received your corrected application: receipt number ${t.receiptNumber} (${t.title}).`
          : t.kind === 'withdrawn'
            ? `Your application with receipt number ${t.receiptNumber} (${t.title}) has been withdrawn.`
            : `The status of receipt number ${t.receiptNumber} (${t.title}) is now: ${t.statusLabel}.`,
    },
    ...(t.comment ? [{ p: `${t.kind === 'withdrawn' ? 'The reason you gave' : 'Comment from the office'}:\n${t.comment}` }] : []),
    {
      p:
        t.kind === 'returned'
        ? 'Please correct your application: open the status link from your receipt mail, change what is needed and send it again.'
        : 'For details, open the status link from your receipt mail.',
    },
    { p: `This mail is sent automatically; replies are not read. For questions, contact ${t.department}.` },
  ],
  messageSubject: (t) => `Message: ${t.title} (receipt number ${t.receiptNumber})`,
  message: (t) => [
    { p: `A message from ${t.department} about receipt number ${t.receiptNumber} (${t.title}):` },
    { p: t.body },
    { p: 'You can also read it through the status link in your receipt mail.' },
    { p: `This mail is sent automatically; replies are not read. For questions, contact ${t.department}.` },
  ],
  resumeLinkSubject: (t) => `Saved: ${t.title} (link to continue)`,
  resumeLink: (t) => [
    { p: `Your answers to ${t.title} have been saved. The application has not been sent yet.` },
    { p: 'Open this link to continue where you stopped, on this or another phone or computer.', link: t.resumeUrl },
    { p: `The link works until ${t.expires}. After that, the saved answers are deleted.` },
    { p: 'Anyone who opens the link can see your answers, so do not share it.' },
    { p: `If you did not ask for this, delete this mail. It is sent automatically; replies are not read. For questions, contact ${t.department}.` },
  ],
};

const catalogues: Record<string, MailTexts> = { ja, 'ja-easy': jaEasy, en, 'zh-CN': zhCN, ko, vi, 'pt-BR': ptBR };

export function mailTexts(lang: string): MailTexts {
  return Object.hasOwn(catalogues, lang) ? catalogues[lang]! : en;
}
