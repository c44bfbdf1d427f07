// A new, empty form: one page, no fields, an empty (valid) 記入例.
import { CATEGORIES, type Category, type FormDefinition, type LocalText } from '../definition.ts';
import { BuilderError } from './builder-error.ts';

const FORM_ID = /^[a-z0-9][a-z0-9-]{1,63}$/;

/** What a blank form needs; `title` may be plain Japanese text. */
export interface BlankOptions {
  id: string;
  title: LocalText | string;
  department: string;
  category?: Category;
}

/** The title of the first page of a blank form. */
export const FIRST_PAGE_TITLE: LocalText = { ja: '申請の内容', en: 'Your application' };

/** A publishable form with one empty page (BuilderError on a bad id, title or category). */
export function blankDefinition({ id, title, department, category = 'other' }: BlankOptions): FormDefinition {
  if (typeof id !== 'string' || !FORM_ID.test(id)) throw new BuilderError('invalidId', { id: String(id) });
  const t: LocalText = typeof title === 'string' ? { ja: title } : { ...title };
  if (typeof t.ja !== 'string' || t.ja.trim() === '') throw new BuilderError('japaneseRequired', { what: 'title' });
  if (!CATEGORIES.includes(category)) throw new BuilderError('invalidCategory', { category: String(category) });
  return {
    id,
    title: t,
    category,
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: t.ja,
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: {},
    },
    ui: { pages: [{ id: 'page1', title: { ...FIRST_PAGE_TITLE }, elements: [] }] },
    settings: { department },
    example: {},
  };
}
