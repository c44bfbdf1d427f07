// The counter QR code (書かない窓口): it encodes `${origin}/staff/r/<receipt number>`, a
// URL that opens nothing without a staff session and holds no personal data. A clerk
// scans it from the applicant's phone or the receipt mail. Same encoding as the printed
// PDF (server/pdf/qr.ts), drawn as SVG for pages and as PNG for mail.
import { qrRuns } from '../pdf/qr.ts';
import { encodeGreyPng } from './png.ts';

/** The quiet zone QR readers need around the code, in modules. */
const QUIET = 4;

export function counterUrl(origin: string, receiptNumber: string): string {
  return `${origin}/staff/r/${encodeURIComponent(receiptNumber)}`;
}

/** A standalone SVG document: one path, no script, no external references. */
export function qrSvg(text: string): string {
  const { size, runs } = qrRuns(text);
  const full = size + 2 * QUIET;
  const d = runs.map((r) => `M${r.col + QUIET} ${r.row + QUIET}h${r.length}v1h-${r.length}z`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" width="${full * 4}" height="${full * 4}" shape-rendering="crispEdges">` +
    `<rect width="${full}" height="${full}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}

/** A PNG of the code, `scale` pixels per module (6 gives about 250 px for a URL). */
export function qrPng(text: string, scale = 6): Buffer {
  const { size, runs } = qrRuns(text);
  const width = (size + 2 * QUIET) * scale;
  const pixels = new Uint8Array(width * width).fill(255);
  for (const r of runs) {
    const x0 = (r.col + QUIET) * scale;
    for (let y = (r.row + QUIET) * scale; y < (r.row + QUIET + 1) * scale; y++) {
      pixels.fill(0, y * width + x0, y * width + x0 + r.length * scale);
    }
  }
  return encodeGreyPng(width, width, pixels);
}
