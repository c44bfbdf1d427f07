// Domestic Japanese phone numbers; the hyphens the citizen typed are kept because group
// lengths vary by area code and cannot be re-derived from the digits alone.
import { normalizeHyphens, toHalfWidthAscii } from './width.ts';

/** '（03）1234-5678' → '03-1234-5678'; brackets around a group act as separators. */
export function normalizePhone(s: string): string {
  return normalizeHyphens(toHalfWidthAscii(s))
    .replace(/\s+/g, '')
    .replace(/-*[()][-()]*/g, '(') // one bracket run (with hyphens beside it) = one separator
    .replace(/^\(|\($/g, '')
    .replace(/\(/g, '-');
}

/** 10 or 11 digits starting with 0 (not 00, the international prefix), hyphens only between digits. */
export function isPhone(s: string): boolean {
  return /^0[1-9][\d-]*$/.test(s) && /^\d+(-\d+)*$/.test(s) && /^\d{10,11}$/.test(s.replace(/-/g, ''));
}
