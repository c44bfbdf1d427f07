// The builder's view of one element: schema and ui merged into the settings a staff
// member edits, and which of them can be edited for that element.
import type { JSONSchema, LocalText } from '../definition.ts';
import type { ElementKind } from './element-kinds.ts';

/** One option of a choice field: the stored value and its label. */
export interface ChoiceOption {
  value: string;
  label: LocalText;
}

/** Every setting of an element, in the order the settings panel lists them. */
export const SETTING_NAMES = [
  'kind',
  'key',
  'label',
  'help',
  'placeholder',
  'required',
  'calendar',
  'options',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'integer',
  'minItems',
  'maxItems',
  'accept',
  'confirm',
  'itemLabel',
  'default',
  'sensitive',
] as const;

/** The name of one setting. */
export type SettingName = (typeof SETTING_NAMES)[number];

/** An element as the settings panel shows it. For heading/paragraph, `label` is the text itself. */
export interface FieldSettings {
  kind: ElementKind;
  /** Field key (answers are stored under it); null for heading/paragraph. */
  key: string | null;
  label: LocalText;
  help?: LocalText;
  placeholder?: LocalText;
  /** Required when shown (a rule-shown field is required only while shown). */
  required: boolean;
  /** Whether a visibility rule shows this field (see simple-condition.ts / set-rule.ts). */
  shownByRule: boolean;
  /** Whether the element is a field inside a repeating group. */
  inGroup: boolean;
  /** date kinds: 和暦 (wareki-date) or 西暦 (date). */
  calendar?: 'wareki' | 'seireki';
  options?: ChoiceOption[];
  minLength?: number;
  maxLength?: number;
  /** Preset id (pattern-presets.ts), 'custom' for a hand-written pattern, null for none. */
  pattern?: string | null;
  minimum?: number;
  maximum?: number;
  /** number: whole numbers only. */
  integer?: boolean;
  /** group rows, attachment files, checked boxes. */
  minItems?: number;
  maxItems?: number;
  /** attachments: accepted MIME types. */
  accept?: string[];
  /** email: ask twice. */
  confirm?: boolean;
  /** group: what one row is called (お子さん 1, お子さん 2, ...). */
  itemLabel?: LocalText;
  /** Pre-filled answer (schema `default`). */
  default?: unknown;
  /**
   * Sealed at rest, masked in the back office until revealed, never in 集計 (schema
   * annotation `x-sensitive`, docs/adr/0009-sensitive-fields.md). Set for kinds that offer it.
   */
  sensitive?: boolean;
  /** Settings this element lets staff change. */
  editable: SettingName[];
}

/** A change to an element: absent = unchanged, null = removed (for optional settings). */
export interface FieldPatch {
  kind?: ElementKind;
  key?: string;
  label?: LocalText;
  help?: LocalText | null;
  placeholder?: LocalText | null;
  required?: boolean;
  calendar?: 'wareki' | 'seireki';
  options?: ChoiceOption[];
  minLength?: number | null;
  maxLength?: number | null;
  pattern?: string | null;
  minimum?: number | null;
  maximum?: number | null;
  integer?: boolean;
  minItems?: number | null;
  maxItems?: number | null;
  accept?: string[] | null;
  confirm?: boolean;
  itemLabel?: LocalText | null;
  default?: unknown;
  sensitive?: boolean;
}

const FIELD: SettingName[] = ['key', 'label', 'help', 'required'];

// Not offered for e-mail (mails need the address in clear), files (their names are not
// the secret; the files table is), groups (mark the fields inside) and consent.
const BY_KIND: Record<ElementKind, SettingName[]> = {
  text: ['kind', ...FIELD, 'placeholder', 'minLength', 'maxLength', 'pattern', 'default', 'sensitive'],
  textarea: ['kind', ...FIELD, 'placeholder', 'minLength', 'maxLength', 'default', 'sensitive'],
  number: [...FIELD, 'placeholder', 'minimum', 'maximum', 'integer', 'default', 'sensitive'],
  email: [...FIELD, 'placeholder', 'maxLength', 'confirm'],
  tel: [...FIELD, 'placeholder', 'sensitive'],
  date: ['kind', ...FIELD, 'calendar', 'sensitive'],
  'wareki-date': ['kind', ...FIELD, 'calendar', 'sensitive'],
  katakana: [...FIELD, 'placeholder', 'minLength', 'maxLength', 'default', 'sensitive'],
  radio: ['kind', ...FIELD, 'options', 'default', 'sensitive'],
  select: ['kind', ...FIELD, 'options', 'default', 'sensitive'],
  checkboxes: [...FIELD, 'options', 'minItems', 'maxItems', 'default', 'sensitive'],
  'yes-no': [...FIELD, 'default', 'sensitive'],
  'name-kana': [...FIELD, 'sensitive'],
  'postal-address': [...FIELD, 'sensitive'],
  attachments: [...FIELD, 'minItems', 'maxItems', 'accept'],
  group: [...FIELD, 'minItems', 'maxItems', 'itemLabel'],
  consent: [...FIELD],
  heading: ['kind', 'label'],
  paragraph: ['kind', 'label'],
};

/** Settings stored in the field's schema (not editable when the schema is hand-composed). */
export const SCHEMA_SETTINGS: ReadonlySet<SettingName> = new Set([
  'options',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'integer',
  'minItems',
  'maxItems',
  'default',
]);

const COMPOSED = ['anyOf', 'oneOf', 'allOf', 'not', 'if', 'then', 'else', '$ref'];

/** Kinds an element may be switched to without changing the shape of its answers. */
export const KIND_SWITCHES: Partial<Record<ElementKind, ElementKind[]>> = {
  text: ['textarea'],
  textarea: ['text'],
  radio: ['select'],
  select: ['radio'],
  date: ['wareki-date'],
  'wareki-date': ['date'],
  heading: ['paragraph'],
  paragraph: ['heading'],
};

/** Which settings can be edited for a kind, given the field's (resolved) schema. */
export function editableSettings(kind: ElementKind, schema: JSONSchema | undefined, choiceEnum?: unknown[]): SettingName[] {
  const all = BY_KIND[kind] ?? [];
  const composed = !!schema && COMPOSED.some((k) => k in schema);
  return all.filter((name) => {
    if (composed && SCHEMA_SETTINGS.has(name)) return false;
    if (name === 'options' && !(choiceEnum ?? []).every((v) => typeof v === 'string')) return false;
    if (name === 'options' && !choiceEnum) return false;
    return true;
  });
}
