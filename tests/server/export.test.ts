// CSV export through the real server and SQLite: labels as headers, groups flattened, RFC
// 4180 quoting, the formula guard, UTF-8 with BOM or CP932 with unencodable characters
// reported (never replaced), the inbox's filters, the department boundary and the audit.
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { exampleWithUploads, libraryForm, submit } from '../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../helpers/staff.ts';

const KOSODATE = '子育て支援課';
const FORM = 'jidou-teate-nintei';

/** RFC 4180 reader, strict enough to catch a quoting mistake. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted cell at ${i}`);
      quoted = true;
    } else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('last line without CRLF');
  return rows;
}

const table = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i]])));

describe('GET /api/staff/forms/:id/export.csv', () => {
  let t: TestApp;
  let clerk: StaffInject;
  let otherClerk: StaffInject;
  let designer: StaffInject;
  const receipts: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({}, () => new Date('2026-11-22T03:00:00.000Z'));
    clerk = await loginAs(t.app, 'kosodate-clerk', [{ department: KOSODATE, role: 'clerk' }]);
    otherClerk = await loginAs(t.app, 'zeimu-clerk', [{ department: '税務課', role: 'clerk' }]);
    designer = await loginAs(t.app, 'kosodate-designer', [{ department: KOSODATE, role: 'designer' }]);
    const variants: ((base: Record<string, unknown>) => Record<string, unknown>)[] = [
      // Three children (the example), a remark with every character CSV must quote.
      (base) => ({ ...base, remarks: '長男は東京、「寮」に住む。\n仕送り "月5万円"' }),
      // One child, a remark that would be a formula in Excel, a wave dash typed on an iPhone.
      (base) => ({
        ...base,
        children: (base.children as unknown[]).slice(0, 1),
        remarks: '=HYPERLINK("http://evil.example","click")',
        occupation: '会社員（9時〜17時）',
      }),
      // A name CP932 cannot hold (𠮷, "tsuchi-yoshi") and one it can (髙).
      (base) => ({ ...base, claimantName: { family: '𠮷田', given: '髙志', familyKana: 'ヨシダ', givenKana: 'タカシ' }, remarks: '+81 から始まる番号', employerName: '-' }),
    ];
    for (const variant of variants) {
      // Each filing claims its own upload.
      const res = await submit(t.app, FORM, variant(await exampleWithUploads(t.app, `childcare/${FORM}.json`)));
      expect(res.statusCode, res.body).toBe(201);
      receipts.push(res.json().receiptNumber);
    }
  });
  afterAll(async () => t.close());

  const url = (query = '') => `/api/staff/forms/${FORM}/export.csv${query}`;

  it('exports UTF-8 with a BOM, one row per submission, labels as headers, RFC 5987 file name', async () => {
    const res = await clerk(url());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const disposition = res.headers['content-disposition'] as string;
    expect(disposition).toMatch(new RegExp(`^attachment; filename="${FORM}-20261122\\.csv"; filename\\*=UTF-8''[A-Za-z0-9%._-]+$`));
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(`${libraryForm(`childcare/${FORM}.json`).title.ja}_20261122.csv`);
    const bytes = res.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows).toHaveLength(1 + receipts.length);
    expect(rows[0]!.slice(0, 4)).toEqual(['受付番号', '受付日時', '状態', '版']);
    // Oldest first, as a ledger reads.
    expect(rows.slice(1).map((r) => r[0])).toEqual(receipts);
    const first = table(rows)[0]!;
    expect(first).toMatchObject({
      受付日時: '2026-11-22 12:00:00',
      状態: '受付',
      版: '1',
      請求の理由: '市外から転入した',
      請求者の氏名_姓: '佐藤',
      請求者の氏名_名: '健一',
      請求者の氏名_セイ: 'サトウ',
      請求者の氏名_メイ: 'ケンイチ',
      住所_郵便番号: '420-0839',
      住所_住所: '静岡県静岡市葵区鷹匠',
      '住所_番地・建物名': '2丁目8番15号',
      生年月日: '1980-04-12',
      配偶者はいますか: 'はい',
      'お子さん3_氏名_名': '陽翔',
      'お子さん1_お子さんの住所_郵便番号': '192-0364',
      通帳またはキャッシュカードの写し: 'photo.png',
      '備考・連絡事項': '長男は東京、「寮」に住む。\n仕送り "月5万円"',
    });
    expect(first['申請内容に誤りがないことを確認しました。']).toBe('同意する');
  });

  it('flattens a repeating group up to the most rows present, leaving shorter ones blank', async () => {
    const rows = parseCsv((await clerk(url())).rawPayload.subarray(3).toString('utf8'));
    const headers = rows[0]!;
    expect(headers).toContain('お子さん3_生年月日');
    expect(headers).not.toContain('お子さん4_生年月日');
    expect(headers.indexOf('お子さん1_氏名_姓')).toBeLessThan(headers.indexOf('お子さん2_氏名_姓'));
    const second = table(rows)[1]!;
    expect(second['お子さん1_氏名_名']).toBe('大輝');
    expect(second['お子さん2_氏名_名']).toBe('');
    expect(second['お子さん3_生年月日']).toBe('');
  });

  it('guards cells that a spreadsheet would run as a formula', async () => {
    const text = (await clerk(url())).rawPayload.subarray(3).toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    const rows = table(parseCsv(text));
    expect(rows[1]!['備考・連絡事項']).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[2]!['備考・連絡事項']).toBe(`'+81 から始まる番号`);
    expect(rows[2]!['勤務先の名称']).toBe(`'-`);
  });

  it('reports what CP932 cannot hold, with receipt number and column, instead of replacing it', async () => {
    const res = await clerk(url('?encoding=sjis'));
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.error).toBe('unencodable');
    expect(body.message).toContain('Shift_JIS');
    expect(body.errors).toEqual([{ receiptNumber: receipts[2], column: '請求者の氏名_姓', char: '𠮷' }]);
    const en = await clerk({ url: url('?encoding=sjis'), headers: { 'accept-language': 'en' } });
    expect(en.json().message).toMatch(/Shift_JIS/);
  });

  it('writes CP932 that Excel reads when every character fits (〜 becomes CP932’s ～, 髙 stays)', async () => {
    const res = await clerk(url(`?encoding=sjis&q=${encodeURIComponent(receipts[1]!)}`));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=Shift_JIS');
    const text = iconv.decode(res.rawPayload, 'cp932');
    expect(text.startsWith('受付番号,受付日時,状態,版,')).toBe(true);
    const rows = table(parseCsv(text));
    expect(rows).toHaveLength(1);
    expect(rows[0]!['職業']).toBe('会社員（9時～17時）');
    // The bytes are Shift_JIS: 受 is 0x8EF3, not UTF-8.
    expect(res.rawPayload.subarray(0, 2).toString('hex')).toBe('8ef3');
    expect(iconv.decode(iconv.encode('髙', 'cp932'), 'cp932')).toBe('髙');
  });

  it('applies the inbox filters (status, q, from/to) and refuses bad ones naming the parameter', async () => {
    const byName = parseCsv((await clerk(url(`?q=${encodeURIComponent('髙志')}`))).rawPayload.subarray(3).toString('utf8'));
    expect(byName.slice(1).map((r) => r[0])).toEqual([receipts[2]]);
    const none = parseCsv((await clerk(url('?status=completed'))).rawPayload.subarray(3).toString('utf8'));
    expect(none).toHaveLength(1);
    expect(none[0]!.slice(0, 4)).toEqual(['受付番号', '受付日時', '状態', '版']);
    const later = parseCsv((await clerk(url('?from=2026-11-23'))).rawPayload.subarray(3).toString('utf8'));
    expect(later).toHaveLength(1);
    const bad = await clerk(url('?from=2026-02-30&encoding=latin1'));
    expect(bad.statusCode).toBe(400);
    const encoding = await clerk(url('?encoding=latin1'));
    expect(encoding.statusCode).toBe(400);
    expect(encoding.json().errors[0]).toMatchObject({ path: 'encoding' });
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toContain('from');
  });

  it('keeps to the department: another department’s clerk gets 404, a designer 403, no session 401', async () => {
    expect((await otherClerk(url())).statusCode).toBe(404);
    expect((await otherClerk(`/api/staff/forms/no-such-form/export.csv`)).statusCode).toBe(404);
    expect((await designer(url())).statusCode).toBe(403);
    expect((await t.app.inject(url())).statusCode).toBe(401);
  });

  it('leaves an audit record with every receipt number and the filter', async () => {
    const before = (await t.app.ctx.db.select().from(auditLog).orderBy(auditLog.id)).length;
    expect((await clerk(url('?status=received'))).statusCode).toBe(200);
    const records = await t.app.ctx.db.select().from(auditLog).orderBy(auditLog.id);
    expect(records).toHaveLength(before + 1);
    const last = records.at(-1)!;
    expect(last).toMatchObject({ actor: 'kosodate-clerk', action: 'submission.export', formId: FORM, department: KOSODATE });
    expect(last.records).toEqual(receipts);
    expect(last.detail).toMatchObject({ encoding: 'utf8bom', count: 3, outcome: 'exported', filter: { statuses: ['received'] } });
    // A refused department leaves nothing.
    await otherClerk(url());
    expect(await t.app.ctx.db.select().from(auditLog).orderBy(auditLog.id)).toHaveLength(before + 1);
  });
});
