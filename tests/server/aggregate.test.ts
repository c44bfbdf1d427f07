// 集計 through the server: counts per option, numbers, filings per day in Japan time, the
// open-data CSV with no personal field in it, the department boundary and the audit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { risaiAnswers, submit } from '../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../helpers/staff.ts';

const FORM = 'risai-shomei';

describe('GET /api/staff/forms/:id/aggregate(.csv)', () => {
  let t: TestApp;
  let clerk: StaffInject;
  let otherClerk: StaffInject;
  let designer: StaffInject;
  let clock = new Date('2026-11-20T03:00:00.000Z');
  const audits = async () => (await t.app.ctx.db.select().from(auditLog).orderBy(auditLog.id));

  beforeAll(async () => {
    t = await createTestApp({}, () => clock);
    const filings: [string, Record<string, unknown>][] = [
      ['2026-11-20T03:00:00.000Z', { cause: 'heavy-rain', copies: 2, purposes: ['insurance', 'donation'] }],
      // 16:00 UTC is already the 21st in Japan.
      ['2026-11-20T16:00:00.000Z', { cause: 'typhoon', copies: 1, purposes: ['insurance'] }],
      ['2026-11-23T00:30:00.000Z', { cause: 'heavy-rain', copies: 5, purposes: ['loan'] }],
    ];
    for (const [at, change] of filings) {
      clock = new Date(at);
      const res = await submit(t.app, FORM, { ...(await risaiAnswers(t.app)), ...change });
      expect(res.statusCode, res.body).toBe(201);
    }
    // Logged in after the filings: a session ends 12 hours after logging in.
    clock = new Date('2026-11-24T00:00:00.000Z');
    clerk = await loginAs(t.app, 'zeimu-clerk', [{ department: '税務課', role: 'clerk' }]);
    otherClerk = await loginAs(t.app, 'kosodate-clerk', [{ department: '子育て支援課', role: 'clerk' }]);
    designer = await loginAs(t.app, 'zeimu-designer', [{ department: '税務課', role: 'designer' }]);
  });
  afterAll(async () => t.close());

  it('counts options with labels, summarises numbers and counts filings per Japan day', async () => {
    const res = await clerk(`/api/staff/forms/${FORM}/aggregate`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.total).toBe(3);
    expect(body.perDay).toEqual([
      { date: '2026-11-20', count: 1 },
      { date: '2026-11-21', count: 1 },
      { date: '2026-11-22', count: 0 },
      { date: '2026-11-23', count: 1 },
    ]);
    const cause = body.fields.find((f: { pointer: string }) => f.pointer === '/cause');
    expect(cause.options.filter((o: { count: number }) => o.count > 0)).toEqual([
      { value: 'typhoon', label: '台風', count: 1 },
      { value: 'heavy-rain', label: '大雨', count: 2 },
    ]);
    expect(body.fields.find((f: { pointer: string }) => f.pointer === '/copies')).toMatchObject({ kind: 'number', answered: 3, min: 1, max: 5, median: 2 });
    expect(JSON.stringify(body)).not.toMatch(/山田|ヤマダ|北番町|090-1234-5678|example\.jp/);
    const en = await clerk({ url: `/api/staff/forms/${FORM}/aggregate`, headers: { 'accept-language': 'en' } });
    expect(en.json().fields.find((f: { pointer: string }) => f.pointer === '/cause').options[0].label).toBe('Typhoon');
  });

  it('takes the inbox filters', async () => {
    const res = await clerk(`/api/staff/forms/${FORM}/aggregate?from=2026-11-21`);
    expect(res.json().total).toBe(2);
    expect((await clerk(`/api/staff/forms/${FORM}/aggregate?to=nope`)).statusCode).toBe(400);
  });

  it('downloads open data as UTF-8 CSV with only aggregates', async () => {
    const res = await clerk(`/api/staff/forms/${FORM}/aggregate.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="risai-shomei-aggregate-20261124\.csv"; filename\*=UTF-8''/);
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.rawPayload.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('種別,項目,内容,件数・値');
    expect(lines).toContain('受付件数,,合計,3');
    expect(lines).toContain('日別受付件数,,2026-11-22,0');
    expect(lines).toContain('選択肢,罹災原因,大雨,2');
    expect(lines).toContain('選択肢（複数選択）,証明書の使いみち（あてはまるものすべて）,保険金・共済金の請求,2');
    expect(lines).toContain('数値,必要な部数,平均,2.67');
    for (const personal of ['山田', 'ヤマダ', '420-0005', '北番町', '090-1234-5678', 'taro.yamada@example.jp', '1975-06-14', '石こうボード', '平日の午前中']) {
      expect(text).not.toContain(personal);
    }
  });

  it('keeps to the department and leaves an audit record', async () => {
    const before = (await audits()).length;
    expect((await otherClerk(`/api/staff/forms/${FORM}/aggregate`)).statusCode).toBe(404);
    expect((await otherClerk(`/api/staff/forms/${FORM}/aggregate.csv`)).statusCode).toBe(404);
    expect((await designer(`/api/staff/forms/${FORM}/aggregate`)).statusCode).toBe(403);
    expect(await audits()).toHaveLength(before);
    await clerk(`/api/staff/forms/${FORM}/aggregate`);
    expect((await audits()).at(-1)).toMatchObject({ action: 'form.aggregate', actor: 'zeimu-clerk', formId: FORM, records: [], detail: { total: 3 } });
  });
});
