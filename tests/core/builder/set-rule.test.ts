import { describe, expect, it } from 'vitest';
import { addElement } from '../../../core/builder/add-element.ts';
import { setRule } from '../../../core/builder/set-rule.ts';
import { compile } from '../../../core/compile.ts';
import type { FieldElement, FormDefinition } from '../../../core/definition.ts';
import { buildServerValidator } from '../../../core/validator-code.ts';
import { blank, deepFreeze, expectLintClean, libraryForm } from './helpers.ts';

const code = (c: string) => expect.objectContaining({ code: c });

/** radio choice1 (0), text1 (1), text2 (2), checkboxes choices1 (3), number1 (4), group1 (5) with choice2 (child 0), text3 (child 1). */
function form(): FormDefinition {
  let def = blank();
  for (const k of ['radio', 'text', 'text', 'checkboxes', 'number', 'group'] as const) def = addElement(def, { page: 0, index: 99 }, k).def;
  def = addElement(def, { page: 0, index: 0, group: 5 }, 'radio').def;
  def = addElement(def, { page: 0, index: 1, group: 5 }, 'text').def;
  return deepFreeze(def);
}

const eq = (field: string, value: unknown) => ({ combine: 'all' as const, conditions: [{ field, op: 'eq' as const, value }] });

describe('setRule', () => {
  it('adds a rule to ui.rules for a top-level field; the validator then hides the field', () => {
    const def = setRule(form(), { page: 0, index: 1 }, eq('choice1', 'option2'));
    expect(def.ui.rules).toEqual([{ show: 'text1', when: { properties: { choice1: { const: 'option2' } }, required: ['choice1'] } }]);
    expectLintClean(def);
    const v = buildServerValidator(compile(def));
    expect(v.validate({ choice1: 'option1', text1: 'x' })).toBe(false);
    expect(v.validate({ choice1: 'option2', text1: 'x' })).toBe(true);
  });

  it("adds a rule to the group's own rules for a field inside a group", () => {
    const def = setRule(form(), { page: 0, index: 5, child: 1 }, eq('choice2', 'option1'));
    const group = def.ui.pages[0]?.elements[5] as FieldElement;
    expect(group.rules).toEqual([{ show: 'text3', when: { properties: { choice2: { const: 'option1' } }, required: ['choice2'] } }]);
    expect(def.ui.rules).toBeUndefined();
    expectLintClean(def);
  });

  it('a field whose condition equals an existing rule joins it; replacing splits it off; null removes', () => {
    let def = setRule(form(), { page: 0, index: 1 }, eq('choice1', 'option2'));
    def = setRule(def, { page: 0, index: 2 }, eq('choice1', 'option2'));
    expect(def.ui.rules).toHaveLength(1);
    expect(def.ui.rules?.[0]?.show).toEqual(['text1', 'text2']);
    def = setRule(def, { page: 0, index: 2 }, { combine: 'all', conditions: [{ field: 'choices1', op: 'includes', value: 'option1' }] });
    expect(def.ui.rules?.map((r) => r.show)).toEqual(['text1', 'text2']);
    def = setRule(def, { page: 0, index: 1 }, null);
    def = setRule(def, { page: 0, index: 2 }, null);
    expect(def.ui.rules).toBeUndefined();
    expectLintClean(def);
  });

  it('setting the same condition again returns the definition unchanged', () => {
    const def = setRule(form(), { page: 0, index: 1 }, eq('choice1', 'option2'));
    expect(setRule(def, { page: 0, index: 1 }, eq('choice1', 'option2'))).toBe(def);
  });

  it('refuses a field that does not exist, or is outside the scope', () => {
    expect(() => setRule(form(), { page: 0, index: 1 }, eq('gone', 'x'))).toThrow(code('unknownField'));
    // a top-level field cannot watch a field inside a group row, and vice versa
    expect(() => setRule(form(), { page: 0, index: 1 }, eq('choice2', 'option1'))).toThrow(code('unknownField'));
    expect(() => setRule(form(), { page: 0, index: 5, child: 1 }, eq('choice1', 'option1'))).toThrow(code('unknownField'));
  });

  it('refuses the field itself and cycles', () => {
    expect(() => setRule(form(), { page: 0, index: 1 }, { combine: 'all', conditions: [{ field: 'text1', op: 'answered' }] })).toThrow(code('selfCondition'));
    const def = setRule(form(), { page: 0, index: 2 }, { combine: 'all', conditions: [{ field: 'text1', op: 'answered' }] });
    try {
      setRule(def, { page: 0, index: 1 }, { combine: 'all', conditions: [{ field: 'text2', op: 'answered' }] });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'ruleCycle' });
      expect((e as { messages: { ja: string } }).messages.ja).toContain('循環');
    }
  });

  it('refuses operators and values that do not fit the watched field', () => {
    const def = form();
    expect(() => setRule(def, { page: 0, index: 1 }, { combine: 'all', conditions: [{ field: 'choices1', op: 'eq', value: 'option1' }] })).toThrow(code('badOperator'));
    expect(() => setRule(def, { page: 0, index: 1 }, eq('choice1', 'nope'))).toThrow(code('badValue'));
    expect(() => setRule(def, { page: 0, index: 1 }, { combine: 'all', conditions: [{ field: 'choice1', op: 'in', value: ['option1', 'x'] }] })).toThrow(code('badValue'));
    expect(() => setRule(def, { page: 0, index: 1 }, { combine: 'all', conditions: [{ field: 'number1', op: 'gt', value: '3' }] })).toThrow(code('badValue'));
    expect(() => setRule(def, { page: 0, index: 1 }, { combine: 'all', conditions: [] })).toThrow(code('noConditions'));
    expect(() => setRule(def, { page: 0, index: 0 }, eq('text1', ' '))).toThrow(code('badValue'));
  });

  it('refuses headings and paragraphs', () => {
    const def = addElement(form(), { page: 0, index: 0 }, 'heading').def;
    expect(() => setRule(def, { page: 0, index: 0 }, eq('choice1', 'option1'))).toThrow(code('notAField'));
  });

  it('splits a field off a shared library rule, keeping the rule for the others', () => {
    const risai = libraryForm('disaster/risai-shomei');
    // victimName and relationToVictim share one rule; give relationToVictim its own
    const next = setRule(risai, { page: 1, index: 2 }, { combine: 'all', conditions: [{ field: 'cause', op: 'answered' }] });
    expect(next.ui.rules?.[0]?.show).toBe('victimName');
    expect(next.ui.rules?.[1]).toEqual({ show: 'relationToVictim', when: { required: ['cause'] } });
    expectLintClean(next);
  });
});
