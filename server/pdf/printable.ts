// Text as it can be printed. pdf-lib quietly turns a tab into four spaces and starts a new
// line at U+2028, U+2029 and U+0085 inside drawText, so lines measured without doing the
// same would overflow the margin or overprint each other. Control and zero-width
// characters have no glyph and would print as boxes; lone surrogates (broken UTF-16) print
// as the replacement character.
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029\f\v]/g;
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u200b-\u200f\u2060\ufeff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function printable(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(/\t/g, ' ').replace(INVISIBLE, '').replace(LONE_SURROGATE, '\ufffd');
}
