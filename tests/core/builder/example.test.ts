import { describe, expect, it } from 'vitest';
import { addElement } from '../../../core/builder/add-element.ts';
import { ELEMENT_KINDS } from '../../../core/builder/element-kinds.ts';
import { generateExample, refreshExample } from '../../../core/builder/example.ts';
import { setRule } from '../../../core/builder/set-rule.ts';
import { updateField } from '../../../core/builder/update-field.ts';
import { readField } from '../../../core/builder/read-field.ts';
import type { FormDefinition } from '../../../core/definition.ts';
import { normalizeAnswers } from '../../../core/normalize.ts';
import { blank, deepFreeze, expectPublishable, library } from './helpers.ts';

/** Every kind on one page, each required where it can be, plus a group holding every field kind. */
function everything(required: boolean): FormDefinition {
  let def = blank();
  for (const kind of ELEMENT_KINDS) def = addElement(def, { page: 0, index: 99 }, kind).def;
  const g = def.ui.pages[0]!.elements.findIndex((e) => 'widget' in e && e.widget === 'group');
  for (const kind of ELEMENT_KINDS) {
    if (kind === 'group' || kind === 'heading' || kind === 'paragraph') continue;
    def = addElement(def, { page: 0, index: 99, group: g }, kind).def;
  }
  if (required) {
    def.ui.pages[0]!.elements.forEach((_, index) => {
      if (readField(def, { page: 0, index }).editable.includes('required')) def = updateField(def, { page: 0, index }, { required: true });
    });
    const group = def.ui.pages[0]!.elements[g] as { elements: unknown[] };
    group.elements.forEach((_, child) => (def = updateField(def, { page: 0, index: g, child }, { required: true })));
  }
  return deepFreeze(def);
}

describe('generateExample', () => {
  it.each([[false], [true]])('makes a publishable example for a form of every kind (required: %s)', (required) => {
    const def = generateExample(everything(required));
    expectPublishable(def);
    expect(normalizeAnswers(def, def.example)).toEqual(def.example); // already canonical
    expect(Object.keys(def.example).length).toBeGreaterThan(10);
  });

  it('honours limits, presets and defaults', () => {
    let def = everything(true);
    def = updateField(def, { page: 0, index: 0 }, { minLength: 8, maxLength: 9, pattern: 'digits' });
    def = updateField(def, { page: 0, index: 2 }, { minimum: 20, maximum: 30 });
    def = updateField(def, { page: 0, index: 8 }, { default: 'option2' });
    const g = generateExample(def);
    expectPublishable(g);
    expect(g.example.text1).toMatch(/^[0-9]{8,9}$/);
    expect(g.example.number1).toBe(20);
    expect(g.example.choice1).toBe('option2');
  });

  it('leaves hidden fields out and fills shown ones', () => {
    let def = everything(true);
    def = setRule(def, { page: 0, index: 1 }, { combine: 'all', conditions: [{ field: 'yesNo1', op: 'eq', value: false }] });
    def = setRule(def, { page: 0, index: 0 }, { combine: 'all', conditions: [{ field: 'yesNo1', op: 'eq', value: true }] });
    const g = generateExample(def);
    expect(g.example).not.toHaveProperty('longText1');
    expect(g.example).toHaveProperty('text1');
    expectPublishable(g);
  });

  it('keeps what staff wrote where it still fits', () => {
    const def = { ...everything(false), example: { text1: '道路の穴について', number1: -3 } };
    const g = generateExample(def);
    expect(g.example.text1).toBe('道路の穴について');
    expect(g.example.number1).toBe(1);
  });

  it.each(library().map(([name, def]) => [name, def]))('makes %s publishable from its own definition', (_name, def) => {
    expectPublishable(generateExample(def));
    expectPublishable(generateExample({ ...def, example: {} }));
  });

  it('returns the definition itself when the example is already complete', () => {
    const once = generateExample(everything(true));
    expect(generateExample(once)).toBe(once);
  });
});

describe('refreshExample', () => {
  it('drops answers to fields that no longer exist and answers that no longer fit', () => {
    const def = deepFreeze({ ...everything(false), example: { gone: 1, text1: 'ok', number1: 'many', group1: [{ text2: 'x', nope: 1 }] } });
    expect(refreshExample(def).example).toEqual({ text1: 'ok', group1: [{ text2: 'x' }] });
  });

  it('returns the definition itself when nothing changes', () => {
    const def = deepFreeze({ ...everything(false), example: { text1: 'ok' } });
    expect(refreshExample(def)).toBe(def);
  });
});
