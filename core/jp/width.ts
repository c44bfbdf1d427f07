// Phone and PC IMEs often default to full-width (全角) input, so identifier-like values
// (digits, codes, e-mail) arrive in either width; canonical values are half-width.

const shiftDown = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** ０-９ → 0-9; everything else is left alone. */
export function toHalfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, shiftDown);
}

/** Full-width ASCII (！-～, U+FF01..FF5E) → ASCII; ideographic space → ' '. */
export function toHalfWidthAscii(s: string): string {
  return s.replace(/[！-～]/g, shiftDown).replace(/\u3000/g, ' ');
}

// ‐ ‑ ‒ – — ― − ﹣ － all get typed (or pasted) where a hyphen is meant.
const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;
// ー / ｰ is the long-vowel mark in words (サーバー), so it is only a hyphen between digits
// (IMEs turn '-' into 'ー' in kana mode: ０３ー１２３４).
const CHOON_BETWEEN_DIGITS = /([0-9０-９])[ーｰ](?=[0-9０-９])/g;

export function normalizeHyphens(s: string): string {
  return s.replace(DASHES, '-').replace(CHOON_BETWEEN_DIGITS, '$1-');
}
