// The palette: every kind of element staff can add, with its name in the builder.
// A kind is a widget of core/definition.ts, or one of the two content kinds.
import type { LocalText } from '../definition.ts';

/** Every element kind, in palette order. */
export const ELEMENT_KINDS = [
  'text',
  'textarea',
  'number',
  'email',
  'tel',
  'date',
  'wareki-date',
  'katakana',
  'radio',
  'checkboxes',
  'select',
  'yes-no',
  'name-kana',
  'postal-address',
  'attachments',
  'group',
  'heading',
  'paragraph',
  'consent',
] as const;

/** One kind of element: a field widget, or heading/paragraph (content without an answer). */
export type ElementKind = (typeof ELEMENT_KINDS)[number];

/** How the palette groups the kinds. */
export type KindCategory = 'input' | 'choice' | 'composite' | 'content';

/** What the palette shows for a kind. */
export interface ElementKindInfo {
  kind: ElementKind;
  label: LocalText;
  description: LocalText;
  category: KindCategory;
  /** Heading and paragraph: no answer, no field key. */
  content: boolean;
  /** Start of generated field keys (text1, choice2, ...). */
  keyPrefix: string;
}

const info = (
  kind: ElementKind,
  category: KindCategory,
  keyPrefix: string,
  label: LocalText,
  description: LocalText,
): ElementKindInfo => ({ kind, label, description, category, content: category === 'content', keyPrefix });

/** The palette, in the order the builder lists it. */
export const PALETTE: readonly ElementKindInfo[] = [
  info('text', 'input', 'text', { ja: '短い文章', en: 'Short text' }, { ja: '1行の文字（氏名以外の名称・番号など）', en: 'One line of text' }),
  info('textarea', 'input', 'longText', { ja: '長い文章', en: 'Long text' }, { ja: '複数行の文章（ご意見・状況の説明など）', en: 'Several lines of text' }),
  info('number', 'input', 'number', { ja: '数値', en: 'Number' }, { ja: '人数・部数などの数', en: 'A number, such as a count' }),
  info('email', 'input', 'email', { ja: 'メールアドレス', en: 'Email address' }, { ja: '確認のため2回入力させることもできます', en: 'Can be asked twice to confirm' }),
  info('tel', 'input', 'phone', { ja: '電話番号', en: 'Phone number' }, { ja: '0から始まる10桁か11桁', en: 'Japanese phone number' }),
  info('date', 'input', 'date', { ja: '日付（西暦）', en: 'Date (Western calendar)' }, { ja: 'カレンダーから選ぶ日付', en: 'Picked from a calendar' }),
  info('wareki-date', 'input', 'date', { ja: '日付（和暦）', en: 'Date (Japanese era)' }, { ja: '元号・年・月・日で入力（生年月日など）', en: 'Era, year, month and day (e.g. birth dates)' }),
  info('katakana', 'input', 'kana', { ja: 'カタカナ', en: 'Katakana' }, { ja: 'ひらがなで入力してもカタカナに直ります', en: 'Hiragana is converted to katakana' }),
  info('radio', 'choice', 'choice', { ja: '単一選択（ラジオボタン）', en: 'Single choice (radio buttons)' }, { ja: '選択肢から1つ選ぶ', en: 'Choose one option' }),
  info('checkboxes', 'choice', 'choices', { ja: '複数選択（チェックボックス）', en: 'Multiple choice (checkboxes)' }, { ja: 'あてはまるものをすべて選ぶ', en: 'Choose all that apply' }),
  info('select', 'choice', 'dropdown', { ja: 'プルダウン', en: 'Dropdown' }, { ja: '選択肢が多いときの単一選択', en: 'Single choice from a long list' }),
  info('yes-no', 'choice', 'yesNo', { ja: 'はい・いいえ', en: 'Yes / No' }, { ja: '「はい」か「いいえ」で答える質問', en: 'A yes-or-no question' }),
  info('name-kana', 'composite', 'name', { ja: '氏名・フリガナ', en: 'Name and reading' }, { ja: '姓・名とそのフリガナ', en: 'Family and given name with katakana reading' }),
  info('postal-address', 'composite', 'address', { ja: '郵便番号・住所', en: 'Postal code and address' }, { ja: '郵便番号から住所を自動入力', en: 'The address is filled in from the postal code' }),
  info('attachments', 'composite', 'files', { ja: 'ファイル添付', en: 'File attachment' }, { ja: '写真やPDFを添付', en: 'Photos or PDF files' }),
  info('group', 'composite', 'group', { ja: '繰り返し項目', en: 'Repeating group' }, { ja: 'お子さんごと・家族ごとなど、同じ質問を人数分くり返す', en: 'The same questions for each child, family member, ...' }),
  info('heading', 'content', '', { ja: '見出し', en: 'Heading' }, { ja: 'ページの中の区切りの見出し', en: 'A heading within the page' }),
  info('paragraph', 'content', '', { ja: '説明文', en: 'Explanatory text' }, { ja: '申請者への説明・注意事項', en: 'Explanation or notes for the applicant' }),
  info('consent', 'choice', 'consent', { ja: '同意チェック', en: 'Consent checkbox' }, { ja: 'チェックを入れないと申請できない同意欄', en: 'Must be ticked to apply' }),
];

const BY_KIND = new Map(PALETTE.map((k) => [k.kind, k]));

/** The palette entry of a kind. */
export function kindInfo(kind: ElementKind): ElementKindInfo {
  const found = BY_KIND.get(kind);
  if (!found) throw new Error(`unknown element kind ${String(kind)}`);
  return found;
}

/** Whether `kind` is one of ELEMENT_KINDS. */
export function isElementKind(kind: unknown): kind is ElementKind {
  return typeof kind === 'string' && BY_KIND.has(kind as ElementKind);
}
