// Shift_JIS as Windows (and so Excel) means it: CP932, through iconv-lite. A character
// CP932 cannot hold would come out as "?" and the clerk would never know a name was
// changed, so every cell is checked first and the export is refused with a list of them.
import iconv from 'iconv-lite';

// The same JIS X 0208 characters under the two Unicode mappings of Shift_JIS: the JIS one
// (what macOS and iOS input produces, e.g. 〜 U+301C) and Microsoft's (what CP932 holds,
// ～ U+FF5E). These are one character on paper, so they are written as CP932's own code
// rather than refused; nothing else is changed.
const JIS_TO_MICROSOFT: Record<string, string> = {
  '\u301c': '\uff5e', // 〜 WAVE DASH → ～
  '\u2016': '\u2225', // ‖ DOUBLE VERTICAL LINE → ∥
  '\u2212': '\uff0d', // − MINUS SIGN → －
  '\u2014': '\u2015', // — EM DASH → ―
  '\u00a2': '\uffe0', // ¢
  '\u00a3': '\uffe1', // £
  '\u00ac': '\uffe2', // ¬
};
const JIS_ONLY = new RegExp(`[${Object.keys(JIS_TO_MICROSOFT).join('')}]`, 'g');

export function toMicrosoftMapping(text: string): string {
  return text.replace(JIS_ONLY, (c) => JIS_TO_MICROSOFT[c]!);
}

function roundTrips(text: string): boolean {
  return iconv.decode(iconv.encode(text, 'cp932'), 'cp932') === text;
}

/** Whether all of `text` (after the mapping above) survives CP932. */
export function fitsCp932(text: string): boolean {
  return roundTrips(toMicrosoftMapping(text));
}

/** The characters of `text` (after the mapping above) that CP932 cannot hold, each once, in order. */
export function unencodableChars(text: string): string[] {
  const mapped = toMicrosoftMapping(text);
  // Most cells are fine: one round trip for the whole cell, per character only when it fails.
  if (roundTrips(mapped)) return [];
  const bad: string[] = [];
  for (const c of mapped) if (!roundTrips(c) && !bad.includes(c)) bad.push(c);
  return bad;
}

export function encodeCp932(text: string): Buffer {
  return iconv.encode(toMicrosoftMapping(text), 'cp932');
}
