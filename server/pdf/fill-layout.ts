// A submission printed on the city's own paper form: the uploaded PDF's AcroForm text
// fields filled in the embedded Japanese font, its check boxes and radio buttons set, every
// field then flattened so the print cannot be edited; free positions drawn as text on top.
import {
  PDFCheckBox,
  PDFDocument,
  PDFDropdown,
  type PDFFont,
  PDFOptionList,
  type PDFPage,
  PDFRadioGroup,
  PDFRef,
  PDFTextField,
  rgb,
} from 'pdf-lib';
import type { FieldElement, FormDefinition } from '../../core/definition.ts';
import { text } from '../../core/i18n.ts';
import { normalizeReceiptNumber } from '../../core/receipt-number.ts';
import { isMasked } from '../../core/sensitive.ts';
import { type FontFiles, embedFonts, loadFontFiles } from './fonts.ts';
import { formatAnswer, isEmptyAnswer } from './format-answer.ts';
import { printDate, printDateTime } from './format-date.ts';
import { DEFAULT_POSITION_SIZE, type LayoutMapping } from './layout-mapping.ts';
import { type MappingValue, parseMappingValue, resolveAnswer, valueAt } from './layout-pointer.ts';
import type { SubmissionPrint } from './layout-submission.ts';
import { printMessages } from './messages.ts';
import { printable } from './printable.ts';

