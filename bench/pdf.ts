// npm run bench:pdf — printing submissions: one at a time (the staff "print" button) and
// 1,000 into one PDF (bulk print), against a baseline that runs the very same layout code
// with pdf-lib's built-in Helvetica and ASCII text: no font to shape, subset or embed.
// The ratio is what the Japanese font costs. Then one submission printed onto a city's
// paper layout (AcroForm fields filled, flattened), against loading and saving the same
// paper untouched.
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import { receiptNumberFromDigits } from '../core/receipt-number.ts';
import { renderOnLayout } from '../server/pdf/fill-layout.ts';
import { type PdfFonts, embedFonts, loadFontFiles } from '../server/pdf/fonts.ts';
import type { LayoutMapping } from '../server/pdf/layout-mapping.ts';
import { type SubmissionPrint, layoutSubmission } from '../server/pdf/layout-submission.ts';
import { renderBulkPdf } from '../server/pdf/render-bulk.ts';
import { renderSubmissionPdf } from '../server/pdf/render-submission.ts';
import { libraryForm } from '../tests/helpers/fixtures.ts';
import { ms, ratio, report } from './lib/results.ts';

const BULK = Number(process.env.BULK ?? 1000);
const SINGLE_RUNS = Number(process.env.SINGLE_RUNS ?? 30);

