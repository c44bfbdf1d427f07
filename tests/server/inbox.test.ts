// The inbox (GET /api/staff/submissions): only the forms the user may process, filters in
// SQL, sort, paging, and bad filters refused with the query parameter named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiptNumberFromDigits } from '../../core/receipt-number.ts';
import { loginAs, type StaffInject } from '../helpers/staff.ts';
import { type Clocked, createClockedApp, type Filed, fileExample, JIDOU, KAIGO, KOSODATE, TAYORI, YOUKAIGO } from './inbox-fixtures.ts';

// Ten digits that pass the receipt number's check digit, written in the answers.
const LOOKALIKE = receiptNumberFromDigits('555123456').replace(/-/g, '');

let t: Clocked;
let clerk: StaffInject;
let kaigoClerk: StaffInject;
let designer: StaffInject;
let admin: StaffInject;
// 児童手当 filed on 1 April 10:00, 2 April 23:30 and 3 April 00:10, Japan time.
let j1: Filed;
let j2: Filed;
let j3: Filed;
let kaigo: Filed;
let tayori: Filed;

beforeAll(async () => {
  t = await createClockedApp();
  clerk = await loginAs(t.app, 'k-clerk', [{ department: KOSODATE, role: 'clerk' }]);
  kaigoClerk = await loginAs(t.app, 'kaigo-clerk', [{ department: KAIGO, role: 'clerk' }]);
  designer = await loginAs(t.app, 'k-designer', [{ department: KOSODATE, role: 'designer' }]);
  admin = await loginAs(t.app, 'admin', [{ department: '情報政策課', role: 'admin' }]);
  j1 = await t.at('2026-04-01T01:00:00.000Z', () => fileExample(t.app, JIDOU, (a) => void (a.remarks = 'ふつうの備考 Smi\u0000th ｗｉｆｉ\u0007')));
  j2 = await t.at('2026-04-02T14:30:00.000Z', () =>
    fileExample(t.app, JIDOU, (a) => {
      a.remarks = '所得の割合は100%です';
      a.claimantName = { family: '鈴木', given: '一郎', familyKana: 'スズキ', givenKana: 'イチロウ' };
    }),
  );
  j3 = await t.at('2026-04-02T15:10:00.000Z', () => fileExample(t.app, JIDOU, (a) => void (a.remarks = `100を超える 照会番号${LOOKALIKE}`)));
  kaigo = await t.at('2026-04-02T16:00:00.000Z', () => fileExample(t.app, YOUKAIGO));
  tayori = await t.at('2026-04-02T17:00:00.000Z', () => fileExample(t.app, TAYORI));
});
afterAll(async () => t.close());

