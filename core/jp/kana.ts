// Kana fields (フリガナ) are stored as full-width katakana, but citizens type hiragana
// or paste half-width katakana from older systems; both are accepted and converted.

// Full-width counterparts of U+FF61..FF9F in code point order (the last two are ﾞ ﾟ).
const FROM_HALF =
  '。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜';
const VOICEABLE = 'カキクケコサシスセソタチツテトハヒフヘホ'; // voiced form is the next code point
const SEMI_VOICEABLE = 'ハヒフヘホ'; // semi-voiced form is two code points on
const VOICED_OTHER: Record<string, string> = { ウ: 'ヴ', ワ: 'ヷ', ヲ: 'ヺ' };

const shift = (c: string, by: number): string => String.fromCharCode(c.charCodeAt(0) + by);

// Half-width kana spells ガ as ｶﾞ (two characters); the marks may also come as the
// combining U+3099/309A from decomposed (NFD) text.
function compose(pair: string, base: string, mark: string): string {
  if (mark === '゜' || mark === '\u309A') return SEMI_VOICEABLE.includes(base) ? shift(base, 2) : pair;
  return VOICEABLE.includes(base) ? shift(base, 1) : (VOICED_OTHER[base] ?? pair);
}

export function toKatakana(s: string): string {
  return s
    .replace(/[\uFF61-\uFF9F]/g, (c) => FROM_HALF[c.charCodeAt(0) - 0xff61] ?? c)
    .replace(/[\u3041-\u3096\u309D\u309E]/g, (c) => shift(c, 0x60))
    .replace(/([\u30A1-\u30FA])([゛゜\u3099\u309A])/g, compose)
    .trim()
    .replace(/\s+/g, '\u3000');
}

/** Full-width katakana (ァ-ヺ), ・, ー and ideographic spaces, with at least one non-space. */
export function isKatakana(s: string): boolean {
  return /^[\u30A1-\u30FC\u3000]+$/.test(s) && /[^\u3000]/.test(s);
}
