import { describe, expect, it } from 'vitest';
import { addElement } from '../../../core/builder/add-element.ts';
import { ELEMENT_KINDS } from '../../../core/builder/element-kinds.ts';
import { compile } from '../../../core/compile.ts';
import type { FieldElement } from '../../../core/definition.ts';
import { buildServerValidator } from '../../../core/validator-code.ts';
import { blank, expectLintClean, libraryForm } from './helpers.ts';

describe('addElement', () => {
  it.each(ELEMENT_KINDS.map((k) => [k]))('adds a %s that passes lint and compiles', (kind) => {
    const { def, address } = addElement(blank(), { page: 0, index: 0 }, kind);
    expect(address).toEqual({ page: 0, index: 0 });
    expectLintClean(def);
    expect(() => buildServerValidator(compile(def))).not.toThrow();
  });

  it('generates unique keys from the kind and labels new questions 「新しい質問」', () => {
    let def = blank();
    def = addElement(def, { page: 0, index: 0 }, 'text').def;
    def = addElement(def, { page: 0, index: 1 }, 'text').def;
    def = addElement(def, { page: 0, index: 2 }, 'radio').def;
    const fields = def.ui.pages[0]?.elements as FieldElement[];
    expect(fields.map((f) => f.field)).toEqual(['text1', 'text2', 'choice1']);
    expect(fields[0]?.label).toEqual({ ja: '新しい質問' });
    expect(Object.keys(def.schema.properties as object)).toEqual(['text1', 'text2', 'choice1']);
  });

  it('is not required by default, except consent', () => {
    let def = addElement(blank(), { page: 0, index: 0 }, 'text').def;
    expect(def.schema.required).toEqual([]);
    def = addElement(def, { page: 0, index: 1 }, 'consent').def;
    expect(def.schema.required).toEqual(['consent1']);
  });

  it('inserts at the index, clamping past the end', () => {
    let def = addElement(blank(), { page: 0, index: 0 }, 'text').def;
    const r = addElement(def, { page: 0, index: 0 }, 'heading');
    expect(r.address).toEqual({ page: 0, index: 0 });
    expect(r.def.ui.pages[0]?.elements[0]).toEqual({ kind: 'heading', content: { ja: '見出し' } });
    def = addElement(r.def, { page: 0, index: 99 }, 'email').def;
    expect((def.ui.pages[0]?.elements[2] as FieldElement).widget).toBe('email');
  });

  it('adds into a repeating group: item schema, address with child', () => {
    const g = addElement(blank(), { page: 0, index: 0 }, 'group');
    const r = addElement(g.def, { page: 0, index: 0, group: 0 }, 'name-kana');
    expect(r.address).toEqual({ page: 0, index: 0, child: 0 });
    const group = r.def.ui.pages[0]?.elements[0] as FieldElement;
    expect(group.elements?.map((e) => e.field)).toEqual(['name1']);
    const items = (r.def.schema.properties as Record<string, { items: { properties: object } }>).group1?.items;
    expect(Object.keys(items?.properties ?? {})).toEqual(['name1']);
    expectLintClean(r.def);
  });

  it('refuses a group inside a group, content inside a group, and a non-group target', () => {
    const g = addElement(addElement(blank(), { page: 0, index: 0 }, 'group').def, { page: 0, index: 1 }, 'text').def;
    expect(() => addElement(g, { page: 0, index: 0, group: 0 }, 'group')).toThrow(expect.objectContaining({ code: 'nestedGroup' }));
    expect(() => addElement(g, { page: 0, index: 0, group: 0 }, 'heading')).toThrow(expect.objectContaining({ code: 'contentInGroup' }));
    expect(() => addElement(g, { page: 0, index: 0, group: 1 }, 'text')).toThrow(expect.objectContaining({ code: 'notAGroup' }));
    expect(() => addElement(g, { page: 3, index: 0 }, 'text')).toThrow(expect.objectContaining({ code: 'noSuchPage' }));
  });

  it('keys stay unique across a library form, including fields inside groups', () => {
    const lib = libraryForm('childcare/jidou-teate-nintei');
    const r = addElement(lib, { page: 0, index: 0 }, 'name-kana');
    const added = r.def.ui.pages[0]?.elements[0] as FieldElement;
    expect(added.field).toBe('name1'); // "name" exists only inside the children group
    expectLintClean(r.def);
    expect(lib.ui.pages[0]?.elements[0]).not.toBe(added);
  });
});