type Page = { total: number; page: number; perPage: number; items: { receiptNumber: string; [k: string]: unknown }[] };
const inbox = async (who: StaffInject, query = '') => {
  const res = await who(`/api/staff/submissions${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
};
const numbers = (p: Page) => p.items.map((i) => i.receiptNumber);

describe('GET /api/staff/submissions', () => {
  it('lists the submissions of the forms a clerk processes, newest first, with the applicant name', async () => {
    const page = await inbox(clerk);
    expect(page).toMatchObject({ total: 3, page: 1, perPage: 50 });
    expect(numbers(page)).toEqual([j3.receiptNumber, j2.receiptNumber, j1.receiptNumber]);
    expect(page.items[0]).toEqual({
      receiptNumber: j3.receiptNumber,
      formId: 'jidou-teate-nintei',
      formTitle: expect.objectContaining({ ja: expect.stringContaining('児童手当') }),
      formVersion: 1,
      status: 'received',
      createdAt: '2026-04-02T15:10:00.000Z',
      updatedAt: '2026-04-02T15:10:00.000Z',
      applicant: '佐藤 健一',
      proxyBy: null,
    });
    expect(page.items[1]!.applicant).toBe('鈴木 一郎');
    // Only the name leaves with the list, never other answers.
    expect(JSON.stringify(page)).not.toContain('ふつうの備考');
  });

  it('never shows another department’s submissions, not even when asked for that form', async () => {
    expect(numbers(await inbox(kaigoClerk))).toEqual([kaigo.receiptNumber]);
    expect((await inbox(clerk, '?form=youkaigo-nintei')).total).toBe(0);
    expect((await inbox(clerk, `?q=${kaigo.receiptNumber}`)).total).toBe(0);
    const all = await inbox(admin);
    expect(all.total).toBe(5);
    expect(numbers(all)[0]).toBe(tayori.receiptNumber);
  });

  it('refuses a designer (403) and a visitor without a session (401)', async () => {
    expect((await designer('/api/staff/submissions')).statusCode).toBe(403);
    expect((await t.app.inject('/api/staff/submissions')).statusCode).toBe(401);
  });

  it('filters by form (repeatable) and status (repeatable)', async () => {
    expect((await inbox(admin, '?form=jidou-teate-nintei&form=shichou-tayori')).total).toBe(4);
    const moved = await admin({ method: 'POST', url: `/api/staff/submissions/${j1.receiptNumber}/status`, payload: { status: 'in_progress' } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(numbers(await inbox(clerk, '?status=in_progress'))).toEqual([j1.receiptNumber]);
    expect((await inbox(clerk, '?status=in_progress&status=received')).total).toBe(3);
    expect((await inbox(clerk, '?status=completed')).total).toBe(0);
  });

  it('filters on the filing date in Japan time, both ends inclusive', async () => {
    expect(numbers(await inbox(clerk, '?from=2026-04-02&to=2026-04-02'))).toEqual([j2.receiptNumber]);
    expect(numbers(await inbox(clerk, '?to=2026-04-02'))).toEqual([j2.receiptNumber, j1.receiptNumber]);
    expect(numbers(await inbox(clerk, '?from=2026-04-03'))).toEqual([j3.receiptNumber]);
    expect((await inbox(clerk, '?from=2026-04-04')).total).toBe(0);
  });

  it('finds a receipt number typed with or without hyphens, and text in the answers taken literally', async () => {
    expect(numbers(await inbox(clerk, `?q=${j2.receiptNumber}`))).toEqual([j2.receiptNumber]);
    expect(numbers(await inbox(clerk, `?q=${j2.receiptNumber.replace(/-/g, '')}`))).toEqual([j2.receiptNumber]);
    // % and _ are not wildcards: "100%" is not "100 followed by anything".
    expect(numbers(await inbox(clerk, `?q=${encodeURIComponent('100%')}`))).toEqual([j2.receiptNumber]);
    expect(numbers(await inbox(clerk, `?q=${encodeURIComponent('%')}`))).toEqual([j2.receiptNumber]);
    expect(numbers(await inbox(clerk, `?q=${encodeURIComponent('100')}`))).toEqual([j3.receiptNumber, j2.receiptNumber]);
    const found = await inbox(clerk, `?q=${encodeURIComponent('鈴木')}`);
    expect(numbers(found)).toEqual([j2.receiptNumber]);
    expect(found.items[0]).toMatchObject({ applicant: '鈴木 一郎', status: 'received', formVersion: 1 });
    expect((await inbox(clerk, `?q=${encodeURIComponent('存在しない言葉')}`)).total).toBe(0);
    // Values only: the keys of the answers (in every row) are not what a clerk searches for.
    expect((await inbox(clerk, '?q=claimantName')).total).toBe(0);
    expect((await inbox(clerk, '?q=family')).total).toBe(0);
    // ASCII letters match in either case, on SQLite and on PostgreSQL alike; full-width letters only as typed.
    // (The NUL and bell filed inside them were dropped: PostgreSQL's jsonb, which the search reads, refuses NUL.)
    expect(numbers(await inbox(clerk, '?q=SMITH'))).toEqual([j1.receiptNumber]);
    expect(numbers(await inbox(clerk, '?q=smith'))).toEqual([j1.receiptNumber]);
    expect(numbers(await inbox(clerk, `?q=${encodeURIComponent('ｗｉｆｉ')}`))).toEqual([j1.receiptNumber]);
    expect((await inbox(clerk, `?q=${encodeURIComponent('ＷＩＦＩ')}`)).total).toBe(0);
    // Digits that could be a receipt number but are none of the clerk's: searched as text.
    expect(numbers(await inbox(clerk, `?q=${LOOKALIKE}`))).toEqual([j3.receiptNumber]);
  });

  it('sorts oldest first, by status in workflow order, and by last change', async () => {
    expect(numbers(await inbox(clerk, '?sort=createdAt'))).toEqual([j1.receiptNumber, j2.receiptNumber, j3.receiptNumber]);
    // j1 is in progress (moved above); received ones come first, newest first among them.
    expect(numbers(await inbox(clerk, '?sort=status'))).toEqual([j3.receiptNumber, j2.receiptNumber, j1.receiptNumber]);
    // Read status by status: a page may start inside one and run into the next.
    expect(numbers(await inbox(clerk, '?sort=status&perPage=2&page=2'))).toEqual([j1.receiptNumber]);
    expect(numbers(await inbox(clerk, '?sort=status&perPage=1&page=2'))).toEqual([j2.receiptNumber]);
    expect(await inbox(clerk, '?sort=status&perPage=2&page=3')).toMatchObject({ total: 3, items: [] });
    // The same order when searching text (sorted in SQL); 佐藤 is in all three (the spouse).
    expect(numbers(await inbox(clerk, `?sort=status&q=${encodeURIComponent('佐藤')}`))).toEqual([j3.receiptNumber, j2.receiptNumber, j1.receiptNumber]);
    t.advance(60_000);
    const note = await clerk({ method: 'POST', url: `/api/staff/submissions/${j2.receiptNumber}/notes`, payload: { body: '電話で確認済み' } });
    expect(note.statusCode, note.body).toBe(201);
    expect(numbers(await inbox(clerk, '?sort=-updatedAt'))).toEqual([j2.receiptNumber, j1.receiptNumber, j3.receiptNumber]);
  });

  it('pages through the list', async () => {
    const first = await inbox(clerk, '?perPage=2');
    expect(first).toMatchObject({ total: 3, page: 1, perPage: 2 });
    expect(numbers(first)).toEqual([j3.receiptNumber, j2.receiptNumber]);
    const second = await inbox(clerk, '?perPage=2&page=2');
    expect(numbers(second)).toEqual([j1.receiptNumber]);
    const beyond = await inbox(clerk, '?perPage=2&page=3');
    expect(beyond).toMatchObject({ total: 3, page: 3, items: [] });
    expect((await inbox(clerk, '?perPage=200')).items).toHaveLength(3);
    // A text search counts in the same pass, and still knows the total beyond its last page.
    const text = await inbox(clerk, '?q=100&perPage=1&page=2');
    expect(text).toMatchObject({ total: 2, page: 2 });
    expect(numbers(text)).toEqual([j2.receiptNumber]);
    expect(await inbox(clerk, '?q=100&page=5')).toMatchObject({ total: 2, items: [] });
  });

  it.each([
    ['form=' + 'x'.repeat(65), 'form'],
    ['status=bogus', 'status'],
    ['from=2026-13-01', 'from'],
    ['to=2026-02-30', 'to'],
    ['from=2026-04-03&to=2026-04-01', 'to'],
    ['from=yesterday', 'from'],
    ['sort=name', 'sort'],
    ['perPage=201', 'perPage'],
    ['perPage=0', 'perPage'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['page=1&page=2', 'page'],
    ['q=' + 'あ'.repeat(201), 'q'],
  ])('refuses %s naming the parameter %s', async (query, path) => {
    const res = await clerk(`/api/staff/submissions?${encodeURI(query)}`);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toBe('invalidFilter');
    expect(body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    expect(body.errors[0].message).toMatch(/[ぁ-んァ-ン一-龯]/);
  });

  it('names every bad parameter at once, in English when asked', async () => {
    const res = await clerk({ url: '/api/staff/submissions?status=x&sort=y', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.errors.map((e: { path: string }) => e.path)).toEqual(['status', 'sort']);
    expect(body.errors[0].message).toMatch(/^The status must be one of/);
    expect(body.message).toMatch(/filter/);
  });
});
