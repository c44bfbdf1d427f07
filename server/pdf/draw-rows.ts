// The answers as a two-column table: label on the left (indented by nesting), value on
// the right, a hairline between rows. Titles stay with the row that follows them; a row
// moves whole to the next page when it fits there, and only a row taller than a page
// (a very long free text) is split, its label then repeated with 「（続き）」.
import type { DisplayRow } from './display-answers.ts';
import type { PdfFonts } from './fonts.ts';
import type { PrintMessages } from './messages.ts';
import { textWidth } from './measure.ts';
import type { PageFlow } from './page-flow.ts';
import { BAND, COLUMN_GAP, INDENT, INK, LABEL_WIDTH, LEFT, LINE, MUTED, RIGHT, RULE, SIZE } from './style.ts';
import { type TextStyle, drawLine, fitLine, linesOf } from './text-line.ts';

const PAD = 3; // above and below a row's text
const SECTION_BAND = 20;

function drawSection(flow: PageFlow, row: DisplayRow, fonts: PdfFonts): void {
  const style = { font: fonts.bold, size: SIZE.section, color: INK, lineHeight: SECTION_BAND };
  if (!flow.atPageTop()) flow.y -= 8;
  flow.need(SECTION_BAND + 2 + LINE + 2 * PAD);
  flow.page.drawRectangle({ x: LEFT, y: flow.y - SECTION_BAND, width: RIGHT - LEFT, height: SECTION_BAND, color: BAND });
  drawLine(flow.page, fitLine(row.label, RIGHT - LEFT - 12, style), LEFT + 6, flow.y, style);
  flow.y -= SECTION_BAND + 2;
}

/** Headings, group labels and group rows: a bold line, kept with what follows. */
function drawTitle(flow: PageFlow, row: DisplayRow, fonts: PdfFonts): void {
  const x = LEFT + row.depth * INDENT;
  const style = { font: fonts.bold, size: row.kind === 'item' ? SIZE.label + 0.5 : SIZE.heading, color: INK, lineHeight: LINE };
  const lines = linesOf(row.label, RIGHT - x, style);
  flow.need(lines.length * LINE + 2 * PAD + LINE);
  flow.y -= PAD;
  if (row.kind === 'item') flow.page.drawLine({ start: { x, y: flow.y + PAD }, end: { x: RIGHT, y: flow.y + PAD }, thickness: 0.5, color: MUTED });
  for (const line of lines) {
    drawLine(flow.page, line, x, flow.y, style);
    flow.y -= LINE;
  }
}

function drawAnswer(flow: PageFlow, row: DisplayRow, fonts: PdfFonts, m: PrintMessages): void {
  const labelX = LEFT + row.depth * INDENT;
  const valueX = LEFT + LABEL_WIDTH + COLUMN_GAP;
  const labelStyle: TextStyle = { font: fonts.regular, size: SIZE.label, color: MUTED, lineHeight: LINE };
  const valueStyle: TextStyle = { font: fonts.regular, size: SIZE.value, color: INK, lineHeight: LINE };
  const labels = linesOf(row.label, LEFT + LABEL_WIDTH - labelX, labelStyle);
  const values = linesOf(row.value, RIGHT - valueX, valueStyle);
  const count = Math.max(labels.length, values.length);
  const height = count * LINE + 2 * PAD;
  // Whole on the next page if it fits on one; split only what no page can hold.
  if (height <= flow.fullRoom()) flow.need(height);
  flow.y -= PAD;
  for (let i = 0; i < count; i++) {
    let label = labels[i];
    if (flow.room() < LINE + PAD) {
      flow.newPage();
      flow.y -= PAD;
      label ??= fitLine(row.label, LEFT + LABEL_WIDTH - labelX - textWidth(labelStyle.font, m.continued, SIZE.label), labelStyle) + m.continued;
    }
    if (label !== undefined) drawLine(flow.page, label, labelX, flow.y, labelStyle);
    drawLine(flow.page, values[i] ?? '', valueX, flow.y, valueStyle);
    flow.y -= LINE;
  }
  flow.y -= PAD;
  flow.page.drawLine({ start: { x: labelX, y: flow.y }, end: { x: RIGHT, y: flow.y }, thickness: 0.4, color: RULE });
}

export function drawRows(flow: PageFlow, rows: readonly DisplayRow[], fonts: PdfFonts, m: PrintMessages): void {
  for (const row of rows) {
    if (row.kind === 'section') drawSection(flow, row, fonts);
    else if (row.kind === 'answer') drawAnswer(flow, row, fonts, m);
    else drawTitle(flow, row, fonts);
  }
}
