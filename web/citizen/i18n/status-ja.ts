// Japanese texts of the status pages (/s/:token and correcting after 差戻し). They load
// with those pages, not with the app, so opening a form never downloads them. Every key
// must also exist in status-en.ts (the type enforces it).
export const statusJa = {
  'status.title': '申請状況',
  'status.form': '手続き',
  'status.receipt': '受付番号',
  'status.status': '状況',
  'status.filed': '申請日時',
  'status.history': '経過',
  'status.notFound': '申請が見つかりません。リンクをもう一度確認してください。',
  'status.network': '通信できませんでした。通信状況を確認して、もう一度お試しください。',

  'returned.title': '申請内容の修正をお願いします',
  'returned.intro': '担当課から、申請内容の修正を求められています。コメントを読んで、「修正する」から内容を直して送信してください。',
  'returned.comment': '担当課からのコメント',
  'returned.fix': '修正する',

  'messages.title': 'メッセージ',
  'messages.office': '担当課から',
  'messages.you': 'あなたから',

  'withdraw.title': '申請の取下げ',
  'withdraw.intro': 'この申請が不要になったときは、取り下げることができます。',
  'withdraw.start': '申請を取り下げる',
  'withdraw.confirmTitle': 'この申請を取り下げますか',
  'withdraw.confirmText': '取り下げると、担当課はこの申請の処理をやめます。取り下げた申請は元に戻せません。あとで必要になったときは、最初から申請し直してください。',
  'withdraw.reason': '取り下げる理由',
  'withdraw.reasonHint': '書かなくても取り下げられます。',
  'withdraw.confirm': '取り下げる',
  'withdraw.sending': '送信しています…',
  'withdraw.cancel': '取り下げずに戻る',
  'withdraw.invalid': '取り下げられませんでした。次の項目を確認してください。',
  'withdraw.failed': '取り下げられませんでした。時間をおいてもう一度お試しください。',
  'withdraw.done': '申請を取り下げました。',

  'fix.banner': '受付番号 {n} の申請を修正しています。',
  'fix.showComment': '担当課からのコメント',
  'fix.backToStatus': '申請状況に戻る',
  'fix.checkTitle': '修正内容の確認',
  'fix.checkIntro': '内容に誤りがないか確認して、「修正を送信する」を押してください。',
  'fix.submit': '修正を送信する',
  'fix.sending': '送信しています…',
  'fix.failed': '送信できませんでした。時間をおいてもう一度お試しください。',
  'fix.network': '通信できませんでした。もう一度「修正を送信する」を押してください。',
  'fix.unavailable': 'この申請は、今は修正できません。申請状況のページで現在の状況を確認してください。',
  'fix.sent': '修正した内容を送信しました。担当課で改めて確認します。',
} as const;

export type StatusKey = keyof typeof statusJa;
