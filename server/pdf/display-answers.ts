// The answers of a submission as labelled display rows, in the order the citizen was
// asked (ui pages), with the labels of the version it was filed against. Pure: the PDF
// lays these rows out, and a CSV export or the staff inbox can use the same rows.
import type { FieldElement, FormDefinition, JSONSchema } from '../../core/definition.ts';
import { isFieldElement } from '../../core/definition.ts';
import { encodePointerSegment, itemSchema, propertySchema } from '../../core/fields.ts';
import { text } from '../../core/i18n.ts';
import { formatAnswer, isEmptyAnswer } from './format-answer.ts';
import { printMessages } from './messages.ts';

export interface DisplayRow {
  /**
   * section: a page title; heading: a heading inside a page; group: a repeating group's
   * label; item: one row of it (「お子さん 2」); answer: a label and its value.
   */
  kind: 'section' | 'heading' | 'group' | 'item' | 'answer';
  label: string;
  /** The printed value (answers only; '' otherwise). May hold line breaks. */
  value: string;
  /** Nesting: 0 at the top, 1 for a group's rows, 2 for the answers inside a row. */
  depth: number;
  /** JSON Pointer of the answer in the submission (answers, groups and items). */
  pointer?: string;
}

export interface DisplayOptions {
  /**
   * Visibility as core/visibility.ts computes it. Given, a visible question without an
   * answer prints 「（未回答）」 and hidden ones are left out. Without it every absent
   * answer is left out: stored answers never hold hidden fields (the validator rejects
   * them), so absent means hidden or skipped, and printing 「（未回答）」 for questions
   * the applicant was never asked would mislead whoever reads the paper.
   */
  isHidden?: (pointer: string) => boolean;
}

type Answers = Record<string, unknown>;

const child = (pointer: string, key: string | number): string => `${pointer}/${encodePointerSegment(String(key))}`;

function rowsOfField(
  def: FormDefinition,
  element: FieldElement,
  schema: JSONSchema | undefined,
  value: unknown,
  pointer: string,
  depth: number,
  lang: string,
  options: DisplayOptions,
): DisplayRow[] {
  if (options.isHidden?.(pointer)) return [];
  const label = text(element.label, lang);
  const m = printMessages(lang);
  if (isEmptyAnswer(value)) {
    return options.isHidden ? [{ kind: 'answer', label, value: m.unanswered, depth, pointer }] : [];
  }
  if (element.widget !== 'group') {
    return [{ kind: 'answer', label, value: formatAnswer(element, schema, value, lang), depth, pointer }];
  }
  const items = itemSchema(def.schema, schema);
  const itemLabel = text(element.itemLabel ?? element.label, lang);
  const rows: DisplayRow[] = [{ kind: 'group', label, value: '', depth, pointer }];
  (Array.isArray(value) ? value : []).forEach((row, i) => {
    const rowPointer = child(pointer, i);
    rows.push({ kind: 'item', label: m.groupRow(itemLabel, i + 1), value: '', depth: depth + 1, pointer: rowPointer });
    for (const inner of element.elements ?? []) {
      const innerValue = row && typeof row === 'object' ? (row as Answers)[inner.field] : undefined;
      const innerSchema = propertySchema(def.schema, items, inner.field);
      rows.push(...rowsOfField(def, inner, innerSchema, innerValue, child(rowPointer, inner.field), depth + 2, lang, options));
    }
  });
  return rows;
}

export function displayAnswers(definition: FormDefinition, answers: Answers, lang: string, options: DisplayOptions = {}): DisplayRow[] {
  const out: DisplayRow[] = [];
  for (const page of definition.ui.pages) {
    // Titles are printed only above something: a page or heading with no answers is left out.
    let pendingSection: DisplayRow | undefined = { kind: 'section', label: text(page.title, lang), value: '', depth: 0 };
    let pendingHeading: DisplayRow | undefined;
    for (const element of page.elements) {
      if (!isFieldElement(element)) {
        if (element.kind === 'heading') pendingHeading = { kind: 'heading', label: text(element.content, lang), value: '', depth: 0 };
        continue;
      }
      const pointer = child('', element.field);
      const schema = propertySchema(definition.schema, definition.schema, element.field);
      const rows = rowsOfField(definition, element, schema, answers[element.field], pointer, 0, lang, options);
      if (rows.length === 0) continue;
      if (pendingSection) out.push(pendingSection);
      if (pendingHeading) out.push(pendingHeading);
      pendingSection = pendingHeading = undefined;
      out.push(...rows);
    }
  }
  return out;
}
