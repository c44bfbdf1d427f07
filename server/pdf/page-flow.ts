// Pages and a vertical cursor: content asks for room and gets a fresh page (with its
// running header) when the current one is full.
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { MARGIN, PAGE } from './style.ts';

export class PageFlow {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  /** The top of the free space on the current page. */
  y = 0;
  /** Where content starts on a fresh page, below whatever the header drew. */
  private contentTop = 0;

  constructor(
    private readonly doc: PDFDocument,
    /** Draws the page's header and returns where content may start. */
    private readonly header: (page: PDFPage, index: number) => number,
  ) {}

  newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = this.contentTop = this.header(this.page, this.pages.length - 1);
  }

  room(): number {
    return this.y - MARGIN.bottom;
  }

  /** Room on an empty page: what content taller than this must be split to fit. */
  fullRoom(): number {
    return this.contentTop - MARGIN.bottom;
  }

  atPageTop(): boolean {
    return this.y === this.contentTop;
  }

  /** Starts a new page unless `height` fits below the cursor. */
  need(height: number): void {
    if (this.room() < height && !this.atPageTop()) this.newPage();
  }
}
