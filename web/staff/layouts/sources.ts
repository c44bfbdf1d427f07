// What can be printed into a paper layout's box (server/pdf/layout-pointer.ts): a fixed item
// of the submission (receipt number, filing date, ...) or an answer by JSON Pointer, down to
// one part of a name or address and one row of a repeating group. A check box takes a yes/no
// answer, or "this option was chosen" ('/purposes=insurance').
import { type FieldElement, type FormDefinition, isFieldElement } from '../../../core/definition.ts';
import { encodePointerSegment } from '../../../core/fields.ts';
import { text } from '../../../core/i18n.ts';
import { ANSWER_PARTS, FIXED_ITEMS, type FixedItem } from '../../../core/layout-items.ts';

export { FIXED_ITEMS };

/** The kind of PDF box a source is for: text takes anything printable, a check box a yes/no. */
export type BoxKind = 'text' | 'checkbox' | 'choice';

export interface Source {
  value: string;
  label: string;
}

const CHOICE = new Set(['radio', 'select', 'checkboxes']);
const BOOLEAN = new Set(['yes-no', 'consent']);

export interface SourceLabels {
  fixed: Record<FixedItem, string>;
  part: (part: string) => string;
  row: (label: string, n: number) => string;
  equals: (label: string, option: string) => string;
  yes: string;
  no: string;
}

function forElement(el: FieldElement, pointer: string, label: string, kind: BoxKind, lang: string, l: SourceLabels, out: Source[]): void {
  if (el.widget === 'attachments' || el.widget === 'group') return;
  if (kind === 'checkbox') {
    if (BOOLEAN.has(el.widget)) {
      out.push({ value: pointer, label });
      if (el.widget === 'yes-no') {
        out.push({ value: `${pointer}=true`, label: l.equals(label, l.yes) }, { value: `${pointer}=false`, label: l.equals(label, l.no) });
      }
    }
    if (CHOICE.has(el.widget)) {
      for (const [value, optionLabel] of Object.entries(el.options ?? {})) out.push({ value: `${pointer}=${value}`, label: l.equals(label, text(optionLabel, lang)) });
    }
    return;
  }
  if (kind === 'choice') {
    if (CHOICE.has(el.widget) || BOOLEAN.has(el.widget)) out.push({ value: pointer, label });
    return;
  }
  out.push({ value: pointer, label });
  for (const part of ANSWER_PARTS[el.widget] ?? []) out.push({ value: `${pointer}/${part}`, label: `${label}（${l.part(part)}）` });
}

/** Every source a box of `kind` can take, in form order; `groupRows` rows of each repeating group. */
export function layoutSources(def: FormDefinition, lang: string, kind: BoxKind, labels: SourceLabels, groupRows = 3): Source[] {
  const out: Source[] = kind === 'text' ? FIXED_ITEMS.map((f) => ({ value: f, label: labels.fixed[f] })) : [];
  for (const page of def.ui.pages) {
    for (const el of page.elements) {
      if (!isFieldElement(el)) continue;
      const key = `/${encodePointerSegment(el.field)}`;
      if (el.widget !== 'group') {
        forElement(el, key, text(el.label, lang), kind, lang, labels, out);
        continue;
      }
      const itemLabel = text(el.itemLabel ?? el.label, lang);
      for (let row = 0; row < groupRows; row++) {
        for (const inner of el.elements ?? []) {
          forElement(inner, `${key}/${row}/${encodePointerSegment(inner.field)}`, `${labels.row(itemLabel, row + 1)}: ${text(inner.label, lang)}`, kind, lang, labels, out);
        }
      }
    }
  }
  return out;
}

/** The kind of source an AcroForm field type takes (buttons and signatures take none). */
export function boxKind(type: string | undefined): BoxKind | null {
  if (type === 'checkbox') return 'checkbox';
  if (type === 'radio' || type === 'dropdown' || type === 'list') return 'choice';
  if (type === 'button' || type === 'signature') return null;
  return 'text';
}
