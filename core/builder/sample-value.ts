// A plausible answer for one field, for 記入例: fits the field's schema (lengths, ranges,
// options, pattern presets) and is already canonical (what normalizeAnswers would produce).
import type { FieldElement, JSONSchema } from '../definition.ts';
import { itemSchema, resolveRef } from '../fields.ts';
import { matches } from './json-match.ts';
import { PATTERN_PRESETS } from './pattern-presets.ts';

const NAME = { family: '山田', given: '太郎', familyKana: 'ヤマダ', givenKana: 'タロウ' };
const ADDRESS = { postalCode: '100-0001', address1: '東京都千代田区千代田', address2: '1番1号' };
const BY_FORMAT: Record<string, string> = Object.fromEntries(
  PATTERN_PRESETS.filter((p) => p.format).map((p) => [p.format as string, p.example]),
);
BY_FORMAT.date = '2025-04-01';

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function fitLength(base: string, s: JSONSchema): string {
  let out = base;
  const min = num(s.minLength) ?? 0;
  while ([...out].length < min) out += base;
  const max = num(s.maxLength);
  if (max !== undefined && [...out].length > max) out = [...out].slice(0, Math.max(max, 0)).join('');
  return out;
}

function sampleString(root: JSONSchema, s: JSONSchema, widget: string): string | undefined {
  const fromFormat = typeof s.format === 'string' ? BY_FORMAT[s.format] : undefined;
  const bases = [
    ...(fromFormat ? [fromFormat] : []),
    ...PATTERN_PRESETS.filter((p) => p.pattern !== undefined && p.pattern === s.pattern).map((p) => p.example),
    widget === 'textarea' ? '記入例です。ここに詳しい内容を書きます。' : '記入例',
    ...PATTERN_PRESETS.map((p) => p.example),
  ];
  for (const base of bases) {
    const candidate = fromFormat === base ? base : fitLength(base, s);
    if (matches(root, s, candidate)) return candidate;
  }
  return undefined;
}

function sampleNumber(s: JSONSchema): number {
  const integer = s.type === 'integer';
  const step = integer ? 1 : 0.5;
  const lo = num(s.minimum) ?? (num(s.exclusiveMinimum) !== undefined ? (s.exclusiveMinimum as number) + step : -Infinity);
  const hi = num(s.maximum) ?? (num(s.exclusiveMaximum) !== undefined ? (s.exclusiveMaximum as number) - step : Infinity);
  let v = Math.min(Math.max(1, lo), hi);
  if (integer) v = Math.ceil(v) <= hi ? Math.ceil(v) : Math.floor(v);
  const m = num(s.multipleOf);
  if (m && m > 0) v = Math.ceil(v / m) * m;
  return v;
}

function enumOf(root: JSONSchema, s: JSONSchema | undefined): unknown[] {
  return Array.isArray(s?.enum) ? (s.enum as unknown[]) : [];
}

function attachments(count: number, accept: readonly string[] | undefined): unknown[] {
  const pdf = !accept || accept.length === 0 || accept.includes('application/pdf');
  return Array.from({ length: count }, (_, i) => ({
    id: `kinyuurei-sample-file-${String(i + 1).padStart(4, '0')}`,
    name: pdf ? `記入例${i + 1}.pdf` : `記入例${i + 1}.jpg`,
    size: 102400,
    type: pdf ? 'application/pdf' : 'image/jpeg',
  }));
}

/**
 * A sample answer for a field that is not a repeating group, or undefined when none can
 * be made (e.g. a hand-written pattern nothing matches). Uses the field's default if valid.
 */
export function sampleValue(root: JSONSchema, element: FieldElement, schema: JSONSchema | undefined): unknown {
  const s = resolveRef(root, schema) ?? {};
  if ('default' in s && matches(root, s, s.default)) return structuredClone(s.default);
  let value: unknown;
  switch (element.widget) {
    case 'group':
      return undefined;
    case 'name-kana':
      value = { ...NAME };
      break;
    case 'postal-address':
      value = { ...ADDRESS };
      break;
    case 'yes-no':
      value = true;
      break;
    case 'consent':
      value = true;
      break;
    case 'number':
      value = sampleNumber(s);
      break;
    case 'radio':
    case 'select':
      value = enumOf(root, s)[0];
      break;
    case 'checkboxes': {
      const options = enumOf(root, itemSchema(root, s));
      value = options.slice(0, Math.max(num(s.minItems) ?? 1, 1));
      break;
    }
    case 'attachments':
      value = attachments(Math.max(num(s.minItems) ?? 1, 1), element.accept);
      break;
    default:
      if ('const' in s) value = s.const;
      else if (s.type === 'boolean') value = true;
      else if (s.type === 'integer' || s.type === 'number') value = sampleNumber(s);
      else value = sampleString(root, s, element.widget);
  }
  return value !== undefined && matches(root, s, value) ? value : undefined;
}
