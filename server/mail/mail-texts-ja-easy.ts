// やさしい日本語 mail texts: short sentences, one thing each (the ordinary Japanese
// version comes beside them, see notices.ts).
import type { MailTexts } from './mail-texts.ts';

export const jaEasy: MailTexts = {
  receiptSubject: (t) => `【受付】${t.title}（受付番号 ${t.receiptNumber}）`,
  receipt: (t) => [
    { p: `「${t.title}」の申請（しんせい）が届きました。` },
    { p: `受付番号（うけつけばんごう）: ${t.receiptNumber}` },
    { p: '次のリンクで、申請がどうなったかを見ることができます。リンクを開くと、だれでも見ることができます。ほかの人に教えないでください。', link: t.statusUrl },
    { p: '窓口（まどぐち）に来るときは、受付番号か、このメールのQRコードを見せてください。' },
    { qr: t.qrCid, alt: `窓口で見せるQRコード（受付番号 ${t.receiptNumber}）` },
    { p: `このメールに返事はできません。聞きたいことは、${t.department}に聞いてください。` },
  ],
  statusSubject: (t) => `【${t.statusLabel}】${t.title}（受付番号 ${t.receiptNumber}）`,
  status: (t) => [
    {
      p:
        t.kind === 'resubmitted'
          ? `受付番号 ${t.receiptNumber}（${t.title}）の、直した申請が届きました。`
          : t.kind === 'withdrawn'
            ? `受付番号 ${t.receiptNumber}（${t.title}）の申請をやめました。`
            : `受付番号 ${t.receiptNumber}（${t.title}）は「${t.statusLabel}」になりました。`,
    },
    ...(t.comment ? [{ p: `${t.kind === 'withdrawn' ? 'あなたが書いた理由' : '市の担当の人からのコメント'}:\n${t.comment}` }] : []),
    {
      p:
        t.kind === 'returned'
          ? '申請を直してください。受付のメールのリンクを開いてください。直してから、もう一度送ってください。'
          : 'くわしいことは、受付のメールのリンクを開いて見てください。',
    },
    { p: `このメールに返事はできません。聞きたいことは、${t.department}に聞いてください。` },
  ],
  messageSubject: (t) => `【お知らせ】${t.title}（受付番号 ${t.receiptNumber}）`,
  message: (t) => [
    { p: `受付番号 ${t.receiptNumber}（${t.title}）について、${t.department}からのお知らせです。` },
    { p: t.body },
    { p: 'このお知らせは、受付のメールのリンクからも見ることができます。' },
    { p: `このメールに返事はできません。聞きたいことは、${t.department}に聞いてください。` },
  ],
  resumeLinkSubject: (t) => `【一時保存】${t.title}（続きを書くリンク）`,
  resumeLink: (t) => [
    { p: `「${t.title}」に書いたものを保存しました。申請はまだ終わっていません。` },
    { p: '次のリンクを開くと、続きを書くことができます。ほかのスマートフォンやパソコンでも開くことができます。', link: t.resumeUrl },
    { p: `このリンクは${t.expires}まで使うことができます。その後、保存したものは消えます。` },
    { p: 'リンクを開くと、だれでも書いたものを見ることができます。ほかの人に教えないでください。' },
    { p: `このメールに心当たりがないときは、メールを消してください。このメールに返事はできません。聞きたいことは、${t.department}に聞いてください。` },
  ],
};
