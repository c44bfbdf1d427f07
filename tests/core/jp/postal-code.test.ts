import { describe, expect, it } from 'vitest';
import { isPostalCode, normalizePostalCode, postalDigits } from '../../../core/jp/postal-code.ts';

describe('normalizePostalCode', () => {
  it.each([
    ['100-0001', '100-0001'],
    ['1000001', '100-0001'],
    ['１００－０００１', '100-0001'],
    ['１００００１', '100001'], // 6 digits: cleaned, not formatted
    ['１０００００１', '100-0001'],
    ['100ー0001', '100-0001'],
    ['１００ー０００１', '100-0001'],
    ['100−0001', '100-0001'],
    ['100‐0001', '100-0001'],
    ['〒100-0001', '100-0001'],
    ['〒 100-0001', '100-0001'],
    ['〒１００－０００１', '100-0001'],
    [' 100 0001 ', '100-0001'],
    ['100\u30000001', '100-0001'],
    ['1000-001', '1000-001'], // hyphen in the wrong place
    ['100-00011', '100-00011'],
    ['10-00001', '10-00001'],
    ['100--0001', '100--0001'],
    ['abc-defg', 'abc-defg'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizePostalCode(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const s of ['〒１００－０００１', '1000001', '12-345']) {
      expect(normalizePostalCode(normalizePostalCode(s))).toBe(normalizePostalCode(s));
    }
  });
});

describe('isPostalCode', () => {
  it.each([
    ['100-0001', true],
    ['000-0000', true],
    ['1000001', false],
    ['100-000', false],
    ['100-00011', false],
    ['１００-０００１', false],
    ['〒100-0001', false],
    [' 100-0001', false],
    ['100-0001\n', false],
    ['', false],
  ])('%j → %s', (input, expected) => {
    expect(isPostalCode(input)).toBe(expected);
  });
});

describe('postalDigits', () => {
  it.each([
    ['100-0001', '1000001'],
    ['〒１００－０００１', '1000001'],
    ['0600000', '0600000'], // leading zero kept
    ['100-000', null],
    ['1000-001', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(postalDigits(input)).toBe(expected);
  });
});
