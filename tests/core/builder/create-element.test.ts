import { describe, expect, it } from 'vitest';
import { createElement } from '../../../core/builder/create-element.ts';
import type { JSONSchema } from '../../../core/definition.ts';
import { libraryForm } from './helpers.ts';

const withoutTitles = (s: unknown): unknown =>
  JSON.parse(JSON.stringify(s, (k, v) => (k === 'title' ? undefined : v)));

describe('createElement', () => {
  const risai = libraryForm('disaster/risai-shomei');
  const props = risai.schema.properties as Record<string, JSONSchema>;

  it('name-kana uses exactly the library shape', () => {
    expect(withoutTitles(createElement('name-kana', 'n').schema)).toEqual(withoutTitles(props.applicantName));
  });

  it('postal-address uses the library shape (番地 optional)', () => {
    expect(withoutTitles(createElement('postal-address', 'a').schema)).toEqual(withoutTitles(props.applicantAddress));
  });

  it("attachments inline the library's attachment reference schema", () => {
    const s = createElement('attachments', 'f').schema as JSONSchema;
    expect(s.items).toEqual((risai.schema.$defs as Record<string, unknown>).attachment);
    expect(createElement('attachments', 'f').element).toMatchObject({ accept: ['image/*', 'application/pdf'] });
  });

  it('choices, consent, yes-no and groups', () => {
    expect(createElement('checkboxes', 'c').schema).toEqual({ title: '新しい質問', type: 'array', items: { enum: ['option1', 'option2'] }, uniqueItems: true });
    expect(createElement('consent', 'c')).toMatchObject({ schema: { const: true }, required: true });
    expect(createElement('yes-no', 'y').schema).toMatchObject({ type: 'boolean' });
    expect(createElement('group', 'g')).toMatchObject({ element: { widget: 'group', elements: [] }, schema: { type: 'array', items: { type: 'object', additionalProperties: false } } });
  });

  it('headings and paragraphs have no schema', () => {
    expect(createElement('heading', '')).toEqual({ element: { kind: 'heading', content: { ja: '見出し' } }, required: false });
    expect(createElement('paragraph', '').schema).toBeUndefined();
    expect(() => createElement('nope' as never, 'x')).toThrow(expect.objectContaining({ code: 'unknownKind' }));
  });
});