export interface LayoutPrintOptions {
  fonts?: FontFiles;
  /** The printing time, for printedDate (default now). */
  now?: Date;
  /** Marks every page 「記入例」: the form's example printed on the layout. */
  sample?: boolean;
}

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const tokyoDay = (d: Date) => new Date(d.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
const TF = /\/[^\s/]+\s+(\d*\.\d+|\d+)\s+Tf/;

/** The answer's printed text, or '' when not answered. */
function answerText(def: FormDefinition, answers: Record<string, unknown>, pointer: string): string {
  const found = resolveAnswer(def, pointer);
  if (!found) return '';
  const value = valueAt(answers, found.segments);
  if (isEmptyAnswer(value)) return '';
  if (isMasked(value)) return printMessages('ja').hidden;
  if (found.part) return typeof value === 'string' ? value : String(value);
  return formatAnswer(found.element, found.schema, value, 'ja');
}

function valueText(value: MappingValue, input: SubmissionPrint, now: Date): string {
  if (value.kind === 'answer') return answerText(input.definition, input.answers, value.pointer);
  switch (value.item) {
    case 'receiptNumber':
      return normalizeReceiptNumber(input.receiptNumber) ?? input.receiptNumber;
    case 'filedAt':
      return printDateTime(input.filedAt, 'ja');
    case 'filedDate':
      return Number.isNaN(Date.parse(input.filedAt)) ? input.filedAt : printDate(tokyoDay(new Date(input.filedAt)), 'ja');
    case 'printedDate':
      return printDate(tokyoDay(now), 'ja');
    case 'cityName':
      return input.cityName;
    case 'formTitle':
      return text(input.definition.title, 'ja');
  }
}

/** Whether a check box is ticked: a true answer, or (with `=value`) that option chosen. */
function isTicked(value: MappingValue, input: SubmissionPrint): boolean {
  if (value.kind !== 'answer') return false;
  const found = resolveAnswer(input.definition, value.pointer);
  const answer = found ? valueAt(input.answers, found.segments) : undefined;
  if (value.equals === undefined) return answer === true;
  const chosen = Array.isArray(answer) ? answer : [answer];
  return chosen.some((v) => String(v) === value.equals);
}

/** The option of a radio group or list that stands for the answer: its stored value, or its label. */
function optionFor(options: string[], value: MappingValue, input: SubmissionPrint): string | undefined {
  if (value.kind !== 'answer') return undefined;
  const found = resolveAnswer(input.definition, value.pointer);
  const answer = found ? valueAt(input.answers, found.segments) : undefined;
  if (answer === undefined || answer === null || Array.isArray(answer)) return undefined;
  const stored = String(answer);
  if (options.includes(stored)) return stored;
  const label = found ? answerLabel(found.element, answer) : '';
  return options.find((o) => o === label);
}

function answerLabel(element: FieldElement, answer: unknown): string {
  if (typeof answer === 'boolean') return answer ? 'はい' : 'いいえ';
  const label = element.options?.[String(answer)];
  return label ? text(label, 'ja') : '';
}

/** Shrinks a one-line field's font until the text fits its box (never below 4 pt). */
function fitSingleLine(field: PDFTextField, font: PDFFont, value: string): void {
  const widget = field.acroField.getWidgets()[0];
  if (!widget || value === '') return;
  const { width, height } = widget.getRectangle();
  const da = widget.getDefaultAppearance() ?? field.acroField.getDefaultAppearance() ?? '';
  const declared = Number(TF.exec(da)?.[1] ?? 0);
  const size = declared > 0 ? declared : Math.min(12, height * 0.7);
  const available = width - 4;
  const needed = font.widthOfTextAtSize(value, size);
  field.setFontSize(needed > available ? Math.max(4, Math.floor((size * available * 10) / needed) / 10) : size);
}

function fillFields(doc: PDFDocument, font: PDFFont, mapping: LayoutMapping, input: SubmissionPrint, now: Date): void {
  let form;
  try {
    form = doc.getForm();
  } catch {
    return;
  }
  for (const [name, raw] of Object.entries(mapping.fields)) {
    const value = parseMappingValue(raw);
    const field = form.getFieldMaybe(name);
    if (!value || !field) continue;
    if (field instanceof PDFTextField) {
      let s = printable(valueText(value, input, now));
      if (!field.isMultiline()) s = s.replace(/\n/g, ' ');
      const max = field.getMaxLength();
      if (max !== undefined) s = s.slice(0, max);
      field.setText(s);
      if (!field.isMultiline() && !field.isCombed()) fitSingleLine(field, font, s);
    } else if (field instanceof PDFCheckBox) {
      if (isTicked(value, input)) field.check();
      else field.uncheck();
    } else if (field instanceof PDFRadioGroup || field instanceof PDFDropdown || field instanceof PDFOptionList) {
      const option = optionFor(field.getOptions(), value, input);
      if (option !== undefined) field.select(option);
    }
  }
  // Appearances in the Japanese font first: flatten() would otherwise redraw changed
  // fields in Helvetica, which has no Japanese glyphs.
  form.updateFieldAppearances(font);
  form.flatten({ updateFieldAppearances: false });
  dropDanglingAnnots(doc);
}

/**
 * flatten() deletes each widget but, when it cannot tell the widget's page, leaves the
 * page's /Annots pointing at the deleted object; readers then report a broken xref
 * ("Invalid XRef entry") and some refuse the file. Such references are removed.
 */
function dropDanglingAnnots(doc: PDFDocument): void {
  for (const page of doc.getPages()) {
    const annots = page.node.Annots();
    if (!annots) continue;
    for (let i = annots.size() - 1; i >= 0; i--) {
      const entry = annots.get(i);
      if (entry instanceof PDFRef && doc.context.lookup(entry) === undefined) annots.remove(i);
    }
  }
}

function drawPositions(pages: PDFPage[], font: PDFFont, mapping: LayoutMapping, input: SubmissionPrint, now: Date): void {
  for (const p of mapping.positions) {
    const page = pages[p.page - 1];
    const value = parseMappingValue(p.pointer);
    if (!page || !value) continue;
    const size = p.size ?? DEFAULT_POSITION_SIZE;
    printable(valueText(value, input, now))
      .split('\n')
      .forEach((line, i) => {
        if (line !== '') page.drawText(line, { x: p.x, y: p.y - i * size * 1.3, size, font, color: rgb(0, 0, 0) });
      });
  }
}

function drawSampleMark(pages: PDFPage[], font: PDFFont): void {
  for (const page of pages) {
    const { width, height } = page.getSize();
    const size = 14;
    const label = '記入例';
    const w = font.widthOfTextAtSize(label, size);
    page.drawRectangle({ x: width - w - 30, y: height - 36, width: w + 12, height: size + 10, borderColor: rgb(0.8, 0, 0), borderWidth: 1.5 });
    page.drawText(label, { x: width - w - 24, y: height - 30, size, font, color: rgb(0.8, 0, 0) });
  }
}

/** The submission on the layout's paper, as a new PDF; the stored layout is never changed. */
export async function renderOnLayout(layoutPdf: Uint8Array, mapping: LayoutMapping, input: SubmissionPrint, options: LayoutPrintOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.load(layoutPdf, { updateMetadata: false, throwOnInvalidObject: false });
  const now = options.now ?? new Date();
  // One face only: paper forms take no headings, so the bold subset would be dead weight.
  const files = options.fonts ?? loadFontFiles();
  const { regular } = await embedFonts(doc, { regular: files.regular, bold: files.regular });
  fillFields(doc, regular, mapping, input, now);
  const pages = doc.getPages();
  drawPositions(pages, regular, mapping, input, now);
  if (options.sample) drawSampleMark(pages, regular);
  doc.setTitle(`${text(input.definition.title, 'ja')} ${normalizeReceiptNumber(input.receiptNumber) ?? input.receiptNumber}`);
  doc.setCreator('madoguchi');
  return doc.save();
}
