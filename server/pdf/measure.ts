// Text widths for line breaking. pdf-lib measures by shaping the whole string with
// fontkit, which is too slow to call for every candidate break over thousands of pages;
// the printed width is the sum of the glyphs' advance widths (pdf-lib writes no kerning),
// so widths are cached per character and summed. The cache belongs to the font file, not
// to one document's embedding of it, so a print job after the first measures nothing.
import type { PDFFont } from 'pdf-lib';

type Widths = Map<string, number>;

const byFont = new WeakMap<PDFFont, Widths>();
const byFile = new WeakMap<object, Widths>();

// Marks that combine with the character before them take no room of their own (measured
// alone they would come out as the width of the missing-glyph box).
const COMBINING = /^[\u0300-\u036f\u3099\u309a\ufe00-\ufe0f\u{e0100}-\u{e01ef}]$/u;

/** Makes `font` share the widths measured for every other embedding of `file`. */
export function shareWidths(font: PDFFont, file: object): void {
  let widths = byFile.get(file);
  if (!widths) byFile.set(file, (widths = new Map()));
  byFont.set(font, widths);
}

/** Width in points of `text` set in `font` at `size`. */
export function textWidth(font: PDFFont, text: string, size: number): number {
  let widths = byFont.get(font);
  if (!widths) byFont.set(font, (widths = new Map()));
  let total = 0;
  for (const ch of text) {
    let w = widths.get(ch);
    if (w === undefined) {
      w = COMBINING.test(ch) ? 0 : font.widthOfTextAtSize(ch, 1);
      widths.set(ch, w);
    }
    total += w;
  }
  return total * size;
}
