import { describe, expect, it } from 'vitest';
import { addElement } from '../../../core/builder/add-element.ts';
import { conditionFields } from '../../../core/builder/condition-fields.ts';
import { setRule } from '../../../core/builder/set-rule.ts';
import { blank } from './helpers.ts';

describe('conditionFields', () => {
  let def = blank();
  for (const k of ['radio', 'heading', 'text', 'yes-no', 'group'] as const) def = addElement(def, { page: 0, index: 99 }, k).def;
  def = addElement(def, { page: 0, index: 0, group: 4 }, 'number').def;
  def = addElement(def, { page: 0, index: 1, group: 4 }, 'text').def;

  it('lists the other top-level fields with operators, options, and whether they come later', () => {
    const fields = conditionFields(def, { page: 0, index: 2 });
    expect(fields.map((f) => [f.key, f.later])).toEqual([
      ['choice1', false],
      ['yesNo1', true],
      ['group1', true],
    ]);
    expect(fields[0]?.options?.map((o) => o.value)).toEqual(['option1', 'option2']);
    expect(fields[1]?.operators).toEqual(['eq', 'answered']);
  });

  it('lists only the same row for a field inside a group', () => {
    expect(conditionFields(def, { page: 0, index: 4, child: 1 }).map((f) => f.key)).toEqual(['number1']);
  });

  it('marks fields that would make a cycle', () => {
    const ruled = setRule(def, { page: 0, index: 3 }, { combine: 'all', conditions: [{ field: 'text1', op: 'answered' }] });
    const fields = conditionFields(ruled, { page: 0, index: 2 });
    expect(fields.find((f) => f.key === 'yesNo1')?.cycle).toBe(true);
    expect(fields.find((f) => f.key === 'choice1')?.cycle).toBe(false);
  });
});
