// One submission as an A4 PDF (GET /api/staff/submissions/:receiptNumber/pdf).
import { PDFDocument } from 'pdf-lib';
import { text } from '../../core/i18n.ts';
import { type FontFiles, embedFonts, loadFontFiles } from './fonts.ts';
import { type SubmissionPrint, layoutSubmission } from './layout-submission.ts';

export type { SubmissionPrint } from './layout-submission.ts';

export interface RenderOptions {
  /** The font files; read from the font package (or PDF_FONT_PATH) once by default. */
  fonts?: FontFiles;
}

export async function renderSubmissionPdf(input: SubmissionPrint, options: RenderOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const lang = input.lang ?? 'ja';
  doc.setTitle(`${text(input.definition.title, lang)} ${input.receiptNumber}`);
  doc.setLanguage(lang === 'en' ? 'en' : 'ja-JP');
  doc.setCreator('madoguchi');
  const fonts = await embedFonts(doc, options.fonts ?? loadFontFiles());
  layoutSubmission(doc, fonts, input);
  return doc.save();
}
