// The 「申請の一覧」 mail, per language (English for any language without its own text yet, Japanese beside it as in every mail).
// It carries the link and nothing of the applications themselves: a mail leaves the city's control.
import type { Block } from './mail-body.ts';

export interface ApplicationsLinkText {
  url: string;
  /** When the link stops working, as the reader reads dates (Japan time). */
  until: string;
}

interface Texts {
  subject: string;
  body(t: ApplicationsLinkText): Block[];
}

const ja: Texts = {
  subject: '【申請の一覧】これまでの申請を確認するリンク',
  body: (t) => [
    { p: 'このメールアドレスで行った申請の一覧を見るためのリンクです。' },
    { p: '次のリンクを開くと、受付番号・状況・担当課からのお知らせを確認できます。このリンクを開くと誰でも一覧を見られるので、他の人には教えないでください。', link: t.url },
    { p: `このリンクは ${t.until} まで使えます。それ以降は、もう一度「申請の一覧」から申し込んでください。` },
    { p: '心当たりがない場合は、このメールを削除してください。何も変わりません。' },
    { p: 'このメールは送信専用です。返信はできません。' },
  ],
};

const en: Texts = {
  subject: 'Your applications: the link to see them',
  body: (t) => [
    { p: 'Here is the link to the list of applications made with this email address.' },
    { p: 'Open it to see each receipt number, its status and the messages from the office. Anyone with this link can see the list, so do not share it.', link: t.url },
    { p: `The link works until ${t.until}. After that, ask for a new one from "Your applications".` },
    { p: 'If you did not ask for this, delete this mail. Nothing changes.' },
    { p: 'This mail is sent automatically. Replies are not read.' },
  ],
};

const TEXTS: Record<string, Texts> = { ja, en };

export function applicationsLinkTexts(lang: string): Texts {
  return TEXTS[lang] ?? en;
}
