import { describe, expect, it } from 'vitest';
import { isMyNumber, normalizeMyNumber } from '../../../core/jp/my-number.ts';

describe('normalizeMyNumber', () => {
  it.each([
    ['123456789018', '123456789018'],
    ['１２３４５６７８９０１８', '123456789018'],
    ['1234 5678 9018', '123456789018'],
    ['1234-5678-9018', '123456789018'],
    ['１２３４－５６７８－９０１８', '123456789018'],
    ['１２３４ー５６７８ー９０１８', '123456789018'],
    ['1234\u30005678\u30009018', '123456789018'],
    [' 123456789018 ', '123456789018'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeMyNumber(input)).toBe(expected);
  });
});

describe('isMyNumber', () => {
  // Worked by hand: Pn is the nth digit from the right of the first 11, Qn = 2..7, 2..6.
  it.each([
    // 1 2 3 4 5 6 7 8 9 0 1: 1·2+0·3+9·4+8·5+7·6+6·7+5·2+4·3+3·4+2·5+1·6 = 212, 212 % 11 = 3, 11-3 = 8
    '123456789018',
    // 9 8 7 6 5 4 3 2 1 0 9: 18+0+4+10+18+28+10+18+28+40+54 = 228, 228 % 11 = 8, 11-8 = 3
    '987654321093',
    // all ones: 2+3+4+5+6+7+2+3+4+5+6 = 47, 47 % 11 = 3, 11-3 = 8
    '111111111118',
    // P1 = 6: 6·2 = 12, 12 % 11 = 1 → check digit 0 (not 10)
    '000000000060',
    // P2 = 1, P3 = 2: 1·3 + 2·4 = 11, 11 % 11 = 0 → check digit 0
    '000000002100',
    // P1 = 5: 10 % 11 = 10, 11-10 = 1
    '000000000051',
    // P11 = 1 (leftmost, weight 6): 6, 11-6 = 5
    '100000000005',
  ])('%s is valid', (n) => {
    expect(isMyNumber(n)).toBe(true);
  });

  it.each([
    '123456789010', // wrong check digit
    '123456789019',
    '987654321090',
    '000000000061', // remainder 1 must give 0, not 1
    '000000000600', // P2 = 6: 18 % 11 = 7, so the check digit is 4, not 0
    '000000002101',
    '213456789018', // first two digits swapped
    '12345678901', // 11 digits
    '1234567890188', // 13 digits
    '1234 5678 9018', // not normalised
    '１２３４５６７８９０１８',
    '12345678901a',
    '',
  ])('%j is invalid', (n) => {
    expect(isMyNumber(n)).toBe(false);
  });

  it('accepts exactly one check digit for a given 11-digit prefix', () => {
    for (const prefix of ['12345678901', '98765432109', '00000000006', '55555555555']) {
      const valid = '0123456789'.split('').filter((d) => isMyNumber(prefix + d));
      expect(valid).toHaveLength(1);
    }
  });

  it('detects every single-digit error in the first 11 digits', () => {
    const n = '123456789018';
    for (let i = 0; i < 11; i++) {
      for (const d of '0123456789') {
        if (d === n[i]) continue;
        expect(isMyNumber(n.slice(0, i) + d + n.slice(i + 1)), `position ${i} → ${d}`).toBe(false);
      }
    }
  });
});
