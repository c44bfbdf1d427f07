// 受付番号: read aloud over the phone and typed back by staff, so it is digits only (no
// letters to confuse), short, and ends in a Damm check digit, which catches every
// single-digit mistake and every swap of two neighbouring digits.
import { normalizeHyphens, toHalfWidthDigits } from './jp/width.ts';

// Damm's totally anti-symmetric quasigroup of order 10, row by row.
const TABLE =
  '0317598642709215486342068713591750983426612304597836742095815869720134894536201794386172052581436790';

/** The Damm check digit of a string of digits; throws on anything else. */
export function dammCheckDigit(digits: string): number {
  if (!/^\d*$/.test(digits)) throw new RangeError('dammCheckDigit: digits only');
  let interim = 0;
  for (const c of digits) interim = Number(TABLE[interim * 10 + Number(c)]);
  return interim;
}

const format = (d: string): string => `${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8)}`;

/** 9 digits → 'NNNN-NNNN-NC' with C the check digit. */
export function receiptNumberFromDigits(nineDigits: string): string {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError('receiptNumberFromDigits: expected 9 digits');
  return format(nineDigits + dammCheckDigit(nineDigits));
}

/** Canonical 'NNNN-NNNN-NN', or null if it is not a receipt number with a valid check digit. */
export function normalizeReceiptNumber(s: string): string | null {
  const d = normalizeHyphens(toHalfWidthDigits(s)).replace(/[\s-]/g, '');
  // A valid number, check digit included, runs the Damm table back to 0.
  return /^\d{10}$/.test(d) && dammCheckDigit(d) === 0 ? format(d) : null;
}

export function isValidReceiptNumber(s: string): boolean {
  return normalizeReceiptNumber(s) !== null;
}
