// One line of text placed by the top of its line box rather than by its baseline, so
// that callers stack lines by subtracting line heights.
import type { Color, PDFFont, PDFPage } from 'pdf-lib';
import { textWidth } from './measure.ts';
import { printable } from './printable.ts';
import { wrapText } from './wrap-text.ts';

export interface TextStyle {
  font: PDFFont;
  size: number;
  color: Color;
  lineHeight: number;
}

/** Draws `text` in the line box whose top is `top`; the glyphs' em box is centred in it. */
export function drawLine(page: PDFPage, text: string, x: number, top: number, style: TextStyle): void {
  text = printable(text).replace(/\n/g, ' ');
  if (text === '') return;
  // CJK faces put the em box from -0.12 to 0.88 of the size around the baseline.
  const baseline = top - style.lineHeight / 2 - 0.38 * style.size;
  page.drawText(text, { x, y: baseline, font: style.font, size: style.size, color: style.color });
}

/** The lines of `text` at `style`, wrapped to `width`. */
export function linesOf(text: string, width: number, style: TextStyle): string[] {
  return wrapText(printable(text), width, (s) => textWidth(style.font, s, style.size));
}

/** `text` cut to one line of `width`, with an ellipsis when something was cut (or broken). */
export function fitLine(text: string, width: number, style: TextStyle): string {
  const whole = linesOf(text, width, style);
  if (whole.length <= 1) return whole[0] ?? '';
  return `${linesOf(text, width - textWidth(style.font, '…', style.size), style)[0]}…`;
}
