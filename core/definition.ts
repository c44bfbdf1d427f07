// The form definition: what staff author and what a published version freezes.
// See docs/adr/0002-form-definition.md for why data (schema) and presentation (ui)
// are kept apart and how the two refer to each other.

/** Per-language text. Japanese is required; other languages fall back to it. */
export type LocalText = { ja: string } & Partial<Record<Lang, string>>;

export const LANGS = ['ja', 'ja-easy', 'en', 'zh-CN', 'ko', 'vi', 'pt-BR'] as const;
export type Lang = (typeof LANGS)[number];

/** A JSON Schema (2020-12) document or subschema. Kept loose on purpose: it is data. */
export type JSONSchema = { [keyword: string]: unknown };

export const WIDGETS = [
  'text', // short text
  'textarea', // long text
  'number',
  'email', // with optional confirm: typed twice
  'tel',
  'date', // 西暦 date picker
  'wareki-date', // 元号 + 年 + 月 + 日, stored as ISO date
  'katakana', // single katakana line
  'radio',
  'checkboxes', // multiple choice (array of enum)
  'select',
  'yes-no', // boolean
  'consent', // boolean that must be true (schema const: true)
  'name-kana', // { family, given, familyKana, givenKana }
  'postal-address', // { postalCode, address1, address2 }
  'attachments', // array of attachment references
  'group', // repeating group: array of objects
] as const;
export type Widget = (typeof WIDGETS)[number];

/** Shows one or more fields only while the answers match `when` (a JSON Schema). */
export interface Rule {
  show: string | string[];
  when: JSONSchema;
}

export interface FieldElement {
  /** Property name in the schema (relative to the item inside a group). */
  field: string;
  widget: Widget;
  label: LocalText;
  help?: LocalText;
  placeholder?: LocalText;
  /** Labels of enum values, for radio / checkboxes / select. Keys are the enum values. */
  options?: Record<string, LocalText>;
  /** email: ask twice. */
  confirm?: boolean;
  /** attachments: accepted MIME types, e.g. ["image/*", "application/pdf"]. */
  accept?: string[];
  /** HTML autocomplete token, e.g. "tel", "email", "bday". */
  autocomplete?: string;
  /** group: the fields of one row, their rules, and what to call one row. */
  elements?: FieldElement[];
  rules?: Rule[];
  itemLabel?: LocalText;
}

export interface ContentElement {
  content: LocalText;
  kind?: 'heading' | 'paragraph';
}

export type Element = FieldElement | ContentElement;

export interface Page {
  id: string;
  title: LocalText;
  description?: LocalText;
  elements: Element[];
}

export interface UI {
  pages: Page[];
  rules?: Rule[];
}

export const CATEGORIES = ['childcare', 'nursing-care', 'disaster', 'maternal-health', 'opinion', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Settings {
  department: string;
  /** ISO date-times; absent means always open. */
  opensAt?: string;
  closesAt?: string;
  closedMessage?: LocalText;
  /**
   * Places (定員) for a form without slots: filings that hold one; absent means unlimited.
   * A form with `slots` counts places per slot instead (docs/adr/0014-capacity.md).
   */
  capacity?: number;
  /** Time slots (講座の日時, 予約枠) the applicant picks one of, each with its own places. */
  slots?: Slot[];
  /** When full, take the filing as 順番待ち (waitlisted) instead of refusing it. */
  waitingList?: boolean;
  retentionYears?: number;
  notifications?: { staffEmails?: string[] };
  pdf?: JSONSchema;
}

export interface Slot {
  /** Stored with the submission: never rename one that has filings. */
  id: string;
  label: LocalText;
  capacity: number;
}

export interface FormDefinition {
  id: string;
  title: LocalText;
  description?: LocalText;
  category: Category;
  keywords?: string[];
  schema: JSONSchema;
  ui: UI;
  settings: Settings;
  /** 記入例: a complete, valid set of answers. */
  example: Record<string, unknown>;
}

export function isFieldElement(e: Element): e is FieldElement {
  return typeof (e as FieldElement).field === 'string';
}
