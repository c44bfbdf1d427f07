// Messages of the builder's refusals, in Japanese (for staff) and English. A code per
// refusal so the web app can react to it; `{name}` placeholders are filled from params.

/** Every reason a builder operation can refuse. */
export type BuilderErrorCode =
  | 'noSuchPage'
  | 'noSuchElement'
  | 'notAGroup'
  | 'notAField'
  | 'nestedGroup'
  | 'contentInGroup'
  | 'invalidKey'
  | 'duplicateKey'
  | 'japaneseRequired'
  | 'notEditable'
  | 'badNumber'
  | 'badRange'
  | 'badOptions'
  | 'badDefault'
  | 'badPattern'
  | 'kindChange'
  | 'unknownKind'
  | 'unknownField'
  | 'selfCondition'
  | 'ruleCycle'
  | 'shownTwice'
  | 'badOperator'
  | 'badValue'
  | 'noConditions'
  | 'invalidRule'
  | 'lastPage'
  | 'pageNotEmpty'
  | 'moveAcrossGroups'
  | 'invalidId'
  | 'invalidCategory'
  | 'badLang'
  | 'noSuchOption';

type Catalogue = Record<BuilderErrorCode, string>;

const ja: Catalogue = {
  noSuchPage: '{page}ページ目はありません。',
  noSuchElement: '指定された項目が見つかりません。画面を読み込み直してください。',
  notAGroup: '繰り返し項目ではない項目の中には、項目を追加できません。',
  notAField: '見出し・説明文には、この設定はありません。',
  nestedGroup: '繰り返し項目の中に、繰り返し項目は入れられません。',
  contentInGroup: '繰り返し項目の中には、見出し・説明文は入れられません。',
  invalidKey: '項目ID「{key}」は使えません。半角英字で始まり、半角英数字と _ だけの64文字以内にしてください。',
  duplicateKey: '項目ID「{key}」は、すでに別の項目で使われています。',
  japaneseRequired: '{what}は、日本語の文を入力してください（空にはできません）。',
  notEditable: 'この項目では「{setting}」は変更できません。',
  badNumber: '「{setting}」には、0以上の整数を入力してください。',
  badRange: '「{min}」が「{max}」より大きくなっています。',
  badOptions: '選択肢を確認してください: {detail}',
  badDefault: '初期値が、この項目の設定（選択肢・文字数など）に合いません。',
  badPattern: '入力形式「{pattern}」はありません。',
  kindChange: '「{from}」を「{to}」に変えることはできません。新しい項目を追加してください。',
  unknownKind: '「{kind}」という種類の項目はありません。',
  unknownField: '条件に使われている項目「{field}」がありません（削除されたか、別の繰り返し項目の中にあります）。',
  selfCondition: '項目「{field}」の表示条件に、その項目自身は使えません。',
  ruleCycle: '表示条件が循環しています（「{field}」の表示が、自分自身の表示に依存しています）。',
  shownTwice: '項目「{field}」は、すでに別の表示条件で表示されます。',
  badOperator: '項目「{field}」には、条件「{op}」は使えません。',
  badValue: '項目「{field}」の条件の値が正しくありません。',
  noConditions: '表示条件には、1つ以上の条件が必要です。',
  invalidRule: '表示条件に問題があります: {detail}',
  lastPage: '最後の1ページは削除できません。',
  pageNotEmpty: 'このページには項目が{count}個あります。項目ごと削除するか、先に項目を別のページに移してください。',
  moveAcrossGroups: '項目を繰り返し項目の中と外の間で移動することはできません。新しく追加してください。',
  invalidId: '様式ID「{id}」は使えません。半角英小文字・数字・ハイフンの2〜64文字にしてください。',
  invalidCategory: '分類「{category}」はありません。',
  badLang: '言語「{lang}」には対応していません。',
  noSuchOption: '選択肢「{value}」はありません。',
};

