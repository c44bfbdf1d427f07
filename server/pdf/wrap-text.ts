// Line breaking for printed answers. Japanese breaks between any two characters; runs
// of Latin letters, digits and ASCII punctuation (e-mail addresses, numbers, English)
// break at spaces and stay whole when they fit. 禁則 is kept simple: a closing mark
// never starts a line and an opening bracket never ends one; the character before it
// moves down instead (追い出し), so nothing is ever drawn past the margin.

// Closing punctuation, iteration marks, small kana and the long-vowel mark.
const NO_START = new Set([...'、。，．・：；？！）」』】〕〉》］｝〟’”ゝゞヽヾ々ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.:;!?)]}%']);
const NO_END = new Set([...'（「『【〔〈《［｛〝‘“([{']);

// Variation selectors (異体字 IVS), combining marks and (semi-)voiced kana marks belong
// to the character before them.
const ATTACHED = /^[\u0300-\u036f\u3099\u309a\ufe00-\ufe0f\u{e0100}-\u{e01ef}]$/u;
// One unbreakable run: printable ASCII other than the space.
const WORD = /^[\x21-\x7e]$/;

interface Unit {
  text: string;
  space: boolean;
}

/** The line's pieces: clusters of Japanese, whole ASCII words, and spaces. */
function units(line: string): Unit[] {
  const out: Unit[] = [];
  let word = '';
  const flush = () => {
    if (word) out.push({ text: word, space: false });
    word = '';
  };
  for (const ch of line) {
    if (ATTACHED.test(ch)) {
      if (word) word += ch;
      else if (out.length > 0) out[out.length - 1]!.text += ch;
      else out.push({ text: ch, space: false });
    } else if (WORD.test(ch)) {
      word += ch;
    } else {
      flush();
      out.push({ text: ch, space: ch === ' ' });
    }
  }
  flush();
  return out;
}

/** Splits a word wider than the line into clusters (a long URL, a row of digits). */
function splitWide(u: Unit, maxWidth: number, width: (s: string) => number): Unit[] {
  if (u.space || width(u.text) <= maxWidth) return [u];
  const clusters: Unit[] = [];
  for (const ch of u.text) {
    if (ATTACHED.test(ch) && clusters.length > 0) clusters[clusters.length - 1]!.text += ch;
    else clusters.push({ text: ch, space: false });
  }
  return clusters;
}

const first = (u: Unit | undefined) => (u ? [...u.text][0] ?? '' : '');
const last = (u: Unit | undefined) => (u ? [...u.text].at(-1) ?? '' : '');

function breakLine(line: string, maxWidth: number, width: (s: string) => number): string[] {
  const pieces = units(line).flatMap((u) => splitWide(u, maxWidth, width));
  const lines: Unit[][] = [];
  let current: Unit[] = [];
  let used = 0;
  for (const u of pieces) {
    const w = width(u.text);
    if (current.length === 0 && u.space && lines.length > 0) continue; // no space at a wrapped line's start
    if (used + w <= maxWidth || current.length === 0) {
      current.push(u);
      used += w;
      continue;
    }
    // u starts the next line; apply 禁則 by moving characters down with it.
    const next: Unit[] = u.space ? [] : [u];
    while (current.length > 1 && (NO_START.has(first(next[0])) || NO_END.has(last(current.at(-1))))) {
      next.unshift(current.pop()!);
    }
    lines.push(current);
    current = next;
    used = current.reduce((sum, x) => sum + width(x.text), 0);
  }
  lines.push(current);
  return lines.map((l) => l.map((u) => u.text).join('').trimEnd());
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, as measured by `width` (any string,
 * in the same unit as maxWidth). Line breaks in the text are kept; empty lines too.
 */
export function wrapText(text: string, maxWidth: number, width: (s: string) => number): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').flatMap((line) => breakLine(line, maxWidth, width));
}
