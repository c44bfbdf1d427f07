// A submission's answers as one flat CSV row (docs/csv-export.md): one column per simple
// answer, names and addresses split into their parts, a repeating group as numbered
// column sets (お子さん1_氏名_姓, お子さん2_氏名_姓, ...) up to the most rows any exported
// submission has, multiple choices joined with 「／」, dates as stored (ISO YYYY-MM-DD),
// files by name. Headers are the labels of the current version; a question only older
// versions asked keeps its column after the current ones, with its old label. A masked
// sensitive answer (docs/adr/0009-sensitive-fields.md) fills each of its columns with 「（非表示）」.
import type { FieldElement, FormDefinition } from '../../core/definition.ts';
import { encodePointerSegment, topLevelFields } from '../../core/fields.ts';
import { text } from '../../core/i18n.ts';
import { isMasked } from '../../core/sensitive.ts';

export const LIST_SEPARATOR = '／';
/** The cell of a sensitive answer exported without ?sensitive=include. */
export const HIDDEN_CELL = '（非表示）';
const LANG = 'ja';

const PARTS: Partial<Record<FieldElement['widget'], [key: string, label: string][]>> = {
  'name-kana': [
    ['family', '姓'],
    ['given', '名'],
    ['familyKana', 'セイ'],
    ['givenKana', 'メイ'],
  ],
  'postal-address': [
    ['postalCode', '郵便番号'],
    ['address1', '住所'],
    ['address2', '番地・建物名'],
  ],
};

type Answers = Record<string, unknown>;

export interface Column {
  /** JSON Pointer of the value in the answers, e.g. /children/1/name/family. */
  key: string;
  header: string;
  value(answers: Answers): string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const seg = (s: string | number) => encodePointerSegment(String(s));
const obj = (v: unknown): Answers | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Answers) : undefined);

/** An option's label; the element variants are the same question in newer-to-older versions. */
function optionLabel(variants: readonly FieldElement[], value: unknown): string {
  for (const e of variants) {
    const label = e.options?.[String(value)];
    if (label) return text(label, LANG);
  }
  return str(value);
}

export function cellText(variants: readonly FieldElement[], value: unknown): string {
  const element = variants[0]!;
  if (value === undefined || value === null) return '';
  switch (element.widget) {
    case 'radio':
    case 'select':
      return optionLabel(variants, value);
    case 'checkboxes':
      return (Array.isArray(value) ? value : [value]).map((v) => optionLabel(variants, v)).join(LIST_SEPARATOR);
    case 'consent':
      return value === true ? '同意する' : str(value);
    case 'attachments':
      return (Array.isArray(value) ? value : [value]).map((f) => str(obj(f)?.name ?? obj(f)?.id ?? f)).join(LIST_SEPARATOR);
    default:
      if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
      return str(value);
  }
}

interface Question {
  /** The same question in each version that asks it, newest first. */
  variants: FieldElement[];
  header: string;
  key: string;
  get(answers: Answers): unknown;
}

function leafColumns(q: Question): Column[] {
  const parts = PARTS[q.variants[0]!.widget];
  if (parts) {
    return parts.map(([part, label]) => ({
      key: `${q.key}/${part}`,
      header: `${q.header}_${label}`,
      value: (answers) => {
        const v = q.get(answers);
        return isMasked(v) ? HIDDEN_CELL : str(obj(v)?.[part]);
      },
    }));
  }
  return [
    {
      key: q.key,
      header: q.header,
      value: (answers) => {
        const v = q.get(answers);
        return isMasked(v) ? HIDDEN_CELL : cellText(q.variants, v);
      },
    },
  ];
}

/** The questions of the definitions, merged by field key: newest first, then what only older ones ask. */
function mergeFields(definitions: readonly FormDefinition[]): { key: string; variants: FieldElement[] }[] {
  const byKey = new Map<string, FieldElement[]>();
  for (const def of definitions) {
    for (const element of topLevelFields(def)) {
      const variants = byKey.get(element.field);
      if (variants) variants.push(element);
      else byKey.set(element.field, [element]);
    }
  }
  return [...byKey].map(([key, variants]) => ({ key, variants }));
}

function mergeInner(groups: readonly FieldElement[]): { key: string; variants: FieldElement[] }[] {
  const byKey = new Map<string, FieldElement[]>();
  for (const group of groups) {
    for (const inner of group.elements ?? []) {
      const variants = byKey.get(inner.field);
      if (variants) variants.push(inner);
      else byKey.set(inner.field, [inner]);
    }
  }
  return [...byKey].map(([key, variants]) => ({ key, variants }));
}

/** The most rows each repeating group has in any of the answers. */
export function groupRowCounts(definitions: readonly FormDefinition[], all: Iterable<Answers>): Map<string, number> {
  const groups = mergeFields(definitions).filter((f) => f.variants[0]!.widget === 'group');
  const max = new Map(groups.map((g) => [g.key, 0]));
  for (const answers of all) {
    for (const g of groups) {
      const rows = answers[g.key];
      if (Array.isArray(rows) && rows.length > max.get(g.key)!) max.set(g.key, rows.length);
    }
  }
  return max;
}

/**
 * The answer columns for submissions of these versions (current first). `rows` is
 * groupRowCounts() of the exported answers.
 */
export function answerColumns(definitions: readonly FormDefinition[], rows: ReadonlyMap<string, number>): Column[] {
  const columns: Column[] = [];
  for (const { key, variants } of mergeFields(definitions)) {
    const element = variants[0]!;
    const header = text(element.label, LANG);
    if (element.widget !== 'group') {
      columns.push(...leafColumns({ key: `/${seg(key)}`, header, variants, get: (a) => a[key] }));
      continue;
    }
    const itemLabel = text(element.itemLabel ?? element.label, LANG);
    const inner = mergeInner(variants);
    for (let i = 0; i < (rows.get(key) ?? 0); i++) {
      for (const field of inner) {
        columns.push(
          ...leafColumns({
            key: `/${seg(key)}/${i}/${seg(field.key)}`,
            header: `${itemLabel}${i + 1}_${text(field.variants[0]!.label, LANG)}`,
            variants: field.variants,
            get: (a) => {
              const list = a[key];
              return Array.isArray(list) ? obj(list[i])?.[field.key] : undefined;
            },
          }),
        );
      }
    }
  }
  return columns;
}

/** Two questions with the same label get 「（2）」, 「（3）」 so every header names one column. */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h}（${n}）`;
  });
}
