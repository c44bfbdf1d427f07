import { describe, expect, it } from 'vitest';
import { listRules, readRule } from '../../../core/builder/read-rule.ts';
import { libraryForm } from './helpers.ts';

describe('readRule', () => {
  const risai = libraryForm('disaster/risai-shomei');

  it('gives the rule showing a field with its no-code reading', () => {
    const r = readRule(risai, { page: 2, index: 2 }); // causeOther
    expect(r).toMatchObject({ scope: '', show: ['causeOther'], simple: { combine: 'all', conditions: [{ field: 'cause', op: 'eq', value: 'other' }] } });
  });

  it('returns null for an always-shown field', () => {
    expect(readRule(risai, { page: 2, index: 1 })).toBeNull();
  });

  it('reads rules of group rows and returns simple null for 詳細条件', () => {
    const genkyo = libraryForm('childcare/hoiku-genkyo');
    const detailed = listRules(genkyo).filter((r) => r.simple === null);
    expect(detailed.map((r) => r.show)).toEqual([['changeDetails']]);
    expect(listRules(genkyo).some((r) => r.scope === 'guardians')).toBe(true);
  });
});

describe('listRules', () => {
  it('lists form rules then group rules with their index', () => {
    const nintei = libraryForm('childcare/jidou-teate-nintei');
    const rules = listRules(nintei);
    expect(rules.filter((r) => r.scope === '')).toHaveLength(nintei.ui.rules?.length ?? 0);
    expect(rules.filter((r) => r.scope === 'children').map((r) => r.index)).toEqual([0, 1]);
  });
});
