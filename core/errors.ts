// Turns validator output into one clear message per field, in the citizen's language,
// naming the field by its label (not its key), e.g. 「お子さん 2: 生年月日」を入力してください。
import type { FieldElement, FormDefinition } from './definition.ts';
import { encodePointerSegment, splitPointer, topLevelFields } from './fields.ts';
import { text } from './i18n.ts';
import { message } from './messages.ts';
import type { AjvErrorLike } from './validator-runtime.ts';

export interface FieldError {
  /** JSON Pointer into the answers. */
  path: string;
  code: string;
  message: string;
}

const CHOICE_WIDGETS = new Set(['radio', 'select', 'checkboxes', 'yes-no']);
const COMPOSITE_PARTS = new Set(['name-kana', 'postal-address']);
const PART_NAMES = new Set(['family', 'given', 'familyKana', 'givenKana', 'postalCode', 'address1', 'address2']);

interface Located {
  label: string;
  element?: FieldElement;
  order: number;
}

function locate(def: FormDefinition, path: string, lang: string): Located {
  const [key = '', ...rest] = splitPointer(path);
  const fields = topLevelFields(def);
  const order = fields.findIndex((f) => f.field === key);
  let element = fields[order];
  if (!element) return { label: key || message('label.answers', lang), order: Number.MAX_SAFE_INTEGER };
  let label = text(element.label, lang);
  if (element.widget === 'group' && rest.length > 0 && /^\d+$/.test(rest[0]!)) {
    const row = Number(rest.shift()) + 1;
    label = `${text(element.itemLabel ?? element.label, lang)} ${message('part.row', lang, { n: row })}`;
    const inner = element.elements?.find((e) => e.field === rest[0]);
    if (inner) {
      rest.shift();
      element = inner;
      label = `${label}: ${text(inner.label, lang)}`;
    }
  }
  if (COMPOSITE_PARTS.has(element.widget) && rest[0]) {
    const part = PART_NAMES.has(rest[0]) ? message(`part.${rest[0]}`, lang) : rest[0];
    label = message('part.of', lang, { label, part });
  }
  return { label, element, order };
}

function messageKey(error: AjvErrorLike, element: FieldElement | undefined): string {
  const widget = element?.widget;
  switch (error.keyword) {
    case 'required':
      if (widget === 'consent') return 'required.consent';
      if (widget === 'attachments') return 'required.file';
      return widget && CHOICE_WIDGETS.has(widget) ? 'required.choice' : 'required';
    case 'format':
      return `format.${String(error.params.format)}`;
    case 'type':
      return error.params.type === 'integer' ? 'integer' : 'type';
    case 'minItems':
    case 'maxItems':
      return widget === 'attachments' ? `${error.keyword}.file` : error.keyword;
    case 'false schema':
      return 'notAllowed';
    case 'additionalProperties':
      return 'unknown';
    default:
      return error.keyword;
  }
}

function errorPath(error: AjvErrorLike): string {
  if (error.keyword === 'required') return `${error.instancePath}/${encodePointerSegment(String(error.params.missingProperty))}`;
  if (error.keyword === 'additionalProperties') {
    return `${error.instancePath}/${encodePointerSegment(String(error.params.additionalProperty))}`;
  }
  return error.instancePath;
}

function codeOf(error: AjvErrorLike): string {
  if (error.keyword === 'false schema') return 'notAllowed';
  if (error.keyword === 'additionalProperties') return 'unknown';
  if (error.keyword === 'format') return `format:${String(error.params.format)}`;
  return error.keyword;
}

export function describeErrors(def: FormDefinition, errors: readonly AjvErrorLike[], lang: string): FieldError[] {
  const out: (FieldError & { order: number })[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // `if` only says that a then/else branch failed; that branch's own error is reported.
    if (error.keyword === 'if') continue;
    const path = errorPath(error);
    if (seen.has(path) || [...seen].some((p) => path.startsWith(`${p}/`))) continue;
    seen.add(path);
    const { label, element, order } = locate(def, path, lang);
    const limit = error.params.limit ?? error.params.comparison ?? '';
    out.push({
      path,
      code: codeOf(error),
      message: message(messageKey(error, element), lang, { label, limit: String(limit) }),
      order,
    });
  }
  return out.sort((a, b) => a.order - b.order).map(({ order: _order, ...e }) => e);
}

export function fieldLabel(def: FormDefinition, path: string, lang: string): string {
  return locate(def, path, lang).label;
}
