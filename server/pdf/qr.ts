// The QR code on a printed submission, drawn as vector squares so it stays sharp on any
// printer and costs a few hundred bytes. Adjacent dark modules of a row are merged into
// one rectangle, and all rectangles are filled as a single path.
import qrcode from 'qrcode-generator';
import { type PDFPage, fill, popGraphicsState, pushGraphicsState, rectangle, setFillingGrayscaleColor } from 'pdf-lib';

export interface QrRun {
  row: number;
  col: number;
  length: number;
}

// Receipt numbers and upper-case text fit QR's denser alphanumeric mode.
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

/** The dark modules of `text`'s QR code (level M: readable with a crease or a smudge). */
export function qrRuns(text: string): { size: number; runs: QrRun[] } {
  const qr = qrcode(0, 'M');
  if (ALPHANUMERIC.test(text)) qr.addData(text, 'Alphanumeric');
  // The library's byte mode takes one byte per UTF-16 unit: hand it the UTF-8 bytes.
  else qr.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const runs: QrRun[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!qr.isDark(row, col)) continue;
      const start = col;
      while (col + 1 < size && qr.isDark(row, col + 1)) col++;
      runs.push({ row, col: start, length: col - start + 1 });
    }
  }
  return { size, runs };
}

/** Draws the code with its top-left corner at (x, top), `width` points square. */
export function drawQr(page: PDFPage, text: string, x: number, top: number, width: number): void {
  const { size, runs } = qrRuns(text);
  const m = width / size;
  page.pushOperators(
    pushGraphicsState(),
    setFillingGrayscaleColor(0),
    ...runs.map((r) => rectangle(x + r.col * m, top - (r.row + 1) * m, r.length * m, m)),
    fill(),
    popGraphicsState(),
  );
}
