import { describe, expect, it } from 'vitest';
import {
  dammCheckDigit,
  isValidReceiptNumber,
  normalizeReceiptNumber,
  receiptNumberFromDigits,
} from '../../core/receipt-number.ts';

describe('dammCheckDigit', () => {
  it.each([
    ['572', 4], // the textbook example (Damm 2004 / Wikipedia)
    ['5724', 0], // a number with its check digit runs back to 0
    ['', 0],
    ['0', 0],
    ['1', 3],
    ['123456789', 4],
    ['000000000', 0],
  ])('%j → %d', (digits, expected) => {
    expect(dammCheckDigit(digits)).toBe(expected);
  });

  it('rejects non-digits', () => {
    expect(() => dammCheckDigit('12a')).toThrow(RangeError);
    expect(() => dammCheckDigit('１２')).toThrow(RangeError);
  });
});

describe('receiptNumberFromDigits', () => {
  it.each([
    ['123456789', '1234-5678-94'],
    ['000000000', '0000-0000-00'],
    ['572000000', `5720-0000-0${dammCheckDigit('572000000')}`],
  ])('%s → %s', (digits, expected) => {
    expect(receiptNumberFromDigits(digits)).toBe(expected);
  });

  it.each(['12345678', '1234567890', '12345678a', '１２３４５６７８９', ''])('throws for %j', (digits) => {
    expect(() => receiptNumberFromDigits(digits)).toThrow(RangeError);
  });

  it('always yields a number that validates', () => {
    let x = 12345;
    for (let i = 0; i < 200; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const nine = String(x % 1_000_000_000).padStart(9, '0');
      const r = receiptNumberFromDigits(nine);
      expect(r).toMatch(/^\d{4}-\d{4}-\d{2}$/);
      expect(isValidReceiptNumber(r)).toBe(true);
    }
  });
});

describe('normalizeReceiptNumber / isValidReceiptNumber', () => {
  it.each([
    ['1234-5678-94', '1234-5678-94'],
    ['1234567894', '1234-5678-94'],
    ['１２３４－５６７８－９４', '1234-5678-94'],
    ['１２３４５６７８９４', '1234-5678-94'],
    ['1234ー5678ー94', '1234-5678-94'],
    [' 1234 5678 94 ', '1234-5678-94'],
    ['12-345-678-94', '1234-5678-94'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeReceiptNumber(input)).toBe(expected);
    expect(isValidReceiptNumber(input)).toBe(true);
  });

  it.each([
    '1234-5678-95', // wrong check digit
    '1234-5678-9', // too short
    '1234-5678-944',
    '123456789',
    'ABCD-EFGH-IJ',
    '1234-5678-9a',
    '',
  ])('%j is refused', (input) => {
    expect(normalizeReceiptNumber(input)).toBeNull();
    expect(isValidReceiptNumber(input)).toBe(false);
  });
});

// The point of the check digit: a misheard or mistyped number is refused rather than
// pointing at someone else's submission.
describe('error detection', () => {
  const samples = ['123456789', '000000000', '987654321', '202404011', '555555555', '909090909'].map((d) =>
    receiptNumberFromDigits(d).replace(/-/g, ''),
  );

  it.each(samples)('detects every single-digit substitution in %s', (n) => {
    let tried = 0;
    for (let i = 0; i < n.length; i++) {
      for (const d of '0123456789') {
        if (d === n[i]) continue;
        tried++;
        expect(isValidReceiptNumber(n.slice(0, i) + d + n.slice(i + 1)), `position ${i} → ${d}`).toBe(false);
      }
    }
    expect(tried).toBe(90);
  });

  it.each(samples)('detects every adjacent transposition in %s', (n) => {
    for (let i = 0; i + 1 < n.length; i++) {
      const a = n[i]!;
      const b = n[i + 1]!;
      if (a === b) continue;
      expect(isValidReceiptNumber(n.slice(0, i) + b + a + n.slice(i + 2)), `swap at ${i}`).toBe(false);
    }
  });

  it('detects a swap of any two different neighbouring digits at any position', () => {
    for (let a = 0; a < 10; a++) {
      for (let b = 0; b < 10; b++) {
        if (a === b) continue;
        for (let i = 0; i < 9; i++) {
          // Put a,b at i,i+1 (i+1 may be the check digit itself) around fixed filler digits.
          const filler = '314159265'.split('');
          filler[i] = String(a);
          if (i + 1 < 9) filler[i + 1] = String(b);
          const head = filler.join('');
          const valid = head + dammCheckDigit(head);
          if (valid[i + 1] !== String(b)) continue; // the check digit came out different from b
          const swapped = valid.slice(0, i) + b + a + valid.slice(i + 2);
          expect(isValidReceiptNumber(swapped), `${valid} swap at ${i}`).toBe(false);
        }
      }
    }
  });
});