const risai = libraryForm('disaster/risai-shomei.json');
const jidou = libraryForm('childcare/jidou-teate-nintei.json');
const FAMILY = ['山田', '佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '中村', '小林', '加藤'];

/** The i-th of many realistic submissions: the two examples, with names and numbers varied. */
function submission(i: number): SubmissionPrint {
  const definition = i % 2 === 0 ? risai : jidou;
  const answers = structuredClone(definition.example);
  const family = FAMILY[i % FAMILY.length]!;
  for (const key of ['applicantName', 'claimantName']) {
    if (answers[key]) (answers[key] as Record<string, string>).family = family;
  }
  return {
    cityName: '静岡市',
    definition,
    answers,
    receiptNumber: receiptNumberFromDigits(String(100_000_000 + i * 7919).slice(-9)),
    filedAt: new Date(Date.UTC(2026, 10, 22, 0, i % 60)).toISOString(),
  };
}

/** Helvetica that prints every non-ASCII character as 'M' (about as wide as a kanji). */
function asciiOnly(font: PDFFont): PDFFont {
  const ascii = (s: string) => s.replace(/[^\x20-\x7e]/g, 'M');
  return Object.assign(Object.create(font) as PDFFont, {
    encodeText: (s: string) => font.encodeText(ascii(s)),
    widthOfTextAtSize: (s: string, size: number) => font.widthOfTextAtSize(ascii(s), size),
  });
}

async function baselinePdf(inputs: SubmissionPrint[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts: PdfFonts = {
    regular: asciiOnly(await doc.embedFont(StandardFonts.Helvetica)),
    bold: asciiOnly(await doc.embedFont(StandardFonts.HelveticaBold)),
  };
  for (const input of inputs) layoutSubmission(doc, fonts, input);
  return doc.save({ objectsPerTick: 2000 });
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await time(fn)).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const pages = async (pdf: Uint8Array) => (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

const t0 = performance.now();
loadFontFiles();
console.log(`font files read once per process: ${(performance.now() - t0).toFixed(0)} ms`);

// Warm-up: JIT, fontkit's tables, pdf-lib's code paths.
for (let i = 0; i < 5; i++) {
  await renderSubmissionPdf(submission(i));
  await baselinePdf([submission(i)]);
}

const one = submission(0);
const single = await median(SINGLE_RUNS, () => renderSubmissionPdf(one));
const singleBase = await median(SINGLE_RUNS, () => baselinePdf([one]));
const singlePdf = await renderSubmissionPdf(one);
console.log(
  `1 submission (罹災証明書, ${await pages(singlePdf)} pages, ${kb(singlePdf.length)}): ${single.toFixed(1)} ms; ` +
    `baseline ${singleBase.toFixed(1)} ms; ratio ${(single / singleBase).toFixed(1)}x`,
);
report({
  figure: 'PDF, one submission',
  value: ms(single),
  baseline: `${ms(singleBase)} (same layout, built-in Helvetica)`,
  ratio: `×${ratio(single, singleBase, 1)}`,
  notes: `罹災証明書, ${await pages(singlePdf)} pages, ${kb(singlePdf.length)}; median of ${SINGLE_RUNS}; BIZ UDPGothic subset embedded`,
});

const inputs = Array.from({ length: BULK }, (_, i) => submission(i));
const bulk = await time(() => renderBulkPdf(inputs));
const bulkBase = await time(() => baselinePdf(inputs));
const perBulk = bulk.ms / BULK;
const perBase = bulkBase.ms / BULK;
const bulkPages = await pages(bulk.result);
console.log(
  `${BULK} submissions in one PDF (${bulkPages} pages, ${(bulk.result.length / 1024 / 1024).toFixed(1)} MB): ` +
    `${perBulk.toFixed(2)} ms per submission (${(bulk.ms / 1000).toFixed(1)} s); ` +
    `baseline ${perBase.toFixed(2)} ms per submission (${(bulkBase.ms / 1000).toFixed(1)} s); ratio ${(perBulk / perBase).toFixed(1)}x`,
);
report({
  figure: `PDF, ${BULK.toLocaleString('en')} submissions into one PDF`,
  value: `${(bulk.ms / 1000).toFixed(1)} s (${ms(perBulk)} per submission)`,
  baseline: `${(bulkBase.ms / 1000).toFixed(1)} s (${ms(perBase)} per submission, Helvetica)`,
  ratio: `×${ratio(perBulk, perBase, 1)}`,
  notes: `${bulkPages} pages, ${(bulk.result.length / 1024 / 1024).toFixed(1)} MB; one run; 罹災証明書 and 児童手当 alternating`,
});
/** A two-page paper form like a city's: Japanese labels, text fields and check boxes. */
async function paperForm(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const { regular } = await embedFonts(doc, loadFontFiles());
  const p1 = doc.addPage([595.28, 841.89]);
  doc.addPage([595.28, 841.89]);
  const form = doc.getForm();
  ['氏名', '生年月日', '住所', '電話番号', '受付番号', '災害名'].forEach((label, i) => {
    p1.drawText(label, { x: 60, y: 760 - i * 40, size: 10, font: regular });
    form.createTextField(`f${i}`).addToPage(p1, { x: 150, y: 752 - i * 40, width: 360, height: 22 });
  });
  form.createCheckBox('victim').addToPage(p1, { x: 150, y: 500, width: 14, height: 14 });
  return doc.save();
}
const paper = await paperForm();
const mapping: LayoutMapping = {
  fields: { f0: '/applicantName', f1: '/applicantBirthDate', f2: '/applicantAddress', f3: '/applicantPhone', f4: 'receiptNumber', f5: '/disasterName', victim: '/applicantIsVictim' },
  positions: [{ page: 2, x: 60, y: 760, pointer: '/damageDescription' }],
};
for (let i = 0; i < 3; i++) await renderOnLayout(paper, mapping, one);
const onLayout = await median(SINGLE_RUNS, () => renderOnLayout(paper, mapping, one));
const layoutBase = await median(SINGLE_RUNS, async () => (await PDFDocument.load(paper)).save());
const layoutPdf = await renderOnLayout(paper, mapping, one);
console.log(
  `1 submission on a paper layout (7 fields + 1 position, ${kb(layoutPdf.length)}): ${onLayout.toFixed(1)} ms; ` +
    `baseline (load and save the paper) ${layoutBase.toFixed(1)} ms; ratio ${(onLayout / layoutBase).toFixed(1)}x`,
);
console.log(`heap after: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`);
