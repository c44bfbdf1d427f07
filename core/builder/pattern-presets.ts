// Input patterns staff pick from a list instead of writing regular expressions. Each is
// a JSON Schema `pattern` or a registered `format` (core/formats.ts), with a sample value.
import type { JSONSchema, LocalText } from '../definition.ts';
import { BuilderError } from './builder-error.ts';

/** One input pattern of the builder's list. */
export interface PatternPreset {
  id: string;
  label: LocalText;
  /** A regular expression (JSON Schema `pattern`, unicode mode) ... */
  pattern?: string;
  /** ... or a registered format. */
  format?: string;
  /** A value that matches, used for 記入例. */
  example: string;
}

/** The presets, in the order the builder lists them. */
export const PATTERN_PRESETS: readonly PatternPreset[] = [
  { id: 'digits', label: { ja: '数字のみ', en: 'Digits only' }, pattern: '^[0-9]+$', example: '0123456' },
  { id: 'alphanumeric', label: { ja: '半角英数字のみ', en: 'Letters and digits only' }, pattern: '^[A-Za-z0-9]+$', example: 'AB12345' },
  { id: 'half-width', label: { ja: '半角文字のみ', en: 'Half-width characters only' }, pattern: '^[ -~]+$', example: 'AB-12345' },
  { id: 'full-width', label: { ja: '全角文字のみ', en: 'Full-width characters only' }, pattern: '^[^ -~｡-ﾟ]+$', example: '記入例' },
  { id: 'katakana', label: { ja: 'カタカナのみ', en: 'Katakana only' }, format: 'katakana', example: 'キニュウレイ' },
  { id: 'hiragana', label: { ja: 'ひらがなのみ', en: 'Hiragana only' }, pattern: '^[ぁ-ゖゝゞー 　]+$', example: 'きにゅうれい' },
  { id: 'time', label: { ja: '時刻（例 09:30）', en: 'Time (e.g. 09:30)' }, pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', example: '09:30' },
  { id: 'postal-code', label: { ja: '郵便番号', en: 'Postal code' }, format: 'jp-postal-code', example: '100-0001' },
  { id: 'phone', label: { ja: '電話番号', en: 'Phone number' }, format: 'jp-phone', example: '090-1234-5678' },
  { id: 'email', label: { ja: 'メールアドレス', en: 'Email address' }, format: 'email', example: 'taro.yamada@example.jp' },
  { id: 'my-number', label: { ja: '個人番号（マイナンバー）', en: 'Individual Number (My Number)' }, format: 'jp-my-number', example: '123456789018' },
];

/** A hand-written pattern the builder keeps but cannot edit. */
export const CUSTOM_PATTERN = 'custom';

/** The preset with this id, or undefined. */
export function patternPreset(id: string): PatternPreset | undefined {
  return PATTERN_PRESETS.find((p) => p.id === id);
}

/** Which preset a text field's schema uses: its id, 'custom' for anything else, null for none. */
export function presetOf(schema: JSONSchema | undefined): string | null {
  const pattern = typeof schema?.pattern === 'string' ? schema.pattern : undefined;
  const format = typeof schema?.format === 'string' ? schema.format : undefined;
  if (pattern === undefined && format === undefined) return null;
  const found = PATTERN_PRESETS.find((p) => p.pattern === pattern && p.format === format);
  return found ? found.id : CUSTOM_PATTERN;
}

/** Sets the preset (null removes the pattern) on a text field's own schema. */
export function applyPreset(schema: JSONSchema, id: string | null): void {
  if (id === CUSTOM_PATTERN) {
    if (presetOf(schema) === CUSTOM_PATTERN) return;
    throw new BuilderError('badPattern', { pattern: id });
  }
  const preset = id === null ? undefined : patternPreset(id);
  if (id !== null && !preset) throw new BuilderError('badPattern', { pattern: String(id) });
  delete schema.pattern;
  delete schema.format;
  if (preset?.pattern) schema.pattern = preset.pattern;
  if (preset?.format) schema.format = preset.format;
}
