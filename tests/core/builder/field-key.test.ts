import { describe, expect, it } from 'vitest';
import { allFieldKeys, isValidFieldKey, nextFieldKey, uniqueFieldKey } from '../../../core/builder/field-key.ts';
import { libraryForm } from './helpers.ts';

describe('field keys', () => {
  it('valid keys start with a letter and use letters, digits and _', () => {
    expect(isValidFieldKey('applicantName')).toBe(true);
    expect(isValidFieldKey('a_1')).toBe(true);
    for (const bad of ['', '1a', '_a', 'a-b', '__proto__', 'あ', 'a'.repeat(65), 3]) expect(isValidFieldKey(bad)).toBe(false);
  });

  it('nextFieldKey numbers from the stem', () => {
    expect(nextFieldKey(new Set(), 'text')).toBe('text1');
    expect(nextFieldKey(new Set(['text1', 'text2']), 'text1')).toBe('text3');
    expect(nextFieldKey(new Set(), '')).toBe('field1');
    expect(nextFieldKey(new Set(), '9lives')).toBe('field9lives1');
    expect(isValidFieldKey(nextFieldKey(new Set(), 'x'.repeat(100)))).toBe(true);
  });

  it('allFieldKeys includes fields inside groups', () => {
    const nintei = libraryForm('childcare/jidou-teate-nintei');
    const keys = allFieldKeys(nintei);
    expect(keys.has('children')).toBe(true);
    expect(keys.has('relationshipOther')).toBe(true);
    expect(uniqueFieldKey(nintei, 'children')).toBe('children1');
  });
});
