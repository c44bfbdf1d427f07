import { describe, expect, it } from 'vitest';
import { addElement } from '../../../core/builder/add-element.ts';
import { BuilderError } from '../../../core/builder/builder-error.ts';
import { readField } from '../../../core/builder/read-field.ts';
import { updateField } from '../../../core/builder/update-field.ts';
import type { FormDefinition, JSONSchema } from '../../../core/definition.ts';
import { sensitivePointers } from '../../../core/sensitive.ts';
import { buildServerValidator } from '../../../core/validator-code.ts';
import { compile } from '../../../core/compile.ts';
import { blank, deepFreeze, expectLintClean, libraryForm } from './helpers.ts';

const props = (def: FormDefinition) => def.schema.properties as Record<string, JSONSchema>;

function withKinds(...kinds: Parameters<typeof addElement>[2][]): FormDefinition {
  let def = blank();
  for (const k of kinds) def = addElement(def, { page: 0, index: 99 }, k).def;
  return deepFreeze(def);
}

describe('the sensitive setting', () => {
  it('is offered for answers worth sealing, not for e-mail, files, groups, consent or content', () => {
    const def = withKinds('text', 'number', 'radio', 'checkboxes', 'name-kana', 'email', 'attachments', 'group', 'consent', 'heading');
    const offered = def.ui.pages[0]!.elements.map((_, index) => readField(def, { page: 0, index }).editable.includes('sensitive'));
    expect(offered).toEqual([true, true, true, true, true, false, false, false, false, false]);
    expect(readField(def, { page: 0, index: 0 }).sensitive).toBe(false);
    expect(readField(def, { page: 0, index: 5 }).sensitive).toBeUndefined();
  });

  it('marks the property with x-sensitive and clears it again; the validator takes it as an annotation', () => {
    const def = withKinds('text', 'checkboxes');
    const marked = updateField(def, { page: 0, index: 1 }, { sensitive: true });
    const key = def.ui.pages[0]!.elements[1] as { field: string };
    expect(props(marked)[key.field]!['x-sensitive']).toBe(true);
    expect(readField(marked, { page: 0, index: 1 }).sensitive).toBe(true);
    expect(sensitivePointers(marked)).toEqual([`/${key.field}`]);
    expectLintClean(marked);
    // Strict ajv refuses unknown keywords: building proves x-sensitive is registered, and it changes no verdict.
    const before = buildServerValidator(compile(def)).validate;
    const after = buildServerValidator(compile(marked)).validate;
    for (const answers of [{}, { [key.field]: ['no-such-option'] }, { [key.field]: 'not a list' }, def.example]) expect(after(answers)).toBe(before(answers));
    const cleared = updateField(marked, { page: 0, index: 1 }, { sensitive: false });
    expect(props(cleared)[key.field]).not.toHaveProperty('x-sensitive');
    expect(sensitivePointers(cleared)).toEqual([]);
  });

  it('marks a field inside a repeating group', () => {
    let def = withKinds('group');
    def = addElement(def, { page: 0, group: 0, index: 0 }, 'textarea').def;
    const next = updateField(def, { page: 0, index: 0, child: 0 }, { sensitive: true });
    const group = def.ui.pages[0]!.elements[0] as { field: string; elements: { field: string }[] };
    expect(sensitivePointers(next)).toEqual([`/${group.field}/*/${group.elements[0]!.field}`]);
    expect(readField(next, { page: 0, index: 0, child: 0 }).sensitive).toBe(true);
  });

  it('reads the mark of the library forms, and refuses it where it is not offered', () => {
    const jidou = libraryForm('childcare/jidou-teate-nintei');
    const pageOf = jidou.ui.pages.findIndex((p) => p.elements.some((e) => (e as { field?: string }).field === 'claimantMyNumber'));
    const index = jidou.ui.pages[pageOf]!.elements.findIndex((e) => (e as { field?: string }).field === 'claimantMyNumber');
    expect(readField(jidou, { page: pageOf, index }).sensitive).toBe(true);
    const def = withKinds('email');
    expect(() => updateField(def, { page: 0, index: 0 }, { sensitive: true })).toThrow(BuilderError);
  });
});
