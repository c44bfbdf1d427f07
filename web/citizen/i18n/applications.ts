// Texts of the pages of 「申請の一覧」 (/my) and of 窓口代理入力 (/proxy/forms/...), in the
// citizen's language, falling back to Japanese, filled like the app's t(). They come with
// those pages only: a citizen opening a form never downloads them.
import { useMemo } from 'preact/hooks';
import { applicationsJaEasy, applicationsKo, applicationsPtBR, applicationsVi, applicationsZhCN } from './applications-langs.ts';
import { type Params, useLang } from './index.ts';

export const applicationsJa = {
  'proxy.banner': '窓口代理入力モード（職員: {name}）',
  'proxy.noSession': '窓口代理入力には職員のログインが必要です。',
  'proxy.login': '職員用画面でログインする',
  'proxy.print': '署名用に印刷',
  'proxy.printHint': '印刷した内容を申請者に確かめていただき、署名をもらってください。',
  'proxy.next': '次の方',
  'my.title': '申請の一覧',
  'my.intro': '申請のときに入力したメールアドレスを入力してください。そのアドレスに、これまでの申請の一覧を見るためのリンクをお送りします。アカウントは必要ありません。',
  'my.email': 'メールアドレス',
  'my.send': 'リンクを送る',
  'my.sending': '送っています…',
  'my.sent': '受け付けました。このアドレスで申請があれば、リンクを送りました。リンクには有効期限があります。届かない場合は、アドレスを確かめてください。',
  'my.listTitle': 'これまでの申請',
  'my.none': 'このメールアドレスでの申請はありません。',
  'my.expired': 'このリンクは使えません。有効期限が切れたか、アドレスに誤りがあります。',
  'my.again': 'もう一度リンクを申し込む',
  'my.filed': '申請日',
  'my.updated': '最終更新',
  'my.status': '状況',
  'my.messages': '担当課からのお知らせ',
  'my.fromYou': 'あなたから',
} as const;

export type ApplicationsKey = keyof typeof applicationsJa;

const applicationsEn: Record<ApplicationsKey, string> = {
  'proxy.banner': 'Counter mode: entered by staff ({name})',
  'proxy.noSession': 'Counter mode needs a staff login.',
  'proxy.login': 'Log in to the staff app',
  'proxy.print': 'Print for signature',
  'proxy.printHint': 'Ask the applicant to check the printed answers and sign.',
  'proxy.next': 'Next person',
  'my.title': 'Your applications',
  'my.intro': 'Enter the email address you gave when you applied. We will send a link to that address showing your applications. No account is needed.',
  'my.email': 'Email address',
  'my.send': 'Send the link',
  'my.sending': 'Sending…',
  'my.sent': 'Done. If there are applications with this address, we have sent it a link. The link expires after a while. If nothing arrives, check the address.',
  'my.listTitle': 'Your applications',
  'my.none': 'There are no applications with this email address.',
  'my.expired': 'This link cannot be used. It has expired or the address is wrong.',
  'my.again': 'Ask for a new link',
  'my.filed': 'Applied',
  'my.updated': 'Last updated',
  'my.status': 'Status',
  'my.messages': 'Messages from the office',
  'my.fromYou': 'From you',
};

/** Other languages are added here beside English (missing keys fall back to Japanese). */
export const applicationsCatalogues: Record<string, Partial<Record<ApplicationsKey, string>>> = {
  ja: applicationsJa,
  'ja-easy': applicationsJaEasy,
  en: applicationsEn,
  'zh-CN': applicationsZhCN,
  ko: applicationsKo,
  vi: applicationsVi,
  'pt-BR': applicationsPtBR,
};

export function applicationsText(lang: string, key: ApplicationsKey, params: Params = {}): string {
  const template = applicationsCatalogues[lang]?.[key] ?? applicationsJa[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function useApplicationsText(): (key: ApplicationsKey, params?: Params) => string {
  const { lang } = useLang();
  return useMemo(() => (key: ApplicationsKey, params?: Params) => applicationsText(lang, key, params), [lang]);
}
