// A new element of a kind, as the builder adds it: the ui element and its schema.
import type { Element, FieldElement, JSONSchema, LocalText } from '../definition.ts';
import { BuilderError } from './builder-error.ts';
import { isElementKind, type ElementKind } from './element-kinds.ts';
import { attachmentSchema, groupItemSchema, nameKanaSchema, postalAddressSchema } from './schemas.ts';

/** A freshly created element; `schema` is absent for heading/paragraph. */
export interface NewElement {
  element: Element;
  schema?: JSONSchema;
  /** Whether it starts required (only consent: an unticked consent box means nothing). */
  required: boolean;
}

/** Label of a new question. Japanese only, so the translation list shows it as untranslated. */
export const NEW_QUESTION: LocalText = { ja: '新しい質問' };

/** The two options a new choice field starts with. */
export const NEW_OPTIONS: Record<string, LocalText> = { option1: { ja: '選択肢1' }, option2: { ja: '選択肢2' } };

const STRING_LIMITS: Partial<Record<ElementKind, JSONSchema>> = {
  text: { type: 'string', maxLength: 100 },
  textarea: { type: 'string', maxLength: 1000 },
  email: { type: 'string', format: 'email', maxLength: 254 },
  tel: { type: 'string', format: 'jp-phone', maxLength: 20 },
  date: { type: 'string', format: 'date', maxLength: 10 },
  'wareki-date': { type: 'string', format: 'date', maxLength: 10 },
  katakana: { type: 'string', format: 'katakana', maxLength: 60 },
};

function fieldSchema(kind: ElementKind): JSONSchema {
  const simple = STRING_LIMITS[kind];
  if (simple) return structuredClone(simple);
  switch (kind) {
    case 'number':
      return { type: 'integer', minimum: 0 };
    case 'radio':
    case 'select':
      return { type: 'string', enum: Object.keys(NEW_OPTIONS) };
    case 'checkboxes':
      return { type: 'array', items: { enum: Object.keys(NEW_OPTIONS) }, uniqueItems: true };
    case 'yes-no':
      return { type: 'boolean' };
    case 'consent':
      return { const: true };
    case 'name-kana':
      return nameKanaSchema();
    case 'postal-address':
      return postalAddressSchema();
    case 'attachments':
      return { type: 'array', maxItems: 5, items: attachmentSchema() };
    case 'group':
      return { type: 'array', maxItems: 10, items: groupItemSchema() };
    default:
      throw new BuilderError('unknownKind', { kind });
  }
}

function label(kind: ElementKind): LocalText {
  if (kind === 'consent') return { ja: '上記の内容を確認し、同意します。' };
  if (kind === 'group') return { ja: '新しい繰り返し項目' };
  return { ...NEW_QUESTION };
}

/** The ui element and schema of a new element of `kind` under field key `key`. */
export function createElement(kind: ElementKind, key: string): NewElement {
  if (!isElementKind(kind)) throw new BuilderError('unknownKind', { kind: String(kind) });
  if (kind === 'heading') return { element: { kind: 'heading', content: { ja: '見出し' } }, required: false };
  if (kind === 'paragraph') return { element: { kind: 'paragraph', content: { ja: '説明文を入力してください。' } }, required: false };
  const element: FieldElement = { field: key, widget: kind, label: label(kind) };
  if (kind === 'radio' || kind === 'select' || kind === 'checkboxes') element.options = structuredClone(NEW_OPTIONS);
  if (kind === 'attachments') element.accept = ['image/*', 'application/pdf'];
  if (kind === 'group') element.elements = [];
  const schema = { title: element.label.ja, ...fieldSchema(kind) };
  return { element, schema, required: kind === 'consent' };
}
