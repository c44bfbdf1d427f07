// 集計: what a form's submissions add up to, for the staff charts and for open data.
// Only answers that say nothing about one person are counted: choices (radio, select,
// checkboxes, yes-no) per option, and numbers as count/min/max/mean/median. Free text,
// names, addresses, phone numbers, e-mail, dates, My Number and files are never read here,
// so nothing personal can reach the result, whatever the form asks. A field marked
// sensitive (core/sensitive.ts) is left out even when it is a choice or a number, and a
// sealed value is never counted, whatever the current version says of its field.
import type { FieldElement, FormDefinition } from './definition.ts';
import { encodePointerSegment, topLevelFields } from './fields.ts';
import { text } from './i18n.ts';
import { isSealed, sensitivePointers } from './sensitive.ts';

export interface AggregateInput {
  /** The stored answers (an object; anything else counts as no answers). */
  answers: unknown;
  /** ISO instant of filing. */
  createdAt: string;
}

export interface OptionCount {
  /** The stored value: an option key, or true/false for yes-no. */
  value: string | boolean;
  label: string;
  count: number;
}

interface FieldBase {
  /**
   * Where the answer is: '/cause', or '/children/*\/relationship' for a field inside a
   * repeating group, which is counted once per row.
   */
  pointer: string;
  label: string;
  /** Answers (submissions, or rows of a group) that gave this field a value. */
  answered: number;
}

export interface ChoiceAggregate extends FieldBase {
  kind: 'choice';
  widget: 'radio' | 'select' | 'checkboxes' | 'yes-no';
  /** checkboxes: one answer may count for several options. */
  multiple: boolean;
  /** Every option of the form, in its order (zero counts included), then any stored value the form no longer offers. */
  options: OptionCount[];
}

export interface NumberAggregate extends FieldBase {
  kind: 'number';
  /** null when nobody answered. */
  min: number | null;
  max: number | null;
  mean: number | null;
  median: number | null;
}

export type FieldAggregate = ChoiceAggregate | NumberAggregate;

export interface Aggregate {
  total: number;
  /** Every day from the first filing to the last (Japan time), days without filings as 0. */
  perDay: { date: string; count: number }[];
  fields: FieldAggregate[];
}

const CHOICE_WIDGETS = new Set(['radio', 'select', 'checkboxes', 'yes-no']);
const YES_NO: Record<string, [string, string]> = { ja: ['はい', 'いいえ'], en: ['Yes', 'No'] };
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
// Guards perDay against a stray timestamp decades away (e.g. a clock error).
const MAX_DAYS = 3660;

/** The calendar date in Japan (UTC+9, no daylight saving) of an ISO instant, or null. */
export function tokyoDate(iso: string): string | null {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether a field's answers may be aggregated: choices and numbers only. */
export function isAggregatable(element: FieldElement): boolean {
  return CHOICE_WIDGETS.has(element.widget) || element.widget === 'number';
}

interface Target {
  element: FieldElement;
  pointer: string;
  label: string;
  /** The values of this field in one submission: one, or one per group row. */
  values(answers: Record<string, unknown>): unknown[];
}

function targets(def: FormDefinition, lang: string): Target[] {
  const out: Target[] = [];
  const sensitive = new Set(sensitivePointers(def));
  for (const element of topLevelFields(def)) {
    const key = element.field;
    if (sensitive.has(`/${encodePointerSegment(key)}`)) continue;
    if (element.widget === 'group') {
      const itemLabel = text(element.itemLabel ?? element.label, lang);
      for (const inner of element.elements ?? []) {
        const pointer = `/${encodePointerSegment(key)}/*/${encodePointerSegment(inner.field)}`;
        if (!isAggregatable(inner) || sensitive.has(pointer)) continue;
        out.push({
          element: inner,
          pointer,
          label: `${itemLabel}_${text(inner.label, lang)}`,
          values: (answers) => {
            const rows = answers[key];
            return Array.isArray(rows) ? rows.map((row) => (row && typeof row === 'object' ? (row as Record<string, unknown>)[inner.field] : undefined)) : [];
          },
        });
      }
    } else if (isAggregatable(element)) {
      out.push({ element, pointer: `/${encodePointerSegment(key)}`, label: text(element.label, lang), values: (answers) => [answers[key]] });
    }
  }
  return out;
}

const isAnswered = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0) && !isSealed(v);

function choice(target: Target, all: Record<string, unknown>[], lang: string): ChoiceAggregate {
  const { element } = target;
  const widget = element.widget as ChoiceAggregate['widget'];
  const counts = new Map<string, OptionCount>();
  if (widget === 'yes-no') {
    const [yes, no] = YES_NO[lang] ?? YES_NO.ja!;
    counts.set('true', { value: true, label: yes, count: 0 });
    counts.set('false', { value: false, label: no, count: 0 });
  } else {
    for (const [value, label] of Object.entries(element.options ?? {})) counts.set(value, { value, label: text(label, lang), count: 0 });
  }
  let answered = 0;
  for (const answers of all) {
    for (const value of target.values(answers)) {
      if (!isAnswered(value)) continue;
      answered++;
      // A checkbox answer names each option once, even if a stored array repeats one.
      const chosen = new Set((Array.isArray(value) ? value : [value]).map((v) => String(v)));
      for (const key of chosen) {
        let entry = counts.get(key);
        if (!entry) counts.set(key, (entry = { value: key, label: key, count: 0 }));
        entry.count++;
      }
    }
  }
  return { kind: 'choice', pointer: target.pointer, label: target.label, widget, multiple: widget === 'checkboxes', answered, options: [...counts.values()] };
}

function numbers(target: Target, all: Record<string, unknown>[]): NumberAggregate {
  const values: number[] = [];
  for (const answers of all) {
    for (const v of target.values(answers)) if (typeof v === 'number' && Number.isFinite(v)) values.push(v);
  }
  values.sort((a, b) => a - b);
  const n = values.length;
  const mid = Math.floor(n / 2);
  return {
    kind: 'number',
    pointer: target.pointer,
    label: target.label,
    answered: n,
    min: n ? values[0]! : null,
    max: n ? values[n - 1]! : null,
    mean: n ? values.reduce((a, b) => a + b, 0) / n : null,
    median: n ? (n % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2) : null,
  };
}

function perDay(submissions: readonly AggregateInput[]): Aggregate['perDay'] {
  const byDay = new Map<string, number>();
  for (const s of submissions) {
    const day = tokyoDate(s.createdAt);
    if (day) byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  if (byDay.size === 0) return [];
  const days = [...byDay.keys()].sort();
  const first = Date.parse(days[0]!);
  const last = Date.parse(days[days.length - 1]!);
  if ((last - first) / DAY_MS > MAX_DAYS) return days.map((date) => ({ date, count: byDay.get(date)! }));
  const out: Aggregate['perDay'] = [];
  for (let t = first; t <= last; t += DAY_MS) {
    const date = new Date(t).toISOString().slice(0, 10);
    out.push({ date, count: byDay.get(date) ?? 0 });
  }
  return out;
}

/** Aggregates `submissions` with the questions and labels of `definition` (the current version). */
export function aggregate(definition: FormDefinition, submissions: readonly AggregateInput[], lang = 'ja'): Aggregate {
  const all = submissions.map((s) => (s.answers && typeof s.answers === 'object' ? (s.answers as Record<string, unknown>) : {}));
  const fields = targets(definition, lang).map((t) => (t.element.widget === 'number' ? numbers(t, all) : choice(t, all, lang)));
  return { total: submissions.length, perDay: perDay(submissions), fields };
}
