import { describe, expect, it } from 'vitest';
import { blankDefinition } from '../../../core/builder/blank-definition.ts';
import { BuilderError } from '../../../core/builder/builder-error.ts';
import { compile } from '../../../core/compile.ts';
import { buildServerValidator } from '../../../core/validator-code.ts';
import { expectLintClean } from './helpers.ts';

describe('blankDefinition', () => {
  const def = blankDefinition({ id: 'kenkou-soudan', title: '健康相談の申込み', department: '健康づくり課', category: 'other' });

  it('has one empty page, the department and an empty example', () => {
    expect(def.ui.pages).toHaveLength(1);
    expect(def.ui.pages[0]?.elements).toEqual([]);
    expect(def.settings.department).toBe('健康づくり課');
    expect(def.title).toEqual({ ja: '健康相談の申込み' });
    expect(def.example).toEqual({});
  });

  it('passes lint and its example validates', () => {
    expectLintClean(def);
    const v = buildServerValidator(compile(def));
    expect(v.validate(def.example)).toBe(true);
  });

  it('keeps a title given per language and defaults the category to other', () => {
    const d = blankDefinition({ id: 'ab', title: { ja: '申請', en: 'Application' }, department: 'x' });
    expect(d.title).toEqual({ ja: '申請', en: 'Application' });
    expect(d.category).toBe('other');
  });

  it('refuses a bad id, an empty title or an unknown category', () => {
    expect(() => blankDefinition({ id: 'Bad Id', title: 'x', department: 'x' })).toThrow(BuilderError);
    expect(() => blankDefinition({ id: 'ok-id', title: ' ', department: 'x' })).toThrow(/Japanese text/);
    try {
      blankDefinition({ id: 'ok-id', title: 'x', department: 'x', category: 'nope' as never });
    } catch (e) {
      expect((e as BuilderError).code).toBe('invalidCategory');
      expect((e as BuilderError).messages.ja).toContain('nope');
    }
  });
});
