import { describe, expect, it } from 'vitest';
import { addElement } from '../../../core/builder/add-element.ts';
import { deleteElement } from '../../../core/builder/delete-element.ts';
import { setRule } from '../../../core/builder/set-rule.ts';
import { updateField } from '../../../core/builder/update-field.ts';
import type { FieldElement, FormDefinition, JSONSchema } from '../../../core/definition.ts';
import { blank, deepFreeze, expectLintClean, libraryForm } from './helpers.ts';

const pageOf = (def: FormDefinition, key: string) => {
  for (let page = 0; page < def.ui.pages.length; page++) {
    const index = def.ui.pages[page]!.elements.findIndex((e) => 'field' in e && e.field === key);
    if (index >= 0) return { page, index };
  }
  throw new Error(key);
};

describe('deleteElement', () => {
  it('removes the element, its property, its required entry and its example answer', () => {
    let def = addElement(addElement(blank(), { page: 0, index: 0 }, 'text').def, { page: 0, index: 1 }, 'email').def;
    def = deepFreeze({ ...updateField(def, { page: 0, index: 0 }, { required: true }), example: { text1: 'a', email1: 'a@example.jp' } });
    const { def: next, removedRules } = deleteElement(def, { page: 0, index: 0 });
    expect(next.ui.pages[0]?.elements.map((e) => (e as FieldElement).field)).toEqual(['email1']);
    expect(Object.keys(next.schema.properties as object)).toEqual(['email1']);
    expect(next.schema.required).toEqual([]);
    expect(next.example).toEqual({ email1: 'a@example.jp' });
    expect(removedRules).toEqual([]);
    expectLintClean(next);
  });

  it('removes and reports rules watching the field; the fields they showed become always shown', () => {
    const risai = libraryForm('disaster/risai-shomei');
    const { def, removedRules } = deleteElement(risai, pageOf(risai, 'cause'));
    expect(removedRules.map((r) => [r.reason, r.rule.show])).toEqual([
      ['watched', 'causeOther'],
      ['watched', 'inundation'],
    ]);
    expect(def.ui.rules?.some((r) => JSON.stringify(r.when).includes('"cause"'))).toBe(false);
    expect(def.example).not.toHaveProperty('cause');
    expectLintClean(def);
  });

  it('removes a rule that showed only the deleted field, and shortens a shared one', () => {
    const risai = libraryForm('disaster/risai-shomei');
    const one = deleteElement(risai, pageOf(risai, 'causeOther'));
    expect(one.removedRules).toEqual([{ reason: 'shown', scope: '', rule: risai.ui.rules?.[2] }]);
    const shared = deleteElement(risai, pageOf(risai, 'victimName'));
    expect(shared.removedRules).toEqual([]);
    expect(shared.def.ui.rules?.[0]?.show).toBe('relationToVictim');
    expectLintClean(shared.def);
  });

  it('deletes a field inside a group: item schema, group rules, example rows', () => {
    const nintei = libraryForm('childcare/jidou-teate-nintei');
    const at = pageOf(nintei, 'children');
    const { def, removedRules } = deleteElement(nintei, { ...at, child: 2 }); // relationship
    expect(removedRules).toEqual([{ reason: 'watched', scope: 'children', rule: (nintei.ui.pages[at.page]!.elements[at.index] as FieldElement).rules?.[0] }]);
    const items = ((def.schema.properties as Record<string, JSONSchema>).children?.items ?? {}) as JSONSchema;
    expect(items.properties).not.toHaveProperty('relationship');
    for (const row of def.example.children as object[]) expect(row).not.toHaveProperty('relationship');
    expectLintClean(def);
  });

  it('deletes a heading without touching the schema', () => {
    const def = deepFreeze(addElement(addElement(blank(), { page: 0, index: 0 }, 'heading').def, { page: 0, index: 1 }, 'text').def);
    const next = deleteElement(def, { page: 0, index: 0 }).def;
    expect(next.schema).toEqual(def.schema);
    expect(next.ui.pages[0]?.elements).toHaveLength(1);
  });

  it('deleting a group takes its rows rules with it and drops rules on the group', () => {
    let def = addElement(addElement(blank(), { page: 0, index: 0 }, 'group').def, { page: 0, index: 1 }, 'text').def;
    def = setRule(def, { page: 0, index: 1 }, { combine: 'all', conditions: [{ field: 'group1', op: 'answered' }] });
    const { def: next, removedRules } = deleteElement(def, { page: 0, index: 0 });
    expect(removedRules).toHaveLength(1);
    expect(next.ui.rules).toBeUndefined();
    expectLintClean(next);
  });

  it('refuses an address that does not exist', () => {
    expect(() => deleteElement(blank(), { page: 0, index: 0 })).toThrow(expect.objectContaining({ code: 'noSuchElement' }));
  });
});
