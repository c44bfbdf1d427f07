// Pure helpers of the staff back office: the inbox/audit filters in the URL, the counter's
// reading of typed and scanned receipt numbers, chart scales, download file names, the
// sources a paper layout can print, and the new staff URLs.
import { describe, expect, test } from 'vitest';
import { receiptNumberFromDigits } from '../../core/receipt-number.ts';
import { auditQuery, readAuditFilter } from '../../web/staff/lib/audit-query.ts';
import { barLength, labelledDays, niceMax, ticks } from '../../web/staff/lib/chart-scale.ts';
import { filenameOf } from '../../web/staff/lib/downloads.ts';
import { EMPTY_FILTER, exportQuery, inboxApiQuery, inboxQuery, pageCount, readInboxFilter, shownRange } from '../../web/staff/lib/inbox-query.ts';
import { readReceiptInput, receiptFromScan } from '../../web/staff/lib/receipt-input.ts';
import { paths, staffRoute } from '../../web/staff/lib/routes.ts';
import { layoutSources } from '../../web/staff/layouts/sources.ts';
import { libraryForm } from '../helpers/fixtures.ts';

const RN = receiptNumberFromDigits('123456789');

describe('inbox filter in the URL', () => {
  test('reads what it writes, defaults left out', () => {
    const f = { ...EMPTY_FILTER, form: 'risai-shomei', status: ['received', 'in_progress'] as const, from: '2026-04-01', to: '2026-04-30', q: '山田', sort: 'status' as const, page: 3 };
    const q = inboxQuery({ ...f, status: [...f.status] });
    expect(q.toString()).toBe('status=received&status=in_progress&from=2026-04-01&to=2026-04-30&q=%E5%B1%B1%E7%94%B0&form=risai-shomei&sort=status&page=3');
    expect(readInboxFilter(q)).toEqual({ ...f, status: ['received', 'in_progress'] });
    expect(inboxQuery(EMPTY_FILTER).toString()).toBe('');
    expect(inboxApiQuery(EMPTY_FILTER).get('perPage')).toBe('50');
  });

  test('unknown statuses, sorts and pages fall back instead of reaching the server', () => {
    const f = readInboxFilter(new URLSearchParams('status=bogus&status=completed&status=completed&sort=evil&page=-2&q=%20x%20'));
    expect(f).toEqual({ ...EMPTY_FILTER, status: ['completed'], q: 'x' });
  });

  test('the CSV export carries the filter but no form, sort or page', () => {
    const q = exportQuery({ ...EMPTY_FILTER, form: 'a', status: ['received'], q: 'x', page: 4, sort: 'createdAt' }, 'sjis');
    expect(q.toString()).toBe('encoding=sjis&status=received&q=x');
  });

  test('paging numbers', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(101, 50)).toBe(3);
    expect(shownRange(0, 1, 50)).toEqual({ first: 0, last: 0 });
    expect(shownRange(101, 3, 50)).toEqual({ first: 101, last: 101 });
    expect(shownRange(101, 1, 50)).toEqual({ first: 1, last: 50 });
  });
});

describe('audit filter in the URL', () => {
  test('round trip', () => {
    const q = new URLSearchParams('actor=sato&action=submission.view&record=1234&from=2026-01-01&page=2&junk=1');
    const f = readAuditFilter(q);
    expect(f).toEqual({ actor: 'sato', action: 'submission.view', form: '', record: '1234', from: '2026-01-01', to: '', page: 2 });
    expect(auditQuery(f).toString()).toBe('actor=sato&action=submission.view&record=1234&from=2026-01-01&page=2');
  });
});

describe('receipt numbers at the counter', () => {
  test('typed with or without hyphens, in full-width digits, with an IME long-vowel mark', () => {
    const digits = RN.replace(/-/g, '');
    expect(readReceiptInput(RN)).toEqual({ kind: 'ok', receiptNumber: RN });
    expect(readReceiptInput(digits)).toEqual({ kind: 'ok', receiptNumber: RN });
    const wide = digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(readReceiptInput(`${wide.slice(0, 4)}ー${wide.slice(4)}`)).toEqual({ kind: 'ok', receiptNumber: RN });
  });

  test('every single-digit slip is caught by the check digit before the server is asked', () => {
    const digits = RN.replace(/-/g, '');
    for (let i = 0; i < 10; i++) {
      for (let d = 0; d < 10; d++) {
        if (String(d) === digits[i]) continue;
        const wrong = digits.slice(0, i) + d + digits.slice(i + 1);
        expect(readReceiptInput(wrong).kind, wrong).toBe('checkDigit');
      }
    }
  });

  test('empty, too short, letters', () => {
    expect(readReceiptInput('  ')).toEqual({ kind: 'empty' });
    expect(readReceiptInput('1234-5678')).toEqual({ kind: 'length', digits: 8 });
    expect(readReceiptInput('12a4')).toEqual({ kind: 'notDigits' });
  });

  test('a scanned QR code: the /staff/r/ URL or a bare number; other codes open nothing', () => {
    expect(receiptFromScan(`https://shinsei.example.lg.jp/staff/r/${RN}`)).toBe(RN);
    expect(receiptFromScan(`http://127.0.0.1:3000/staff/r/${RN}/?x=1`)).toBe(RN);
    expect(receiptFromScan(RN)).toBe(RN);
    expect(receiptFromScan('https://example.com/poster')).toBeNull();
    expect(receiptFromScan(`https://evil.example/staff/r/1234567890`)).toBeNull(); // bad check digit
    expect(receiptFromScan('hello')).toBeNull();
  });
});

