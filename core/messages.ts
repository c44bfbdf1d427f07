// The catalogue of validation messages, shared by browser and server so a citizen reads
// the same sentence whichever side caught the mistake. Japanese and English are built in;
// the other languages live in core/messages-<lang>.ts, loaded by the browser when chosen
// and registered by the server (server/messages.ts). Missing keys fall back to Japanese.

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

const en: Catalogue = {
  required: 'Enter "{label}".',
  'required.choice': 'Select "{label}".',
  'required.consent': 'Read and tick "{label}".',
  'required.file': 'Attach a file for "{label}".',
  type: '"{label}" is not valid.',
  'format.date': 'Enter a real date for "{label}".',
  'format.email': 'Enter "{label}" as an email address, like name@example.jp.',
  'format.jp-postal-code': 'Enter "{label}" as 7 digits, like 100-0001.',
  'format.jp-phone': 'Enter "{label}" as a Japanese phone number of 10 or 11 digits starting with 0, like 090-1234-5678.',
  'format.katakana': 'Enter "{label}" in katakana (the reading of your name in Japanese script). Hiragana is converted for you.',
  'format.jp-my-number': 'Enter the 12-digit Individual Number for "{label}"; the number you entered has a mistake.',
  'format.attachment-id': 'The file for "{label}" was not found. Attach it again.',
  'format.attachment-type': 'This kind of file cannot be attached to "{label}". Attach a file of the kind its help text asks for.',
  format: '"{label}" is not in the right format.',
  pattern: '"{label}" is not in the right format.',
  minLength: '"{label}" must be at least {limit} characters.',
  maxLength: '"{label}" must be {limit} characters or fewer.',
  minimum: '"{label}" must be {limit} or more.',
  maximum: '"{label}" must be {limit} or less.',
  exclusiveMinimum: '"{label}" must be more than {limit}.',
  exclusiveMaximum: '"{label}" must be less than {limit}.',
  multipleOf: '"{label}" must be a multiple of {limit}.',
  integer: '"{label}" must be a whole number.',
  enum: 'Select "{label}" from the list.',
  const: 'Read and tick "{label}".',
  minItems: 'Add at least {limit} for "{label}".',
  maxItems: 'You can add up to {limit} for "{label}".',
  'minItems.file': 'Attach at least {limit} files for "{label}".',
  'maxItems.file': 'You can attach up to {limit} files for "{label}".',
  uniqueItems: '"{label}" has the same item twice.',
  notAllowed: '"{label}" cannot be answered with your other answers.',
  unknown: 'This procedure has no question "{label}".',
  mismatch: '"{label}" does not match. Enter it again.',
  invalid: '"{label}" is not valid.',
  'part.family': 'family name',
  'part.given': 'given name',
  'part.familyKana': 'family name in katakana',
  'part.givenKana': 'given name in katakana',
  'part.postalCode': 'postal code',
  'part.address1': 'address',
  'part.address2': 'street number and building',
  'part.row': 'no. {n}',
  'part.of': '{label} ({part})',
  'label.answers': 'the answers',
  'error.formNotFound': 'This procedure was not found. Choose it again from the list.',
  'error.versionNotFound': 'This form has been updated. Please reload the page.',
  'error.notYetOpen': 'Applications for this procedure have not opened yet.',
  'error.closed': 'Applications for this procedure have closed.',
  'error.full': 'This procedure has reached its capacity and is no longer accepting applications.',
  'error.tooLarge': 'What you sent is too large. Attach fewer or smaller files and try again.',
  'error.fileTooLarge': 'The file is too large. Each file can be up to {limit} MB.',
  'error.fileType': 'This kind of file cannot be attached. Choose a photo (JPEG, PNG, HEIC, WebP) or a PDF.',
  'error.noFile': 'No file was chosen.',
  'error.attachmentsTooLarge': 'The attached files are too large in total. The limit is {limit} MB.',
  'error.badRequest': 'We could not read what was sent. Please try again.',
  'error.invalidAnswers': 'Some answers need correcting. See the message at each question.',
  'error.notFound': 'The page you are looking for was not found.',
  'error.submissionNotFound': 'This application was not found. Check that the link is correct.',
  'error.internal': 'Sorry, something went wrong on our side. Please try again later.',
  'error.unavailable': 'We are busy right now. Please try again in a moment.',
  'error.rateLimited': 'Too many requests in a short time. Wait about {seconds} seconds and send again. Nothing you typed is lost.',
  'error.proofRequired': 'We could not confirm this sending. Nothing you typed is lost. Press "Send" again.',
  'error.proofInvalid': 'We could not confirm this sending. Nothing you typed is lost. Press "Send" again.',
  'error.proofExpired': 'The confirmation of this sending has expired. Nothing you typed is lost. Press "Send" again.',
  'error.proofUsed': 'This confirmation has already been used. Nothing you typed is lost. Press "Send" again.',
};

const ja = messagesJa;
const catalogues: Record<string, Catalogue> = { ja, en };

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
