// GET /api/staff/audit: the administrators' view of who read and changed what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type StaffInject } from '../helpers/staff.ts';
import { type Clocked, createClockedApp, type Filed, fileExample, TAYORI } from './inbox-fixtures.ts';

let t: Clocked;
let hisho: StaffInject;
let admin: StaffInject;
let designer: StaffInject;
let a: Filed;
let b: Filed;

type Entry = { id: number; at: string; actor: string | null; action: string; formId: string | null; department: string | null; records: string[]; detail: unknown };
const page = async (query = '') => {
  const res = await admin(`/api/staff/audit${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { total: number; page: number; perPage: number; items: Entry[] };
};

beforeAll(async () => {
  // 2026-04-10 09:00 in Japan.
  t = await createClockedApp('2026-04-10T00:00:00.000Z');
  hisho = await loginAs(t.app, 'hisho-clerk', [{ department: '秘書広報課', role: 'clerk' }]);
  admin = await loginAs(t.app, 'admin', [{ department: '情報政策課', role: 'admin' }]);
  designer = await loginAs(t.app, 'designer', [{ department: '秘書広報課', role: 'designer' }]);
  a = await fileExample(t.app, TAYORI);
  b = await fileExample(t.app, TAYORI);
  expect((await hisho(`/api/staff/submissions/${a.receiptNumber}`)).statusCode).toBe(200);
  t.advance(60_000);
  expect((await hisho({ method: 'POST', url: `/api/staff/submissions/${a.receiptNumber}/status`, payload: { status: 'in_progress' } })).statusCode).toBe(200);
  t.advance(60_000);
  expect((await admin(`/api/staff/submissions/${b.receiptNumber}`)).statusCode).toBe(200);
});
afterAll(async () => t.close());

describe('GET /api/staff/audit', () => {
  it('lists every record, newest first', async () => {
    const p = await page();
    expect(p).toMatchObject({ total: 3, page: 1, perPage: 50 });
    expect(p.items.map((e) => [e.actor, e.action, e.records])).toEqual([
      ['admin', 'submission.view', [b.receiptNumber]],
      ['hisho-clerk', 'submission.status', [a.receiptNumber]],
      ['hisho-clerk', 'submission.view', [a.receiptNumber]],
    ]);
    expect(p.items[1]).toMatchObject({ formId: 'shichou-tayori', department: '秘書広報課', detail: { from: 'received', to: 'in_progress' } });
  });

  it('filters by actor, action, form, record (hyphens optional) and Japan-time dates, and pages', async () => {
    expect((await page('?actor=hisho-clerk')).total).toBe(2);
    expect((await page('?actor=HISHO-CLERK')).total).toBe(2);
    expect((await page('?action=submission.view')).items.map((e) => e.actor)).toEqual(['admin', 'hisho-clerk']);
    expect((await page('?form=shichou-tayori')).total).toBe(3);
    expect((await page('?form=jidou-teate-nintei')).total).toBe(0);
    expect((await page(`?record=${a.receiptNumber}`)).total).toBe(2);
    expect((await page(`?record=${a.receiptNumber.replace(/-/g, '')}`)).total).toBe(2);
    expect((await page('?from=2026-04-10&to=2026-04-10')).total).toBe(3);
    expect((await page('?to=2026-04-09')).total).toBe(0);
    expect((await page('?from=2026-04-11')).total).toBe(0);
    const second = await page('?perPage=2&page=2');
    expect(second.items.map((e) => e.action)).toEqual(['submission.view']);
  });

  it('is for administrators only', async () => {
    expect((await hisho('/api/staff/audit')).statusCode).toBe(403);
    expect((await designer('/api/staff/audit')).statusCode).toBe(403);
    expect((await t.app.inject('/api/staff/audit')).statusCode).toBe(401);
  });

  it.each([
    ['action=submission.delete', 'action'],
    ['from=2026-4-1', 'from'],
    ['from=2026-04-10&to=2026-04-01', 'to'],
    ['page=0', 'page'],
    ['perPage=500', 'perPage'],
    ['actor=a&actor=b', 'actor'],
  ])('refuses %s naming %s', async (query, path) => {
    const res = await admin(`/api/staff/audit?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalidFilter', errors: [{ path }] });
  });
});
