// What identifies a printed submission: on page 1 the city, the form's title, the receipt
// number, when it was filed and the QR code a counter tablet scans; on the pages after it
// a running header; on every page "X / Y" so a dropped stack can be put back in order.
import type { PDFPage } from 'pdf-lib';
import type { PrintMessages } from './messages.ts';
import type { PdfFonts } from './fonts.ts';
import { drawQr } from './qr.ts';
import { INK, LEFT, MARGIN, MUTED, PAGE, QR_WIDTH, RIGHT, RULE, SIZE, TOP } from './style.ts';
import { drawLine, fitLine, linesOf } from './text-line.ts';
import { textWidth } from './measure.ts';

export interface HeaderInfo {
  cityName: string;
  title: string;
  receiptNumber: string;
  filedAt: string;
  department?: string;
  /** What the QR code holds. */
  qrText: string;
  qrCaption: string;
  m: PrintMessages;
}

/** Page 1's title block; returns where the answers start. */
export function drawTitleBlock(page: PDFPage, fonts: PdfFonts, h: HeaderInfo): number {
  const qrX = RIGHT - QR_WIDTH;
  drawQr(page, h.qrText, qrX, TOP, QR_WIDTH);
  const caption = { font: fonts.regular, size: SIZE.caption, color: MUTED, lineHeight: 11 };
  const captionText = fitLine(h.qrCaption, QR_WIDTH + 16, caption);
  drawLine(page, captionText, qrX + (QR_WIDTH - textWidth(fonts.regular, captionText, SIZE.caption)) / 2, TOP - QR_WIDTH - 2, caption);
  const qrBottom = TOP - QR_WIDTH - 2 - caption.lineHeight;

  // The text block keeps clear of the QR code's quiet zone.
  const width = qrX - 20 - LEFT;
  let y = TOP;
  const city = { font: fonts.regular, size: SIZE.city, color: MUTED, lineHeight: 16 };
  drawLine(page, fitLine(h.cityName, width, city), LEFT, y, city);
  y -= city.lineHeight + 2;
  const title = { font: fonts.bold, size: SIZE.title, color: INK, lineHeight: 24 };
  for (const line of linesOf(h.title, width, title)) {
    drawLine(page, line, LEFT, y, title);
    y -= title.lineHeight;
  }
  y -= 6;
  const label = { font: fonts.regular, size: SIZE.metaLabel, color: MUTED, lineHeight: 18 };
  const labelWidth = Math.max(...[h.m.receiptNumber, h.m.filedAt, h.m.department].map((s) => textWidth(fonts.regular, s, SIZE.metaLabel))) + 10;
  const meta = [
    { label: h.m.receiptNumber, value: h.receiptNumber, style: { font: fonts.bold, size: SIZE.receipt, color: INK, lineHeight: 18 } },
    { label: h.m.filedAt, value: h.filedAt, style: { font: fonts.regular, size: SIZE.meta, color: INK, lineHeight: 16 } },
    ...(h.department ? [{ label: h.m.department, value: h.department, style: { font: fonts.regular, size: SIZE.meta, color: INK, lineHeight: 16 } }] : []),
  ];
  for (const row of meta) {
    drawLine(page, row.label, LEFT, y, { ...label, lineHeight: row.style.lineHeight });
    drawLine(page, fitLine(row.value, width - labelWidth, row.style), LEFT + labelWidth, y, row.style);
    y -= row.style.lineHeight;
  }
  y = Math.min(y, qrBottom) - 8;
  page.drawLine({ start: { x: LEFT, y }, end: { x: RIGHT, y }, thickness: 1, color: INK });
  return y - 10;
}

/** The header of pages after the first; returns where the answers continue. */
export function drawRunningHeader(page: PDFPage, fonts: PdfFonts, h: HeaderInfo): number {
  const style = { font: fonts.regular, size: SIZE.running, color: MUTED, lineHeight: 12 };
  const receipt = `${h.m.receiptNumber} ${h.receiptNumber}`;
  const receiptWidth = textWidth(fonts.regular, receipt, SIZE.running);
  drawLine(page, fitLine(`${h.cityName}　${h.title}`, RIGHT - LEFT - receiptWidth - 16, style), LEFT, TOP, style);
  drawLine(page, receipt, RIGHT - receiptWidth, TOP, style);
  const y = TOP - style.lineHeight - 3;
  page.drawLine({ start: { x: LEFT, y }, end: { x: RIGHT, y }, thickness: 0.5, color: RULE });
  return y - 10;
}

/** "X / Y" at the foot of each of one submission's pages. */
export function drawFooters(pages: readonly PDFPage[], fonts: PdfFonts, m: PrintMessages): void {
  const style = { font: fonts.regular, size: SIZE.running, color: MUTED, lineHeight: 12 };
  pages.forEach((page, i) => {
    const label = m.page(i + 1, pages.length);
    const x = (PAGE.width - textWidth(fonts.regular, label, SIZE.running)) / 2;
    drawLine(page, label, x, MARGIN.bottom - 16, style);
  });
}
