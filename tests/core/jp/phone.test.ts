import { describe, expect, it } from 'vitest';
import { isPhone, normalizePhone } from '../../../core/jp/phone.ts';

describe('normalizePhone', () => {
  it.each([
    ['（03）1234-5678', '03-1234-5678'],
    ['(03)1234-5678', '03-1234-5678'],
    ['(03) 1234-5678', '03-1234-5678'],
    ['03(1234)5678', '03-1234-5678'],
    ['0422(12)3456', '0422-12-3456'],
    ['03-(1234)-5678', '03-1234-5678'],
    ['03-1234-(5678)', '03-1234-5678'],
    ['09012345678', '09012345678'],
    ['090-1234-5678', '090-1234-5678'],
    ['０９０－１２３４－５６７８', '090-1234-5678'],
    ['０９０ー１２３４ー５６７８', '090-1234-5678'],
    ['090−1234−5678', '090-1234-5678'],
    ['090 1234 5678', '09012345678'],
    ['090\u30001234\u30005678', '09012345678'],
    ['03-', '03-'], // typing in progress: the citizen's hyphen is kept
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it('produces valid numbers from common spellings', () => {
    for (const s of ['（03）1234-5678', '0422(12)3456', '０９０－１２３４－５６７８', '0120 123 456']) {
      expect(isPhone(normalizePhone(s))).toBe(true);
    }
  });
});

describe('isPhone', () => {
  it.each([
    ['03-1234-5678', true],
    ['0312345678', true],
    ['090-1234-5678', true],
    ['09012345678', true],
    ['0120-123-456', true],
    ['0800-123-4567', true],
    ['050-1234-5678', true],
    ['0422-12-3456', true],
    ['03-1234-567', false], // 9 digits
    ['090-1234-56789', false], // 12 digits
    ['3-1234-5678', false], // no leading 0
    ['13-1234-5678', false],
    ['001-234-5678', false], // international prefix
    ['-03-1234-5678', false],
    ['03-1234-5678-', false],
    ['03--1234-5678', false],
    ['+81-3-1234-5678', false],
    ['+81312345678', false],
    ['03 1234 5678', false],
    ['(03)1234-5678', false],
    ['０３-１２３４-５６７８', false],
    ['03-1234-5678\n', false],
    ['110', false],
    ['', false],
  ])('%j → %s', (input, expected) => {
    expect(isPhone(input)).toBe(expected);
  });
});
