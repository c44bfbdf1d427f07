// The two mails only a form with places sends: "you are on the waiting list" (instead of
// the receipt mail, with the same status link) and 繰り上げ "a place freed, you have it".
// Queued in the caller's transaction like every notice (server/mail/notices.ts), in the
// applicant's language with Japanese beside it.
import type { FormDefinition } from '../../core/definition.ts';
import { text } from '../../core/i18n.ts';
import type { Db } from '../store/db.ts';
import { applicantEmail } from '../mail/notices.ts';
import { renderHtml, renderText, type Section } from '../mail/mail-body.ts';
import { queueMail } from '../mail/outbox-repo.ts';

interface Texts {
  waitlistedSubject(title: string, receipt: string): string;
  waitlisted(title: string, receipt: string, what: string, position: number | undefined): string;
  promotedSubject(title: string, receipt: string): string;
  promoted(title: string, receipt: string, what: string): string;
  statusLink: string;
  contact(department: string): string;
}

const TEXTS: Record<string, Texts> = {
  ja: {
    waitlistedSubject: (t, r) => `【順番待ち】${t}（受付番号 ${r}）`,
    waitlisted: (t, r, w, n) =>
      `「${t}」${w}は満員のため、順番待ちとして受け付けました（受付番号 ${r}）。${n ? `現在 ${n} 番目です。` : ''}\n` +
      'まだ申込みは確定していません。空きが出たら、受け付けた順に繰り上げて、メールでお知らせします。',
    promotedSubject: (t, r) => `【繰り上げ】${t}（受付番号 ${r}）`,
    promoted: (t, r, w) => `空きが出たため、順番待ちだった「${t}」${w}の申込みを繰り上げて受け付けました（受付番号 ${r}）。申込みは確定しています。`,
    statusLink: '申請の状況は、次のリンクで確認できます（取下げもできます）。',
    contact: (d) => `お問い合わせ: ${d}`,
  },
  'ja-easy': {
    waitlistedSubject: (t, r) => `【順番待ち】${t}（受付番号 ${r}）`,
    waitlisted: (t, r, w, n) =>
      `「${t}」${w}は人数がいっぱいです。あなたは順番を待っています（受付番号 ${r}）。${n ? `いま ${n} 番目です。` : ''}\n` +
      'まだ決まっていません。空きが出たら、順番に、メールで知らせます。',
    promotedSubject: (t, r) => `【繰り上げ】${t}（受付番号 ${r}）`,
    promoted: (t, r, w) => `空きが出ました。「${t}」${w}に申し込みできました（受付番号 ${r}）。`,
    statusLink: 'いまの様子は、このリンクで見ることができます。',
    contact: (d) => `聞きたいことは: ${d}`,
  },
  en: {
    waitlistedSubject: (t, r) => `On the waiting list: ${t} (receipt ${r})`,
    waitlisted: (t, r, w, n) =>
      `“${t}”${w} is full, so your application is on the waiting list (receipt number ${r}).${n ? ` You are number ${n}.` : ''}\n` +
      'It is not confirmed yet. When a place frees up, the waiting list moves up in the order applications came in, and we will tell you by mail.',
    promotedSubject: (t, r) => `A place is yours: ${t} (receipt ${r})`,
    promoted: (t, r, w) => `A place freed up: your application for “${t}”${w} has moved up from the waiting list and is now confirmed (receipt number ${r}).`,
    statusLink: 'See the status of your application (or withdraw it) here:',
    contact: (d) => `Contact: ${d}`,
  },
  'zh-CN': {
    waitlistedSubject: (t, r) => `【候补】${t}（受理编号 ${r}）`,
    waitlisted: (t, r, w, n) => `“${t}”${w}已满，您的申请已作为候补受理（受理编号 ${r}）。${n ? `目前排第 ${n} 位。` : ''}\n申请尚未确定。有空位时将按受理顺序递补，并通过邮件通知您。`,
    promotedSubject: (t, r) => `【递补】${t}（受理编号 ${r}）`,
    promoted: (t, r, w) => `因出现空位，您候补的“${t}”${w}申请已递补受理（受理编号 ${r}），申请已确定。`,
    statusLink: '可通过以下链接查看申请状态（也可撤回）：',
    contact: (d) => `咨询：${d}`,
  },
  ko: {
    waitlistedSubject: (t, r) => `【대기】${t}（접수번호 ${r}）`,
    waitlisted: (t, r, w, n) => `「${t}」${w}은(는) 정원이 다 차서 대기자로 접수되었습니다(접수번호 ${r}).${n ? ` 현재 ${n}번째입니다.` : ''}\n아직 확정되지 않았습니다. 자리가 나면 접수 순서대로 넘어가며 메일로 알려 드립니다.`,
    promotedSubject: (t, r) => `【확정】${t}（접수번호 ${r}）`,
    promoted: (t, r, w) => `자리가 나서 대기 중이던 「${t}」${w} 신청이 확정되었습니다(접수번호 ${r}).`,
    statusLink: '신청 상황은 다음 링크에서 확인할 수 있습니다(취하도 가능).',
    contact: (d) => `문의: ${d}`,
  },
  vi: {
    waitlistedSubject: (t, r) => `Danh sách chờ: ${t} (số tiếp nhận ${r})`,
    waitlisted: (t, r, w, n) => `“${t}”${w} đã hết chỗ nên đơn của bạn được đưa vào danh sách chờ (số tiếp nhận ${r}).${n ? ` Bạn đang ở vị trí thứ ${n}.` : ''}\nĐơn chưa được xác nhận. Khi có chỗ trống, chúng tôi sẽ xét theo thứ tự và báo cho bạn qua e-mail.`,
    promotedSubject: (t, r) => `Đã có chỗ: ${t} (số tiếp nhận ${r})`,
    promoted: (t, r, w) => `Đã có chỗ trống: đơn “${t}”${w} của bạn đã được chuyển từ danh sách chờ và được xác nhận (số tiếp nhận ${r}).`,
    statusLink: 'Xem tình trạng đơn (hoặc rút đơn) tại:',
    contact: (d) => `Liên hệ: ${d}`,
  },
  'pt-BR': {
    waitlistedSubject: (t, r) => `Lista de espera: ${t} (protocolo ${r})`,
    waitlisted: (t, r, w, n) => `“${t}”${w} está lotado, e seu pedido entrou na lista de espera (protocolo ${r}).${n ? ` Você é o número ${n}.` : ''}\nAinda não está confirmado. Quando abrir uma vaga, a lista anda pela ordem de chegada e avisaremos por e-mail.`,
    promotedSubject: (t, r) => `Vaga confirmada: ${t} (protocolo ${r})`,
    promoted: (t, r, w) => `Abriu uma vaga: seu pedido para “${t}”${w} saiu da lista de espera e está confirmado (protocolo ${r}).`,
    statusLink: 'Veja a situação do pedido (ou desista dele) aqui:',
    contact: (d) => `Contato: ${d}`,
  },
};