const en: Catalogue = {
  noSuchPage: 'There is no page {page}.',
  noSuchElement: 'That element was not found. Reload the page.',
  notAGroup: 'Elements can only be added inside a repeating group.',
  notAField: 'Headings and explanatory text do not have this setting.',
  nestedGroup: 'A repeating group cannot contain another repeating group.',
  contentInGroup: 'A repeating group cannot contain headings or explanatory text.',
  invalidKey: 'The field id "{key}" cannot be used: start with a letter, then letters, digits or _, at most 64 characters.',
  duplicateKey: 'The field id "{key}" is already used by another field.',
  japaneseRequired: '{what} needs Japanese text (it cannot be empty).',
  notEditable: '"{setting}" cannot be changed for this field.',
  badNumber: '"{setting}" must be a whole number of 0 or more.',
  badRange: '"{min}" is larger than "{max}".',
  badOptions: 'Check the options: {detail}',
  badDefault: 'The default value does not fit this field (its options, length, ...).',
  badPattern: 'There is no input pattern "{pattern}".',
  kindChange: 'A "{from}" cannot be changed into a "{to}". Add a new element instead.',
  unknownKind: 'There is no element type "{kind}".',
  unknownField: 'The condition uses a field that does not exist: "{field}" (deleted, or inside another repeating group).',
  selfCondition: 'The condition for showing "{field}" cannot depend on "{field}" itself.',
  ruleCycle: 'The conditions form a cycle: whether "{field}" is shown depends on itself.',
  shownTwice: '"{field}" is already shown by another condition.',
  badOperator: 'The condition "{op}" cannot be used with "{field}".',
  badValue: 'The value in the condition on "{field}" is not valid.',
  noConditions: 'A visibility rule needs at least one condition.',
  invalidRule: 'There is a problem with the visibility rule: {detail}',
  lastPage: 'The last remaining page cannot be deleted.',
  pageNotEmpty: 'This page has {count} elements. Delete it together with its elements, or move them to another page first.',
  moveAcrossGroups: 'Elements cannot be moved into or out of a repeating group. Add a new one instead.',
  invalidId: 'The form id "{id}" cannot be used: use 2 to 64 lower-case letters, digits and hyphens.',
  invalidCategory: 'There is no category "{category}".',
  badLang: 'The language "{lang}" is not supported.',
  noSuchOption: 'There is no option "{value}".',
};

/** Names of texts and settings used as message parameters (`what`, `setting`), per language. */
const NAMES: Record<string, { ja: string; en: string }> = {
  title: { ja: '様式のタイトル', en: 'The form title' },
  description: { ja: '様式の説明', en: 'The form description' },
  pageTitle: { ja: 'ページのタイトル', en: 'The page title' },
  pageDescription: { ja: 'ページの説明', en: 'The page description' },
  label: { ja: '質問文（ラベル）', en: 'The question (label)' },
  content: { ja: '見出し・説明文', en: 'The heading or text' },
  option: { ja: '選択肢', en: 'The option' },
  help: { ja: '補足説明', en: 'The help text' },
  placeholder: { ja: '入力例（プレースホルダー）', en: 'The placeholder' },
  itemLabel: { ja: '1件分の呼び方', en: 'The name of one row' },
  closedMessage: { ja: '受付終了時のメッセージ', en: 'The closed message' },
  key: { ja: '項目ID', en: 'field id' },
  kind: { ja: '種類', en: 'type' },
  required: { ja: '必須', en: 'required' },
  minLength: { ja: '最小文字数', en: 'minimum length' },
  maxLength: { ja: '最大文字数', en: 'maximum length' },
  minimum: { ja: '最小値', en: 'minimum' },
  maximum: { ja: '最大値', en: 'maximum' },
  integer: { ja: '整数のみ', en: 'whole numbers only' },
  pattern: { ja: '入力形式', en: 'input pattern' },
  options: { ja: '選択肢', en: 'options' },
  default: { ja: '初期値', en: 'default value' },
  minItems: { ja: '最小件数', en: 'minimum count' },
  maxItems: { ja: '最大件数', en: 'maximum count' },
  accept: { ja: 'ファイルの種類', en: 'file types' },
  confirm: { ja: '確認のため2回入力', en: 'ask twice' },
  calendar: { ja: '和暦・西暦', en: 'calendar' },
};

function fill(template: string, params: Record<string, string | number>, lang: 'ja' | 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = String(params[name]);
    const named = ['what', 'setting', 'min', 'max'].includes(name) && Object.hasOwn(NAMES, value) ? NAMES[value] : undefined;
    return named ? named[lang] : value;
  });
}

/** The Japanese and English message for a builder refusal. */
export function builderMessage(code: BuilderErrorCode, params: Record<string, string | number> = {}): { ja: string; en: string } {
  return { ja: fill(ja[code], params, 'ja'), en: fill(en[code], params, 'en') };
}
