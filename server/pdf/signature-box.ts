// 窓口代理入力: a clerk typed the answers, so the citizen signs the print to say they are
// theirs. The box follows the answers, whole on one page, with the clerk named beneath it.
import type { PdfFonts } from './fonts.ts';
import type { PrintMessages } from './messages.ts';
import type { PageFlow } from './page-flow.ts';
import { INK, LEFT, LINE, MUTED, RIGHT, SIZE } from './style.ts';
import { drawLine, fitLine } from './text-line.ts';

const BOX_HEIGHT = 96;

export function drawSignatureBox(flow: PageFlow, fonts: PdfFonts, m: PrintMessages, clerk: string): void {
  const label = { font: fonts.bold, size: SIZE.heading, color: INK, lineHeight: LINE };
  const small = { font: fonts.regular, size: SIZE.label, color: MUTED, lineHeight: LINE };
  const width = RIGHT - LEFT;
  flow.y -= 16;
  flow.need(BOX_HEIGHT + 2 * LINE + 8);
  const top = flow.y;
  flow.page.drawRectangle({ x: LEFT, y: top - BOX_HEIGHT, width, height: BOX_HEIGHT, borderColor: INK, borderWidth: 0.8 });
  drawLine(flow.page, m.signature, LEFT + 8, top - 4, label);
  drawLine(flow.page, fitLine(m.signatureNote, width - 16, small), LEFT + 8, top - 4 - LINE, small);
  // The line to sign on, and the date written by hand.
  flow.page.drawLine({ start: { x: LEFT + 8, y: top - BOX_HEIGHT + 30 }, end: { x: RIGHT - 180, y: top - BOX_HEIGHT + 30 }, thickness: 0.6, color: MUTED });
  drawLine(flow.page, m.signatureDate, RIGHT - 170, top - BOX_HEIGHT + 30 + LINE, small);
  flow.y = top - BOX_HEIGHT - 4;
  drawLine(flow.page, fitLine(m.proxyBy(clerk), width, small), LEFT, flow.y, small);
  flow.y -= LINE;
}
