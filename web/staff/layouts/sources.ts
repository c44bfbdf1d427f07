// What can be printed into a paper layout's box: an answer (by JSON Pointer, like every
// answer in the app) or a fact of the submission (its receipt number, its filing date).
import { type FormDefinition, isFieldElement } from '../../../core/definition.ts';
import { encodePointerSegment } from '../../../core/fields.ts';
import { text } from '../../../core/i18n.ts';

export const SPECIAL_SOURCES = ['$receiptNumber', '$createdAt'] as const;

export interface Source {
  value: string;
  label: string;
}

/** Every answer that prints as one piece of text, in form order; rows of a group by index. */
export function layoutSources(def: FormDefinition, lang: string, special: Record<(typeof SPECIAL_SOURCES)[number], string>, groupRows = 3): Source[] {
  const out: Source[] = SPECIAL_SOURCES.map((s) => ({ value: s, label: special[s] }));
  for (const page of def.ui.pages) {
    for (const el of page.elements) {
      if (!isFieldElement(el) || el.widget === 'attachments') continue;
      const key = `/${encodePointerSegment(el.field)}`;
      if (el.widget !== 'group') {
        out.push({ value: key, label: text(el.label, lang) });
        continue;
      }
      const itemLabel = text(el.itemLabel ?? el.label, lang);
      for (let row = 0; row < groupRows; row++) {
        for (const inner of el.elements ?? []) {
          if (inner.widget === 'attachments') continue;
          out.push({ value: `${key}/${row}/${encodePointerSegment(inner.field)}`, label: `${itemLabel} ${row + 1}: ${text(inner.label, lang)}` });
        }
      }
    }
  }
  return out;
}