describe('chart scales', () => {
  test('round axis tops and integer ticks', () => {
    expect([0, 1, 2, 3, 7, 10, 11, 48, 51, 999].map(niceMax)).toEqual([1, 1, 2, 5, 10, 10, 20, 50, 100, 1000]);
    expect(ticks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(1)).toEqual([0, 1]);
    expect(ticks(100, 4)).toEqual([0, 25, 50, 75, 100]);
    for (const max of [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10000]) {
      const ts = ticks(max, 5);
      expect(ts.length, String(max)).toBeLessThanOrEqual(6);
      expect(ts.every(Number.isInteger)).toBe(true);
    }
  });

  test('bars: zero is empty, anything else visible, never past the axis', () => {
    expect(barLength(0, 10, 300)).toBe(0);
    expect(barLength(1, 1000, 300)).toBe(1);
    expect(barLength(5, 10, 300)).toBe(150);
    expect(barLength(50, 10, 300)).toBe(300);
  });

  test('day labels: the first and the last, evenly spaced, never more than room', () => {
    expect(labelledDays(0, 7)).toEqual([]);
    expect(labelledDays(5, 7)).toEqual([0, 1, 2, 3, 4]);
    const l = labelledDays(30, 7);
    expect(l[0]).toBe(0);
    expect(l.at(-1)).toBe(29);
    expect(l.length).toBeLessThanOrEqual(8);
  });
});

describe('download file names', () => {
  test('RFC 6266: filename* (UTF-8) wins over filename', () => {
    expect(filenameOf(`attachment; filename="risai.csv"; filename*=UTF-8''%E7%BD%B9%E7%81%BD.csv`)).toBe('罹災.csv');
    expect(filenameOf('attachment; filename="a b.pdf"')).toBe('a b.pdf');
    expect(filenameOf('attachment; filename=plain.pdf')).toBe('plain.pdf');
    expect(filenameOf(null)).toBeNull();
    expect(filenameOf('inline')).toBeNull();
  });
});

describe('what a paper layout can print', () => {
  const labels = {
    fixed: { receiptNumber: '受付番号', filedAt: '受付日時', filedDate: '受付日', printedDate: '印刷日', cityName: '市', formTitle: '手続き' },
    part: (p: string) => p,
    row: (l: string, n: number) => `${l}${n}`,
    equals: (l: string, o: string) => `${l}=${o}`,
    yes: 'はい',
    no: 'いいえ',
  };
  const def = libraryForm('opinion/shichou-tayori.json');

  test('a text box: fixed items, then every printable answer and its parts in form order', () => {
    const values = layoutSources(def, 'ja', 'text', labels).map((s) => s.value);
    expect(values.slice(0, 6)).toEqual(['receiptNumber', 'filedAt', 'filedDate', 'printedDate', 'cityName', 'formTitle']);
    expect(values).toContain('/subject');
    expect(values).toContain('/contactName/family');
    expect(values).toContain('/contactAddress/postalCode');
    expect(values).not.toContain('/attachments');
    expect(new Set(values).size).toBe(values.length);
    expect(values.indexOf('/topic')).toBeLessThan(values.indexOf('/subject'));
  });

  test('a check box: yes/no answers and one entry per option; no fixed items, no free text', () => {
    const values = layoutSources(def, 'ja', 'checkbox', labels).map((s) => s.value);
    expect(values).toContain('/replyWanted');
    expect(values).toContain('/replyWanted=true');
    expect(values).toContain('/topic=town-planning');
    expect(values).not.toContain('receiptNumber');
    expect(values).not.toContain('/subject');
  });

  test('repeating groups are addressed row by row', () => {
    const kids = libraryForm('childcare/jidou-teate-nintei.json');
    const values = layoutSources(kids, 'ja', 'text', labels, 2).map((s) => s.value);
    const rows = values.filter((v) => /^\/[^/]+\/\d\//.test(v));
    expect(rows.some((v) => v.includes('/0/'))).toBe(true);
    expect(rows.some((v) => v.includes('/1/'))).toBe(true);
    expect(rows.some((v) => v.includes('/2/'))).toBe(false);
  });
});

describe('back-office URLs', () => {
  test('every page reads back from its path', () => {
    expect(staffRoute(paths.inbox)).toEqual({ kind: 'inbox' });
    expect(staffRoute(paths.counter)).toEqual({ kind: 'counter' });
    expect(staffRoute(paths.audit)).toEqual({ kind: 'audit' });
    expect(staffRoute(paths.submission(RN))).toEqual({ kind: 'submission', receiptNumber: RN });
    expect(staffRoute(paths.receipt(RN))).toEqual({ kind: 'receipt', receiptNumber: RN });
    expect(staffRoute(paths.aggregate('risai-shomei'))).toEqual({ kind: 'aggregate', id: 'risai-shomei' });
    expect(staffRoute(paths.layouts('risai-shomei'))).toEqual({ kind: 'layouts', id: 'risai-shomei' });
    expect(staffRoute('/staff/submissions/%E0%A4%A')).toEqual({ kind: 'submission', receiptNumber: '%E0%A4%A' });
    expect(staffRoute('/staff/r/')).toEqual({ kind: 'notFound' });
  });
});
