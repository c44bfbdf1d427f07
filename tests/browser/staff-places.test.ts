// 定員・日時の枠 without code (docs/adr/0014-capacity.md): a designer of 生涯学習課 opens a
// course form's settings (it had one number of places), adds two 日時の枠 with places using
// the keyboard, turns the waiting list on, saves (the whole-form number goes), publishes,
// and the public places API and a citizen's check page offer both slots. Then, on a
// 360px phone and at 200% text, a row without a label, places of 0 and a repeated label are
// refused before saving, each named in the summary and focused from it; an existing slot
// keeps its id and its English label. Runs Debian's chromium: missing, the test FAILS.
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FormDefinition, Settings } from '../../core/definition.ts';
import {
  DESKTOP,
  PHONE,
  axe,
  containsText,
  ensureBuilt,
  hasCount,
  hasText,
  isFocused,
  launchChromium,
  noHorizontalScroll,
  openPage,
  poll,
  shot,
} from '../helpers/browser.ts';
import { type TestApp, createTestApp } from '../helpers/app.ts';
import { minimalForm } from '../helpers/fixtures.ts';
import { TEST_PASSWORD, createStaffUser, injectWithLogin, type StaffInject } from '../helpers/staff.ts';
import { h1, next, type } from '../helpers/wizard.ts';

const DEPARTMENT = '生涯学習課';
let server: TestApp;
let url = '';
let browser: Browser;
let designer: StaffInject;

function course(id: string, settings: Partial<Settings>): FormDefinition {
  const def = minimalForm(id);
  def.title = { ja: `市民講座 ${id}` };
  def.settings = { department: DEPARTMENT, ...settings };
  return def;
}

async function draftOf(id: string): Promise<FormDefinition | null> {
  const res = await designer(`/api/staff/forms/${id}`);
  expect(res.statusCode).toBe(200);
  return (res.json() as { draft: FormDefinition | null }).draft;
}
const draftSettings = async (id: string): Promise<Settings | undefined> => (await draftOf(id))?.settings;

