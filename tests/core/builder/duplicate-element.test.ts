import { describe, expect, it } from 'vitest';
import { addElement } from '../../../core/builder/add-element.ts';
import { duplicateElement } from '../../../core/builder/duplicate-element.ts';
import { readField } from '../../../core/builder/read-field.ts';
import { readRule } from '../../../core/builder/read-rule.ts';
import { setRule } from '../../../core/builder/set-rule.ts';
import { updateField } from '../../../core/builder/update-field.ts';
import type { FieldElement } from '../../../core/definition.ts';
import { blank, deepFreeze, expectLintClean, libraryForm } from './helpers.ts';

describe('duplicateElement', () => {
  it('copies a field right after it with a new key, same settings and example answer', () => {
    let def = addElement(blank(), { page: 0, index: 0 }, 'radio').def;
    def = updateField(def, { page: 0, index: 0 }, { label: { ja: '性別' }, required: true });
    def = deepFreeze({ ...def, example: { choice1: 'option1' } });
    const r = duplicateElement(def, { page: 0, index: 0 });
    expect(r.address).toEqual({ page: 0, index: 1 });
    const copy = readField(r.def, r.address);
    expect(copy).toMatchObject({ key: 'choice2', label: { ja: '性別' }, required: true, options: readField(def, { page: 0, index: 0 }).options });
    expect(Object.keys(r.def.schema.properties as object)).toEqual(['choice1', 'choice2']);
    expect(r.def.example).toEqual({ choice1: 'option1', choice2: 'option1' });
    expectLintClean(r.def);
  });

  it('the copy is unconditional: rules showing the original do not show the copy', () => {
    let def = addElement(addElement(blank(), { page: 0, index: 0 }, 'yes-no').def, { page: 0, index: 1 }, 'text').def;
    def = setRule(def, { page: 0, index: 1 }, { combine: 'all', conditions: [{ field: 'yesNo1', op: 'eq', value: true }] });
    const r = duplicateElement(def, { page: 0, index: 1 });
    expect(readRule(r.def, { page: 0, index: 1 })).not.toBeNull();
    expect(readRule(r.def, r.address)).toBeNull();
    expectLintClean(r.def);
  });

  it('copies a library group with its rows and their rules', () => {
    const nintei = libraryForm('childcare/jidou-teate-nintei');
    const page = nintei.ui.pages.findIndex((p) => p.elements.some((e) => 'field' in e && e.field === 'children'));
    const index = nintei.ui.pages[page]!.elements.findIndex((e) => 'field' in e && e.field === 'children');
    const r = duplicateElement(nintei, { page, index });
    const copy = r.def.ui.pages[page]!.elements[index + 1] as FieldElement;
    expect(copy.field).toBe('children1');
    expect(copy.rules).toEqual((nintei.ui.pages[page]!.elements[index] as FieldElement).rules);
    expectLintClean(r.def);
  });

  it('copies a field inside a group and a paragraph', () => {
    let def = addElement(blank(), { page: 0, index: 0 }, 'group').def;
    def = addElement(def, { page: 0, index: 0, group: 0 }, 'text').def;
    def = addElement(def, { page: 0, index: 1 }, 'paragraph').def;
    const child = duplicateElement(def, { page: 0, index: 0, child: 0 });
    expect(child.address).toEqual({ page: 0, index: 0, child: 1 });
    expect((child.def.ui.pages[0]?.elements[0] as FieldElement).elements?.map((e) => e.field)).toEqual(['text1', 'text2']);
    expectLintClean(child.def);
    const para = duplicateElement(def, { page: 0, index: 1 });
    expect(para.def.ui.pages[0]?.elements[2]).toEqual(def.ui.pages[0]?.elements[1]);
  });
});
