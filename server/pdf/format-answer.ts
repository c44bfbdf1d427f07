// One answer as printed text. Values are the canonical stored ones (core/normalize.ts):
// ISO dates, enum values, booleans, { family, given, ... } objects. Anything of an
// unexpected shape still prints as text rather than failing a print job.
import type { FieldElement, JSONSchema } from '../../core/definition.ts';
import { text } from '../../core/i18n.ts';
import { isMasked } from '../../core/sensitive.ts';
import { printDate } from './format-date.ts';
import { printMessages } from './messages.ts';

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

const field = (v: unknown, key: string): string => str((v as Record<string, unknown> | null)?.[key]);

/** Whether a value counts as "not answered" (normalisation drops empty answers too). */
export function isEmptyAnswer(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && Object.keys(v).length === 0;
}

function optionLabel(element: FieldElement, value: unknown, lang: string): string {
  const label = element.options?.[String(value)];
  return label ? text(label, lang) : str(value);
}

/** Family and given name, then the reading: '山田　太郎（ヤマダ　タロウ）'. */
function nameKana(v: unknown): string {
  const name = [field(v, 'family'), field(v, 'given')].filter(Boolean).join('\u3000');
  const kana = [field(v, 'familyKana'), field(v, 'givenKana')].filter(Boolean).join('\u3000');
  return kana ? `${name}（${kana}）` : name;
}

/** '〒420-0005 静岡県静岡市葵区北番町12番地の3': Japanese addresses run on without spaces. */
function postalAddress(v: unknown): string {
  const code = field(v, 'postalCode');
  const address = field(v, 'address1') + field(v, 'address2');
  return [code && `〒${code}`, address].filter(Boolean).join(' ');
}

/** File names, one per line. */
function attachments(v: unknown): string {
  const files = Array.isArray(v) ? v : [v];
  return files.map((f) => (f && typeof f === 'object' ? field(f, 'name') || field(f, 'id') : str(f))).join('\n');
}

const isDate = (element: FieldElement, schema: JSONSchema | undefined): boolean =>
  element.widget === 'date' || element.widget === 'wareki-date' || schema?.format === 'date';

/** The printed text of a non-group answer (groups are rows of their own). */
export function formatAnswer(element: FieldElement, schema: JSONSchema | undefined, value: unknown, lang: string): string {
  const m = printMessages(lang);
  if (isMasked(value)) return m.hidden;
  if (typeof value === 'string' && isDate(element, schema)) return printDate(value, lang);
  switch (element.widget) {
    case 'radio':
    case 'select':
      return optionLabel(element, value, lang);
    case 'checkboxes':
      return (Array.isArray(value) ? value : [value]).map((v) => optionLabel(element, v, lang)).join(m.listSeparator);
    case 'yes-no':
      return value === true ? m.yes : value === false ? m.no : str(value);
    case 'consent':
      return value === true ? m.agree : str(value);
    case 'name-kana':
      return nameKana(value);
    case 'postal-address':
      return postalAddress(value);
    case 'attachments':
      return attachments(value);
    default:
      if (typeof value === 'boolean') return value ? m.yes : m.no;
      return str(value);
  }
}