const textsOf = (lang: string): Texts => TEXTS[lang] ?? TEXTS.ja!;

interface About {
  def: FormDefinition;
  receiptNumber: string;
  answers: Record<string, unknown>;
  lang: string;
  at: string;
  /** The slot's label (already looked up in the definition), or undefined for a form without slots. */
  slotLabel?: { ja: string } & Record<string, string | undefined>;
}

function langsOf(lang: string): string[] {
  return lang === 'ja' ? ['ja'] : [lang, 'ja'];
}

function what(a: About, lang: string): string {
  return a.slotLabel ? `（${text(a.slotLabel, lang)}）` : '';
}

async function queue(db: Db, a: About, subject: (t: Texts, lang: string) => string, body: (t: Texts, lang: string) => Section['blocks']): Promise<void> {
  const to = applicantEmail(a.def, a.answers);
  if (!to) return;
  const langs = langsOf(a.lang);
  const sections: Section[] = langs.map((lang) => ({ lang, blocks: [...body(textsOf(lang), lang), { p: textsOf(lang).contact(a.def.settings.department) }] }));
  await queueMail(
    db,
    { to: [to], subject: langs.map((l) => subject(textsOf(l), l)).join(' / '), text: renderText(sections), html: renderHtml(sections), lang: a.lang },
    a.at,
  );
}

/** Sent instead of the receipt mail when the filing went on the waiting list. */
export function queueWaitlistedMail(db: Db, a: About & { statusUrl: string; position?: number }): Promise<void> {
  return queue(
    db,
    a,
    (t, l) => t.waitlistedSubject(text(a.def.title, l), a.receiptNumber),
    (t, l) => [{ p: t.waitlisted(text(a.def.title, l), a.receiptNumber, what(a, l), a.position) }, { p: t.statusLink, link: a.statusUrl }],
  );
}

/** 繰り上げ: the applicant now holds a place. */
export function queuePromotedMail(db: Db, a: About): Promise<void> {
  return queue(
    db,
    a,
    (t, l) => t.promotedSubject(text(a.def.title, l), a.receiptNumber),
    (t, l) => [{ p: t.promoted(text(a.def.title, l), a.receiptNumber, what(a, l)) }],
  );
}
