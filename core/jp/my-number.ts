// 個人番号 (My Number): 11 digits + a check digit defined by 総務省令 (平成26年総務省令第85号 第5条).
import { normalizeHyphens, toHalfWidthDigits } from './width.ts';

/** Half-width digits only: the card prints it in groups of 4, people type it either way. */
export function normalizeMyNumber(s: string): string {
  return normalizeHyphens(toHalfWidthDigits(s)).replace(/[\s-]/g, '');
}

export function isMyNumber(s: string): boolean {
  if (!/^\d{12}$/.test(s)) return false;
  let sum = 0;
  // n counts from the rightmost of the first 11 digits: P1 = s[10], weight Qn.
  for (let n = 1; n <= 11; n++) sum += Number(s[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return Number(s[11]) === (r <= 1 ? 0 : 11 - r);
}