beforeAll(async () => {
  ensureBuilt();
  browser = await launchChromium(); // fails (never skips) without chromium
  server = await createTestApp();
  await createStaffUser(server.app as FastifyInstance, { login: 'suzuki', displayName: '鈴木 一郎', roles: [{ department: DEPARTMENT, role: 'designer' }] });
  designer = await injectWithLogin(server.app as FastifyInstance, 'suzuki');
  // A course with one number of places, never published.
  expect((await designer({ method: 'POST', url: '/api/staff/forms', payload: { definition: course('koza', { capacity: 20 }) } })).statusCode).toBe(201);
  // A published course with a slot in two languages.
  const am = { id: 'am', label: { ja: '2月1日（日）午前', en: 'Sun 1 Feb, morning' }, capacity: 10 };
  expect((await designer({ method: 'POST', url: '/api/staff/forms', payload: { definition: course('koza-en', { slots: [am] }) } })).statusCode).toBe(201);
  expect((await designer({ method: 'POST', url: '/api/staff/forms/koza-en/publish', payload: {} })).statusCode).toBe(201);
  url = await server.app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function logIn(page: Page, path: string): Promise<void> {
  await page.goto(`${url}${path}`);
  await page.getByLabel('ログインID').fill('suzuki');
  await page.getByLabel('パスワード').fill(TEST_PASSWORD);
  await page.keyboard.press('Enter');
  await hasText(h1(page), 'フォームの設定');
}

const places = (page: Page) => page.getByRole('group', { name: '定員・日時の枠' });
const waiting = (page: Page) => page.getByLabel('満員のときは順番待ちを受け付ける');

describe('staff set places, 日時の枠 and the waiting list without code', () => {
  test('a designer adds two slots with places and the waiting list, publishes, and citizens are offered both', async () => {
    const { context, page, problems } = await openPage(browser, { ...DESKTOP, bypassCSP: true });
    await logIn(page, '/staff/forms/koza/settings');

    // One number for the whole form so far; the waiting list can be chosen since it has places.
    await poll(() => page.getByLabel('定員（フォーム全体）').inputValue()).toBe('20');
    expect(await waiting(page).isDisabled()).toBe(false);
    await axe(page, 'settings places');

    // 枠を追加 with the keyboard: focus goes to the new row's label.
    await page.getByRole('button', { name: '枠を追加' }).focus();
    await page.keyboard.press('Enter');
    await isFocused(page.getByLabel(/^枠 1 の日時/));
    await page.keyboard.type('1月16日（土）10時〜12時');
    await page.keyboard.press('Tab');
    await isFocused(page.getByLabel(/^枠 1 の定員/));
    await page.keyboard.type('2');
    // With a slot the whole-form number is not offered, and the page says why.
    await hasCount(page.getByLabel('定員（フォーム全体）'), 0);
    await containsText(places(page), '日時の枠があるため、定員は枠ごとに決めます');

    await page.getByRole('button', { name: '枠を追加' }).click();
    await isFocused(page.getByLabel(/^枠 2 の日時/));
    await page.getByLabel(/^枠 2 の日時/).fill('1月23日（土）10時〜12時');
    await page.getByLabel(/^枠 2 の定員/).fill('3');
    // A third row, removed again: its button names it; focus returns to 枠を追加.
    await page.getByRole('button', { name: '枠を追加' }).click();
    await page.getByLabel(/^枠 3 の日時/).fill('予備');
    await page.getByRole('button', { name: '枠 3「予備」を削除' }).click();
    await isFocused(page.getByRole('button', { name: '枠を追加' }));
    await hasCount(page.getByLabel(/^枠 3 の日時/), 0);

    await waiting(page).check();
    await containsText(places(page), '最初に順番待ちをしている人が自動で繰り上がり');
    await shot(page, 'staff-places-01-slots');
    await axe(page, 'settings with slots');
    await page.getByRole('button', { name: '設定を保存する' }).click();
    await containsText(page.locator('form [role=status]'), '保存しました');

    // Saved: two slots with fresh ids (slot-3 was handed out, so never again), no capacity.
    const saved = await draftSettings('koza');
    expect(saved?.capacity).toBeUndefined();
    expect(saved?.waitingList).toBe(true);
    expect(saved?.slots).toEqual([
      { id: 'slot-1', label: { ja: '1月16日（土）10時〜12時' }, capacity: 2 },
      { id: 'slot-2', label: { ja: '1月23日（土）10時〜12時' }, capacity: 3 },
    ]);
    // The page shows what was saved.
    await poll(() => page.getByLabel(/^枠 2 の定員/).inputValue()).toBe('3');
    expect(await waiting(page).isChecked()).toBe(true);

    // Publish: the summary names the slots, the check passes.
    await page.goto(`${url}/staff/forms/koza/publish`);
    await hasText(h1(page), '公開する');
    await containsText(page.locator('main'), '日時の枠 2件（定員 計5）・順番待ちあり');
    await containsText(page.locator('main'), '問題は見つかりませんでした');
    await page.getByRole('button', { name: 'この内容で公開する' }).click();
    await containsText(page.locator('main'), '第1版として公開しました');
    expect(problems, 'page errors in the staff app').toEqual([]);
    await context.close();

    // The public API offers both slots with their places.
    const res = await server.app.inject({ method: 'GET', url: '/api/forms/koza/places' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      waitingList: true,
      places: [
        { slot: 'slot-1', label: { ja: '1月16日（土）10時〜12時' }, capacity: 2, remaining: 2 },
        { slot: 'slot-2', label: { ja: '1月23日（土）10時〜12時' }, capacity: 3, remaining: 3 },
      ],
    });

    // And a citizen's check page lists them to choose from.
    const citizen = await openPage(browser, { ...PHONE, bypassCSP: true });
    await citizen.page.goto(`${url}/forms/koza`);
    await hasText(h1(citizen.page), 'ページ');
    await type(citizen.page, '/name', '静岡 花子');
    await next(citizen.page, '入力内容の確認');
    const group = citizen.page.getByRole('group', { name: '申し込む日時' });
    await hasCount(group.getByRole('radio'), 2);
    await containsText(group, '1月16日（土）10時〜12時');
    await containsText(group, '1月23日（土）10時〜12時');
    await containsText(group, '残り3席');
    expect(citizen.problems).toEqual([]);
    await citizen.context.close();
  }, 180_000);

  test('a slot without a label, places of 0 or a repeated label is refused, named and focused; existing ids and languages stay', async () => {
    const { context, page, problems } = await openPage(browser, { ...PHONE, bypassCSP: true });
    await logIn(page, '/staff/forms/koza-en/settings');
    await poll(() => page.getByLabel(/^枠 1 の日時/).inputValue()).toBe('2月1日（日）午前');
    await hasCount(page.getByLabel('定員（フォーム全体）'), 0);

    await page.getByRole('button', { name: '枠を追加' }).click();
    await page.getByLabel(/^枠 2 の定員/).fill('0');
    await page.getByRole('button', { name: '設定を保存する' }).click();
    const summary = page.locator('.error-summary');
    await isFocused(summary);
    await containsText(summary, '枠 2 の日時（表示名）を入力してください。');
    await containsText(summary, '枠 2 の定員は1以上の整数で入力してください。');
    await poll(() => page.getByLabel(/^枠 2 の日時/).getAttribute('aria-invalid')).toBe('true');
    await shot(page, 'staff-places-02-refused');
    await axe(page, 'settings slot refused');
    await noHorizontalScroll(page, 'settings slot refused at 360px');
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await noHorizontalScroll(page, 'settings slot refused at 360px with 200% text');
    await page.evaluate(() => (document.documentElement.style.fontSize = ''));
    // The summary's link takes focus to the row at fault.
    await summary.getByRole('link', { name: '枠 2 の日時（表示名）を入力してください。' }).click();
    await isFocused(page.getByLabel(/^枠 2 の日時/));

    // The same label as 枠 1 is refused too.
    await page.keyboard.type('2月1日（日）午前');
    await page.getByLabel(/^枠 2 の定員/).fill('8');
    await page.getByRole('button', { name: '設定を保存する' }).click();
    await containsText(summary, '枠 2 の表示名「2月1日（日）午前」は枠 1 と同じです');
    await hasCount(summary.getByRole('listitem'), 1);
    expect(await draftOf('koza-en')).toBeNull(); // nothing saved yet

    await page.getByLabel(/^枠 2 の日時/).fill('2月1日（日）午後');
    await page.getByLabel(/^枠 1 の日時/).fill('2月1日（日）午前・初級');
    await page.getByRole('button', { name: '設定を保存する' }).click();
    await containsText(page.locator('form [role=status]'), '保存しました');
    await hasCount(summary, 0);
    // 'am' keeps its id and its English label; the new row's id is fresh.
    expect((await draftSettings('koza-en'))?.slots).toEqual([
      { id: 'am', label: { ja: '2月1日（日）午前・初級', en: 'Sun 1 Feb, morning' }, capacity: 10 },
      { id: 'slot-1', label: { ja: '2月1日（日）午後' }, capacity: 8 },
    ]);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
