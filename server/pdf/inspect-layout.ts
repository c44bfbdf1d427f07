// What an uploaded paper form offers to be filled: its pages (size in points) and its
// AcroForm fields (name, type, page, where on it). Judged by the bytes: a file that is not
// a PDF pdf-lib can open, or one that is encrypted, is refused.
import {
  PDFButton,
  PDFCheckBox,
  PDFDocument,
  PDFDropdown,
  type PDFField,
  PDFOptionList,
  PDFRadioGroup,
  PDFSignature,
  PDFTextField,
} from 'pdf-lib';

export type LayoutFieldType = 'text' | 'checkbox' | 'radio' | 'dropdown' | 'list' | 'button' | 'signature';

export interface LayoutField {
  name: string;
  type: LayoutFieldType;
  /** 1-based page of the field's first widget (null if it is on no page). */
  page: number | null;
  /** The first widget's rectangle in PDF points, origin at the page's bottom left. */
  rect: { x: number; y: number; width: number; height: number } | null;
  /** radio, dropdown, list: the export values to choose from. */
  options?: string[];
  multiline?: boolean;
  maxLength?: number;
}

export interface LayoutInfo {
  pages: { page: number; width: number; height: number }[];
  fields: LayoutField[];
}

export const MAX_LAYOUT_PAGES = 50;

export class LayoutPdfError extends Error {
  constructor(readonly reason: 'notPdf' | 'encrypted' | 'tooManyPages') {
    super(reason);
  }
}

/** A PDF starts with %PDF- within its first 1024 bytes (ISO 32000-1, 7.5.2 and Annex H). */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

export async function openLayoutPdf(bytes: Uint8Array): Promise<PDFDocument> {
  if (!hasPdfHeader(bytes)) throw new LayoutPdfError('notPdf');
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
  } catch (error) {
    // pdf-lib's EncryptedPDFError is compiled to ES5, so instanceof does not find it: its message does.
    if (/encrypted/i.test((error as Error).message)) throw new LayoutPdfError('encrypted');
    throw new LayoutPdfError('notPdf');
  }
  if (doc.isEncrypted) throw new LayoutPdfError('encrypted');
  let pages: number;
  try {
    // A file with a PDF header but no page tree loads; reading its pages is what fails.
    pages = doc.getPages().length;
  } catch {
    throw new LayoutPdfError('notPdf');
  }
  if (pages === 0) throw new LayoutPdfError('notPdf');
  if (pages > MAX_LAYOUT_PAGES) throw new LayoutPdfError('tooManyPages');
  return doc;
}

function typeOf(field: PDFField): LayoutFieldType {
  if (field instanceof PDFTextField) return 'text';
  if (field instanceof PDFCheckBox) return 'checkbox';
  if (field instanceof PDFRadioGroup) return 'radio';
  if (field instanceof PDFDropdown) return 'dropdown';
  if (field instanceof PDFOptionList) return 'list';
  if (field instanceof PDFSignature) return 'signature';
  if (field instanceof PDFButton) return 'button';
  return 'button';
}

const round = (n: number) => Math.round(n * 100) / 100;

export function describeLayout(doc: PDFDocument): LayoutInfo {
  const pages = doc.getPages();
  const info: LayoutInfo = {
    pages: pages.map((p, i) => {
      const { width, height } = p.getSize();
      return { page: i + 1, width: round(width), height: round(height) };
    }),
    fields: [],
  };
  let fields: PDFField[];
  try {
    fields = doc.getForm().getFields();
  } catch {
    // A broken AcroForm dictionary: the paper can still take free positions.
    return info;
  }
  for (const field of fields) {
    const widget = field.acroField.getWidgets()[0];
    const pageRef = widget?.P();
    let page = pageRef ? pages.find((p) => p.ref === pageRef) : undefined;
    const widgetRef = widget && !page ? doc.context.getObjectRef(widget.dict) : undefined;
    if (widgetRef) page = doc.findPageForAnnotationRef(widgetRef);
    const r = widget?.getRectangle();
    const entry: LayoutField = {
      name: field.getName(),
      type: typeOf(field),
      page: page ? pages.indexOf(page) + 1 || null : null,
      rect: r ? { x: round(r.x), y: round(r.y), width: round(r.width), height: round(r.height) } : null,
    };
    if (field instanceof PDFRadioGroup || field instanceof PDFDropdown || field instanceof PDFOptionList) entry.options = field.getOptions();
    if (field instanceof PDFTextField) {
      entry.multiline = field.isMultiline();
      const max = field.getMaxLength();
      if (max !== undefined) entry.maxLength = max;
    }
    info.fields.push(entry);
  }
  return info;
}
