// What every widget component receives. One component per widget (see index.ts).
import type { ComponentChildren } from 'preact';
import type { FieldElement, FormDefinition, JSONSchema } from '../../../core/definition.ts';
import type { Translate, UiLang } from '../i18n/index.ts';
import type { UiError } from '../runtime.ts';

export interface FieldContext {
  formId: string;
  def: FormDefinition;
  lang: UiLang;
  t: Translate;
  /** Errors to show at or beneath `pointer`. */
  errorsAt(pointer: string): UiError[];
  isHidden(pointer: string): boolean;
  get(pointer: string): unknown;
  set(pointer: string, value: unknown): void;
  update(pointer: string, fn: (previous: unknown) => unknown): void;
  draft(key: string): unknown;
  setDraft(key: string, value: unknown): void;
  /** Normalises the stored value (trims, kana → katakana, 全角 digits → 半角, ...). */
  normalize(pointer: string, element: FieldElement, schema: JSONSchema): void;
  /** The citizen left the field: normalise its value and show its errors. */
  leave(pointer: string, element: FieldElement, schema: JSONSchema): void;
  /** Shows the errors of `key` (a pointer, or a widget's own key such as an email confirmation). */
  reveal(key: string): void;
  /** Renders any field (used by groups for their rows). */
  render(props: FieldProps): ComponentChildren;
}

export interface FieldProps {
  element: FieldElement;
  /** The field's own schema (for a group row field: the property schema of the item). */
  schema: JSONSchema;
  pointer: string;
  required: boolean;
  ctx: FieldContext;
}
