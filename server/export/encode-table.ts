// The export table as bytes: UTF-8 with BOM, or CP932 after proving every header and cell
// survives it (cp932.ts). What does not is listed per receipt number and column.
import { encodeCp932, fitsCp932, unencodableChars } from './cp932.ts';
import { csvText, utf8WithBom } from './csv.ts';
import type { ExportTable } from './submissions-csv.ts';

export type CsvEncoding = 'utf8bom' | 'sjis';

export interface Unencodable {
  /** null for a header (a label of the form). */
  receiptNumber: string | null;
  column: string;
  char: string;
}

// Enough to find and fix them; a longer list would not be read.
export const MAX_REPORTED = 500;

export function unencodableCells(table: ExportTable): { count: number; errors: Unencodable[] } {
  // Nearly every export is clean: one round trip of the whole text proves it, and only a
  // failure pays for the cell-by-cell search that says where.
  const whole = [table.header.join('\n'), ...table.body.map((r) => r.cells.join('\n'))].join('\n');
  if (fitsCp932(whole)) return { count: 0, errors: [] };
  const errors: Unencodable[] = [];
  let count = 0;
  const check = (receiptNumber: string | null, column: string, cell: string) => {
    for (const char of unencodableChars(cell)) {
      count++;
      if (errors.length < MAX_REPORTED) errors.push({ receiptNumber, column, char });
    }
  };
  if (!fitsCp932(table.header.join('\n'))) for (const header of table.header) check(null, header, header);
  for (const row of table.body) {
    if (fitsCp932(row.cells.join('\n'))) continue;
    row.cells.forEach((cell, i) => check(row.receiptNumber, table.header[i]!, cell));
  }
  return { count, errors };
}

export function tableRows(table: ExportTable): string[][] {
  return [table.header, ...table.body.map((r) => r.cells)];
}

/** The CSV bytes; with 'sjis' the caller has checked unencodableCells() first. */
export function encodeCsv(rows: readonly (readonly string[])[], encoding: CsvEncoding): Buffer {
  const text = csvText(rows);
  return encoding === 'sjis' ? encodeCp932(text) : utf8WithBom(text);
}
