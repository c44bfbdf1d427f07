// Messages for problems in a form definition (the builder, imports, publishing). Kept apart
// from core/messages.ts because only staff read them: the citizen bundle must stay small.

type Catalogue = Record<string, string>;

const ja: Catalogue = {
  object: '様式の定義がオブジェクトではありません。',
  id: 'IDは、半角英小文字・数字・ハイフンの2〜64文字で入力してください。',
  title: '手続きの名前（日本語）を入力してください。',
  category: '分類「{category}」はありません。一覧から選んでください。',
  department: '担当課を入力してください。',
  schema: 'データの定義（schema）は、additionalProperties: false のオブジェクトにしてください。',
  pages: 'ページを1つ以上作ってください。',
  pageTitle: 'ページの見出し（日本語）を入力してください。',
  fieldKey: '項目のキー「{field}」は、半角英字で始まる英数字（_可）にしてください。',
  duplicateField: '項目のキー「{field}」が2回使われています。別のキーにしてください。',
  unknownWidget: '「{widget}」という種類の項目はありません。',
  label: '項目「{field}」の質問文（日本語）を入力してください。',
  notInSchema: '項目「{field}」がデータの定義（schema）にありません。',
  optionLabel: '項目「{field}」の選択肢「{option}」に表示名がありません。',
  nestedGroup: '繰り返しグループの中に、繰り返しグループは入れられません。',
  groupSchema: '繰り返しグループ「{field}」は、オブジェクトの配列にしてください。',
  noField: 'データの定義（schema）の「{field}」に対応する項目が画面にありません。',
  ruleCondition: '表示条件に条件（when）がありません。',
  ruleField: '表示条件が、ない項目「{field}」を指しています。削除された項目ではありませんか。',
  twoRules: '項目「{field}」を表示する条件が2つあります。1つにまとめてください。',
  ruleCycle: '表示条件が項目「{field}」を通して循環しています（互いに相手を条件にしています）。',
  example: '記入例がこの様式に合いません（{keyword}）。「記入例を作り直す」で作り直してください。',
  sensitiveValue: '項目「{field}」の x-sensitive は true か false にしてください。',
  sensitiveEmail: 'メールアドレスの項目「{field}」は機微な情報にできません（暗号化すると、受付や状況のお知らせのメールを送れなくなります）。',
  capacity: '定員（capacity）は1以上の整数にしてください。',
  waitingList: '順番待ち（waitingList）は true か false にしてください。',
  slots: '日時の枠（slots）は一覧（配列）にしてください。',
  capacityWithSlots: '日時の枠があるときは、定員を枠ごとに決めます。様式全体の定員（capacity）は消してください。',
  slotId: '枠のID「{slot}」は、半角英数字で始まる英数字・ハイフン・_（64文字まで）にしてください。',
  duplicateSlot: '枠のID「{slot}」が2回使われています。別のIDにしてください。',
  slotLabel: '枠「{slot}」の表示名（日本語）を入力してください。',
  slotCapacity: '枠「{slot}」の定員は1以上の整数にしてください。',
};

const en: Catalogue = {
  object: 'The definition must be an object.',
  id: 'id must be lower-case letters, digits and hyphens',
  title: 'title needs Japanese text',
  category: 'unknown category "{category}"',
  department: 'department is required',
  schema: 'schema must be an object schema with additionalProperties: false',
  pages: 'at least one page is required',
  pageTitle: 'page title needs Japanese text',
  fieldKey: 'field key "{field}" must be letters and digits',
  duplicateField: 'field "{field}" appears twice',
  unknownWidget: 'unknown widget "{widget}"',
  label: 'field "{field}" needs a Japanese label',
  notInSchema: 'field "{field}" is not in the schema',
  optionLabel: 'option "{option}" of "{field}" has no label',
  nestedGroup: 'a group cannot contain another group',
  groupSchema: 'group "{field}" must be an array of objects',
  noField: 'schema property "{field}" has no field in the ui',
  ruleCondition: 'rule needs a condition',
  ruleField: 'rule refers to a field that does not exist: "{field}"',
  twoRules: 'field "{field}" is shown by two rules',
  ruleCycle: 'rules form a cycle through "{field}"',
  example: 'The 記入例 (example answers) no longer fits this form ({keyword}). Use "Make the example answers again".',
  sensitiveValue: 'x-sensitive of "{field}" must be true or false.',
  sensitiveEmail: 'The e-mail field "{field}" cannot be sensitive: encrypted, it could no longer receive the receipt and status mails.',
  capacity: 'capacity must be a whole number of 1 or more',
  waitingList: 'waitingList must be true or false',
  slots: 'slots must be a list',
  capacityWithSlots: 'a form with slots has places per slot: remove the form-wide capacity',
  slotId: 'slot id "{slot}" must be letters, digits, hyphens and _ (up to 64)',
  duplicateSlot: 'slot id "{slot}" appears twice',
  slotLabel: 'slot "{slot}" needs a Japanese label',
  slotCapacity: 'the capacity of slot "{slot}" must be a whole number of 1 or more',
};

const catalogues: Record<string, Catalogue> = { ja, en };

// Own keys only: "toString" or "__proto__" must not find Object.prototype's members.
const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** The sentence for lint problem `code` in `lang`, falling back to Japanese. */
export function lintMessage(code: string, lang: string, params: Record<string, string | number> = {}): string {
  const template = own(own(catalogues, lang) ?? ja, code) ?? own(ja, code) ?? code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
