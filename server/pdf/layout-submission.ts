// One submission laid out onto pages of a document that may hold many (render-bulk.ts):
// the fonts are embedded by the caller, once per document.
import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { FormDefinition } from '../../core/definition.ts';
import { text } from '../../core/i18n.ts';
import { normalizeReceiptNumber } from '../../core/receipt-number.ts';
import { displayAnswers } from './display-answers.ts';
import { drawRows } from './draw-rows.ts';
import type { PdfFonts } from './fonts.ts';
import { printDateTime } from './format-date.ts';
import { printMessages } from './messages.ts';
import { PageFlow } from './page-flow.ts';
import { drawSignatureBox } from './signature-box.ts';
import { type HeaderInfo, drawFooters, drawRunningHeader, drawTitleBlock } from './print-header.ts';

export interface SubmissionPrint {
  /** The city (or ward, town, village) as it heads its documents, e.g. 「静岡市」. */
  cityName: string;
  /** The form version the submission was filed against: its labels are printed. */
  definition: FormDefinition;
  answers: Record<string, unknown>;
  receiptNumber: string;
  /** ISO instant of filing; printed in Japan time. */
  filedAt: string;
  /**
   * The applicant's status link, for a copy handed to the applicant only: it carries the
   * secret that opens their submission. Without it the QR code holds the receipt number,
   * which is what a clerk's tablet scans and which grants nothing by itself (ADR 0004).
   */
  statusUrl?: string;
  /** Language of the fixed words and of the form's labels (falls back to Japanese). */
  lang?: string;
  /** Visibility of each answer (core/visibility.ts); see DisplayOptions. */
  isHidden?: (pointer: string) => boolean;
  /** The clerk who filled it at the counter (窓口代理入力): adds the box the citizen signs. */
  proxyBy?: string;
  /** ISO instant the answers were deleted at the end of the 保存期間 (ADR 0012), if they were. */
  purgedAt?: string;
}

/** Adds the submission's pages to `doc` and returns them. */
export function layoutSubmission(doc: PDFDocument, fonts: PdfFonts, input: SubmissionPrint): PDFPage[] {
  const lang = input.lang ?? 'ja';
  const m = printMessages(lang);
  const receiptNumber = normalizeReceiptNumber(input.receiptNumber) ?? input.receiptNumber;
  const header: HeaderInfo = {
    cityName: input.cityName,
    title: text(input.definition.title, lang),
    receiptNumber,
    filedAt: printDateTime(input.filedAt, lang),
    department: input.definition.settings.department || undefined,
    qrText: input.statusUrl ?? receiptNumber,
    qrCaption: input.statusUrl ? m.qrStatus : m.qrReceipt,
    m,
  };
  const flow = new PageFlow(doc, (page, index) =>
    index === 0 ? drawTitleBlock(page, fonts, header) : drawRunningHeader(page, fonts, header),
  );
  flow.newPage();
  // A purged case prints what remains and says why the answers are gone, never a blank form.
  const rows = input.purgedAt
    ? [{ kind: 'answer' as const, label: m.purgedLabel, value: m.purged(printDateTime(input.purgedAt, lang)), depth: 0 }]
    : displayAnswers(input.definition, input.answers, lang, { isHidden: input.isHidden });
  drawRows(flow, rows, fonts, m);
  if (input.proxyBy) drawSignatureBox(flow, fonts, m, input.proxyBy);
  drawFooters(flow.pages, fonts, m);
  return flow.pages;
}
