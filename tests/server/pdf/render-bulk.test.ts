import { describe, expect, it } from 'vitest';
import { renderBulkPdf } from '../../../server/pdf/render-bulk.ts';
import { renderSubmissionPdf } from '../../../server/pdf/render-submission.ts';
import { libraryForm } from '../../helpers/fixtures.ts';
import { inkRatio, pdffonts, pdfinfo, pdftoppm, pdftotext } from './poppler.ts';
import { readQr } from './qr-reader.ts';

const risai = libraryForm('disaster/risai-shomei.json');
const jidou = libraryForm('childcare/jidou-teate-nintei.json');
const squash = (s: string) => s.replace(/\s+/g, '');

const inputs = [
  { cityName: '静岡市', definition: risai, answers: risai.example, receiptNumber: '2026-1122-16', filedAt: '2026-11-22T00:00:00Z' },
  { cityName: '静岡市', definition: jidou, answers: jidou.example, receiptNumber: '3141-5926-52', filedAt: '2026-11-22T01:00:00Z' },
  { cityName: '静岡市', definition: risai, answers: { ...risai.example, disasterName: '令和8年台風第10号' }, receiptNumber: '2718-2818-28', filedAt: '2026-11-22T02:00:00Z' },
];

describe('renderBulkPdf', async () => {
  const pdf = await renderBulkPdf(inputs);
  const singles = await Promise.all(inputs.map((input) => renderSubmissionPdf(input)));

  it('holds every submission, each starting on its own page with its own numbering', async () => {
    const text = squash(pdftotext(pdf));
    for (const n of ['2026-1122-16', '3141-5926-52', '2718-2818-28']) expect(text).toContain(`受付番号${n}`);
    expect(text).toContain('令和8年台風第10号');
    const counts = singles.map((s) => Number(pdfinfo(s).Pages));
    expect(Number(pdfinfo(pdf).Pages)).toBe(counts.reduce((a, b) => a + b, 0));
    // The second submission starts right after the first one's pages, at "1 / N".
    const start = counts[0]! + 1;
    const page = squash(pdftotext(pdf, start));
    expect(page).toContain('児童手当認定請求');
    expect(page).toContain(`1/${counts[1]}`);
    expect(readQr(pdftoppm(pdf, start, 100))).toBe('3141-5926-52');
    expect(inkRatio(pdftoppm(pdf, start, 50))).toBeGreaterThan(0.01);
  });

  it('embeds each font once for the whole document', () => {
    expect(pdffonts(pdf)).toHaveLength(2);
    // Three submissions cost far less than three separate files.
    expect(pdf.length).toBeLessThan(singles.reduce((a, s) => a + s.length, 0) * 0.6);
  });

  it('gives an empty selection one empty page rather than a broken file', async () => {
    expect(pdfinfo(await renderBulkPdf([])).Pages).toBe('1');
  });
});
