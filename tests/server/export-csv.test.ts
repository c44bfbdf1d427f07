// The pieces of the CSV export on their own: quoting, the formula guard, CP932 checks,
// file names, and how answers of several form versions flatten into one table.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../core/definition.ts';
import { attachmentDisposition } from '../../server/export/content-disposition.ts';
import { encodeCp932, unencodableChars } from '../../server/export/cp932.ts';
import { csvCell, csvLine, guardFormula } from '../../server/export/csv.ts';
import { unencodableCells } from '../../server/export/encode-table.ts';
import { uniqueHeaders } from '../../server/export/flatten.ts';
import { japanDateTime, submissionTable } from '../../server/export/submissions-csv.ts';
import { minimalForm } from '../helpers/fixtures.ts';

describe('csvCell', () => {
  it('quotes only what RFC 4180 needs, doubling quotes', () => {
    expect(csvCell('山田')).toBe('山田');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('')).toBe('');
    expect(csvLine(['a', 'b,c'])).toBe('a,"b,c"\r\n');
  });

  it('guards formula starts, but leaves plain numbers as numbers', () => {
    for (const s of ['=1+1', '+81 3', '-A1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("x")']) expect(guardFormula(s).startsWith("'")).toBe(true);
    expect(guardFormula('-3')).toBe('-3');
    expect(guardFormula('-2.5')).toBe('-2.5');
    expect(guardFormula('０９０')).toBe('０９０');
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
  });
});

describe('CP932', () => {
  it('finds each character it cannot hold, once', () => {
    expect(unencodableChars('山田髙志①ｶﾅ')).toEqual([]);
    expect(unencodableChars('𠮷田の𠮷と😀と é')).toEqual(['𠮷', '😀', 'é']);
    // ¥ would come back as a backslash: reported, not swapped.
    expect(unencodableChars('¥100')).toEqual(['¥']);
  });

  it('writes the JIS mappings of the same characters as CP932 holds them', () => {
    expect(unencodableChars('9時〜17時 − ‖ —')).toEqual([]);
    expect(iconv.decode(encodeCp932('9時〜17時'), 'cp932')).toBe('9時～17時');
  });

  it('reports per receipt number and column; headers with a null receipt number', () => {
    const report = unencodableCells({
      header: ['受付番号', '氏名', '𠮷の欄'],
      body: [
        { receiptNumber: '1111-1111-11', cells: ['1111-1111-11', '𠮷田', ''] },
        { receiptNumber: '2222-2222-22', cells: ['2222-2222-22', '山田', 'ok'] },
      ],
    });
    expect(report).toEqual({
      count: 2,
      errors: [
        { receiptNumber: null, column: '𠮷の欄', char: '𠮷' },
        { receiptNumber: '1111-1111-11', column: '氏名', char: '𠮷' },
      ],
    });
  });
});

describe('file names', () => {
  it('gives an ASCII fallback and the Japanese name per RFC 5987', () => {
    expect(attachmentDisposition('罹災証明書 "申請"_20261122.csv', 'risai-20261122.csv')).toBe(
      `attachment; filename="risai-20261122.csv"; filename*=UTF-8''%E7%BD%B9%E7%81%BD%E8%A8%BC%E6%98%8E%E6%9B%B8%20_%E7%94%B3%E8%AB%8B__20261122.csv`,
    );
    expect(attachmentDisposition('../../etc/passwd', '../x\r\n.csv')).not.toMatch(/[\r\n/]/);
  });
});

describe('submissionTable', () => {
  it('puts Japan time, staff status names and the version in the leading columns', () => {
    expect(japanDateTime('2026-11-21T15:30:00.000Z')).toBe('2026-11-22 00:30:00');
    const t = submissionTable([minimalForm()], [{ receiptNumber: 'R', createdAt: '2026-11-21T15:30:00.000Z', status: 'returned', formVersion: 1, answers: { name: '窓口 花子' } }]);
    expect(t.header).toEqual(['受付番号', '受付日時', '状態', '版', 'お名前']);
    expect(t.body[0]!.cells).toEqual(['R', '2026-11-22 00:30:00', '差戻し', '1', '窓口 花子']);
  });

  it('keeps a question only an older version asked, after the current ones, with its old label', () => {
    const v1 = minimalForm();
    v1.ui.pages[0]!.elements.push({ field: 'oldChoice', widget: 'radio', label: { ja: '旧い質問' }, options: { a: { ja: 'あ' } } });
    const v2: FormDefinition = structuredClone(minimalForm());
    v2.ui.pages[0]!.elements = [{ field: 'name', widget: 'text', label: { ja: '氏名（新）' } }];
    const t = submissionTable(
      [v2, v1],
      [
        { receiptNumber: 'A', createdAt: '2026-01-01T00:00:00Z', status: 'received', formVersion: 1, answers: { name: '一', oldChoice: 'a' } },
        { receiptNumber: 'B', createdAt: '2026-01-02T00:00:00Z', status: 'completed', formVersion: 2, answers: { name: '二' } },
      ],
    );
    expect(t.header.slice(4)).toEqual(['氏名（新）', '旧い質問']);
    expect(t.body.map((r) => r.cells.slice(4))).toEqual([
      ['一', 'あ'],
      ['二', ''],
    ]);
  });

  it('makes repeated labels unique', () => {
    expect(uniqueHeaders(['住所', '氏名', '住所', '住所'])).toEqual(['住所', '氏名', '住所（2）', '住所（3）']);
  });
});
