// Canonical postal code is NNN-NNNN (the form printed on mail and used by address lookup).
import { normalizeHyphens, toHalfWidthDigits } from './width.ts';

export function normalizePostalCode(s: string): string {
  const t = normalizeHyphens(toHalfWidthDigits(s)).replace(/[〒\s]/g, '');
  const m = /^(\d{3})-?(\d{4})$/.exec(t);
  return m ? `${m[1]}-${m[2]}` : t;
}

export function isPostalCode(s: string): boolean {
  return /^\d{3}-\d{4}$/.test(s);
}

/** The 7 digits, e.g. for address lookup, or null if it is not a postal code. */
export function postalDigits(s: string): string | null {
  const n = normalizePostalCode(s);
  return isPostalCode(n) ? n.slice(0, 3) + n.slice(4) : null;
}
