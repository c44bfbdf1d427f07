// The few fixed words a printed submission needs. Staff print in Japanese; English is
// there for an applicant's copy. Other languages fall back to Japanese, as the form's
// own labels do (core/i18n.ts).
const ja = {
  yes: 'はい',
  no: 'いいえ',
  agree: '同意する',
  unanswered: '（未回答）',
  /** A sensitive answer printed without ?sensitive=include (docs/adr/0009-sensitive-fields.md). */
  hidden: '（非表示）',
  receiptNumber: '受付番号',
  filedAt: '受付日時',
  department: '担当課',
  qrReceipt: '受付番号',
  qrStatus: '申請状況の確認',
  /** After the label, where an answer too long for one page goes on. */
  continued: '（続き）',
  listSeparator: '、',
  /** "{label} {n}": one row of a repeating group, e.g. 「お子さん 2」. */
  groupRow: (label: string, n: number) => `${label} ${n}`,
  page: (n: number, total: number) => `${n} / ${total}`,
  /** The box a citizen signs when a clerk filled the form for them (窓口代理入力). */
  signature: '申請者署名',
  signatureDate: '記入日　　　　年　　　月　　　日',
  signatureNote: '上記の内容を確認しました。',
  proxyBy: (name: string) => `代理入力: ${name}`,
  purgedLabel: '申請の内容',
  purged: (at: string) => `保存期間が満了したため、${at}に回答と添付ファイルを削除しました。`,
};

export type PrintMessages = typeof ja;

const en: PrintMessages = {
  yes: 'Yes',
  no: 'No',
  agree: 'I agree',
  unanswered: '(not answered)',
  hidden: '(hidden)',
  receiptNumber: 'Receipt number',
  filedAt: 'Filed',
  department: 'Department',
  qrReceipt: 'Receipt number',
  qrStatus: 'Check the status',
  continued: ' (continued)',
  listSeparator: ', ',
  groupRow: (label, n) => `${label} ${n}`,
  page: (n, total) => `${n} / ${total}`,
  signature: 'Signature of the applicant',
  signatureDate: 'Date',
  signatureNote: 'I have checked the above.',
  proxyBy: (name) => `Entered at the counter by: ${name}`,
  purgedLabel: 'The application',
  purged: (at) => `Its retention period ended: the answers and files were deleted on ${at}.`,
};

export function printMessages(lang: string | undefined): PrintMessages {
  return lang === 'en' ? en : ja;
}
