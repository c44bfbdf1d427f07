// Canonical values before validation (ADR 0002): the browser runs this as the citizen
// types and the server again on receipt, because the server trusts nothing.
import type { FieldElement, FormDefinition, JSONSchema } from './definition.ts';
import { itemSchema, propertySchema, resolveRef } from './fields.ts';
import { toKatakana } from './jp/kana.ts';
import { normalizeMyNumber } from './jp/my-number.ts';
import { normalizePhone } from './jp/phone.ts';
import { normalizePostalCode } from './jp/postal-code.ts';
import { normalizeIsoDate } from './jp/wareki.ts';
import { toHalfWidthAscii, toHalfWidthDigits } from './jp/width.ts';
import { withoutControlCharacters } from './plain-text.ts';

const BY_FORMAT: Record<string, (s: string) => string> = {
  katakana: toKatakana,
  'jp-postal-code': normalizePostalCode,
  'jp-phone': normalizePhone,
  'jp-my-number': normalizeMyNumber,
  email: (s) => toHalfWidthAscii(s).replace(/\s+/g, ''),
  date: normalizeIsoDate,
};

const NUMERIC = /^-?\d+(\.\d+)?$/;

function normalizeString(schema: JSONSchema | undefined, value: string): unknown {
  let s = withoutControlCharacters(value.replace(/\r\n?/g, '\n')).trim();
  if (s === '') return undefined;
  const format = typeof schema?.format === 'string' ? schema.format : undefined;
  const byFormat = format ? BY_FORMAT[format] : undefined;
  if (byFormat) return byFormat(s);
  const type = schema?.type;
  if (type === 'integer' || type === 'number') {
    const digits = toHalfWidthDigits(s).replace(/,/g, '');
    return NUMERIC.test(digits) ? Number(digits) : s;
  }
  if (typeof schema?.pattern === 'string' && /\\d|\[0-9\]/.test(schema.pattern)) s = toHalfWidthDigits(s);
  return s;
}

/** Normalises one value against its schema; `undefined` means "not answered". */
export function normalizeValue(root: JSONSchema, schema: JSONSchema | undefined, value: unknown): unknown {
  const resolved = resolveRef(root, schema);
  if (typeof value === 'string') return normalizeString(resolved, value);
  // Outside the schema there is nothing to normalise to, and validation refuses it anyway.
  // Not descending also keeps hostile nesting (50,000 levels) from exhausting the stack.
  if (resolved === undefined && value !== null && typeof value === 'object') return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    const items = itemSchema(root, resolved);
    // An emptied row stays as {} so errors keep pointing at the row the citizen sees.
    return value
      .map((v) => normalizeValue(root, items, v) ?? (v && typeof v === 'object' ? {} : undefined))
      .filter((v) => v !== undefined);
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, normalizeValue(root, propertySchema(root, resolved, k), v)] as const)
      .filter(([, v]) => v !== undefined);
    // fromEntries makes "__proto__" an own key instead of changing the prototype.
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value ?? undefined;
}

export function normalizeAnswers(def: FormDefinition, answers: Record<string, unknown>): Record<string, unknown> {
  return (normalizeValue(def.schema, def.schema, answers) as Record<string, unknown> | undefined) ?? {};
}

/** For the browser: normalise one field's value when the citizen leaves it. */
export function normalizeFieldValue(_element: FieldElement, schema: JSONSchema | undefined, value: unknown, root?: JSONSchema): unknown {
  return normalizeValue(root ?? schema ?? {}, schema, value);
}
