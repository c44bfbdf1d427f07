// CSV as RFC 4180 says (CRLF line ends, fields with a quote, comma or line break quoted,
// quotes doubled), plus the guard against formula injection: a spreadsheet runs a cell
// that starts with = + - @ (or a tab or CR) as a formula, so an applicant could make a
// clerk's Excel compute or fetch something. Such cells get a leading apostrophe, which
// Excel shows as plain text (OWASP "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number ("-3", "-2.5") is not a formula and stays a number for the spreadsheet.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

export function guardFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

export function csvCell(value: string): string {
  const safe = guardFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map(csvLine).join('');
}

/** UTF-8 with a byte order mark: without it Excel reads a UTF-8 CSV as Shift_JIS and garbles it. */
export function utf8WithBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
