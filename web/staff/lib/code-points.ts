/** 'U+9AD9': a character named unambiguously (some look alike, some do not show at all). */
export function codePoints(s: string): string {
  return [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
