// The catalogue of validation messages, shared by browser and server so a citizen reads
// the same sentence whichever side caught the mistake. Japanese is built in; every other
// language lives in core/messages-<lang>.ts, loaded by the browser with that language's
// UI texts and registered by the server (server/messages.ts). Missing keys fall back to
// Japanese.

type Catalogue = Record<string, string>;

export const messagesJa: Catalogue = {
  required: '「{label}」を入力してください。',
  'required.choice': '「{label}」を選んでください。',
  'required.consent': '「{label}」を確認して、チェックを入れてください。',
  'required.file': '「{label}」のファイルを添付してください。',
  type: '「{label}」の入力内容が正しくありません。',
  'format.date': '「{label}」には、正しい日付を入力してください。',
  'format.email': '「{label}」は、メールアドレスの形式（例: name@example.jp）で入力してください。',
  'format.jp-postal-code': '「{label}」は、7桁の数字（例: 100-0001）で入力してください。',
  'format.jp-phone': '「{label}」は、0から始まる10桁か11桁の電話番号（例: 090-1234-5678）で入力してください。',
  'format.katakana': '「{label}」は、カタカナで入力してください。',
  'format.jp-my-number': '「{label}」は、12桁の個人番号を入力してください（番号に誤りがあります）。',
  'format.attachment-id': '「{label}」のファイルが見つかりません。もう一度添付してください。',
  'format.attachment-type': '「{label}」には、この種類のファイルは添付できません。説明にある種類のファイルを添付してください。',
  format: '「{label}」の形式が正しくありません。',
  pattern: '「{label}」の形式が正しくありません。',
  minLength: '「{label}」は、{limit}文字以上で入力してください。',
  maxLength: '「{label}」は、{limit}文字以内で入力してください。',
  minimum: '「{label}」は、{limit}以上の数を入力してください。',
  maximum: '「{label}」は、{limit}以下の数を入力してください。',
  exclusiveMinimum: '「{label}」は、{limit}より大きい数を入力してください。',
  exclusiveMaximum: '「{label}」は、{limit}より小さい数を入力してください。',
  multipleOf: '「{label}」は、{limit}の倍数で入力してください。',
  integer: '「{label}」は、整数で入力してください。',
  enum: '「{label}」は、選択肢の中から選んでください。',
  const: '「{label}」を確認して、チェックを入れてください。',
  minItems: '「{label}」は、{limit}件以上入力してください。',
  maxItems: '「{label}」は、{limit}件までです。',
  'minItems.file': '「{label}」は、{limit}件以上添付してください。',
  'maxItems.file': '「{label}」に添付できるのは{limit}件までです。',
  uniqueItems: '「{label}」に同じものが重複しています。',
  notAllowed: '「{label}」は、この内容では入力できない項目です。',
  unknown: '「{label}」という項目はこの手続きにありません。',
  mismatch: '「{label}」が一致しません。もう一度入力してください。',
  invalid: '「{label}」の入力内容が正しくありません。',
  'part.family': '姓',
  'part.given': '名',
  'part.familyKana': 'セイ',
  'part.givenKana': 'メイ',
  'part.postalCode': '郵便番号',
  'part.address1': '住所',
  'part.address2': '番地・建物名',
  'part.row': '{n}件目',
  'part.of': '{label}（{part}）',
  'label.answers': '回答全体',
  'error.formNotFound': 'この手続きは見つかりません。手続きの一覧から選び直してください。',
  'error.versionNotFound': 'この手続きの様式が更新されました。お手数ですが、ページを読み込み直してください。',
  'error.notYetOpen': 'この手続きの受付はまだ始まっていません。',
  'error.closed': 'この手続きの受付は終了しました。',
  'error.full': 'この手続きは定員に達したため、受付を終了しました。',
  'error.tooLarge': '送信された内容が大きすぎます。添付ファイルを減らすか、小さくしてから送信してください。',
  'error.fileTooLarge': 'ファイルが大きすぎます。1ファイル{limit}MBまでです。',
  'error.fileType': 'このファイルの種類は添付できません。写真（JPEG・PNG・HEIC・WebP）かPDFを選んでください。',
  'error.noFile': 'ファイルが選ばれていません。',
  'error.attachmentsTooLarge': '添付ファイルの合計が大きすぎます。合計{limit}MBまでです。',
  'error.badRequest': '送信された内容を読み取れませんでした。もう一度お試しください。',
  'error.invalidAnswers': '入力内容に誤りがあります。各項目のメッセージを確認してください。',
  'error.notFound': 'お探しのページは見つかりません。',
  'error.submissionNotFound': 'この申請は見つかりません。リンクが正しいか確認してください。',
  'error.internal': '申し訳ありません。システムで問題が起きました。時間をおいてもう一度お試しください。',
  'error.unavailable': '現在混み合っています。少し時間をおいてもう一度お試しください。',
  'error.rateLimited': '短い時間にたくさんの送信がありました。{seconds}秒ほど待ってから、もう一度送ってください。入力した内容は消えていません。',
  'error.proofRequired': '送信の確認ができませんでした。入力した内容は消えていません。もう一度「送信する」を押してください。',
  'error.proofInvalid': '送信の確認ができませんでした。入力した内容は消えていません。もう一度「送信する」を押してください。',
  'error.proofExpired': '送信の確認の期限が切れました。入力した内容は消えていません。もう一度「送信する」を押してください。',
  'error.proofUsed': 'この送信の確認は使用済みです。入力した内容は消えていません。もう一度「送信する」を押してください。',
};

const ja = messagesJa;
const catalogues: Record<string, Catalogue> = { ja };

export function supportedLangs(): string[] {
  return Object.keys(catalogues);
}

/** Registers (or extends) a language's catalogue; used by later languages. */
export function addMessages(lang: string, messages: Catalogue): void {
  catalogues[lang] = { ...catalogues[lang], ...messages };
}

// Own keys only: "toString" or "__proto__" must not find Object.prototype's members.
const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

export function message(key: string, lang: string, params: Record<string, string | number> = {}): string {
  // Japanese as registered (with additions such as the server's), not the built-in const.
  const base = catalogues.ja ?? ja;
  const cat = own(catalogues, lang) ?? base;
  const template = own(cat, key) ?? own(base, key) ?? cat.invalid ?? ja.invalid!;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
