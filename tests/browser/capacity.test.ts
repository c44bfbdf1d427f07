// 日時の枠 on a phone, against the real server: the check page lists the slots with the
// places left, a full one is disabled and says 満員; sending without a choice asks for one;
// a slot that fills up while the citizen reads gets the server's 満員 and the list is read
// again; with a waiting list a full slot stays choosable and the receipt says 順番待ち.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FormDefinition, Settings } from '../../core/definition.ts';
import { PHONE, axe, containsText, ensureBuilt, hasText, isFocused, launchChromium, noHorizontalScroll, openPage, shot } from '../helpers/browser.ts';
import { type TestApp, createTestApp } from '../helpers/app.ts';
import { minimalForm } from '../helpers/fixtures.ts';
import { loginAs } from '../helpers/staff.ts';
import { h1, next, type } from '../helpers/wizard.ts';

let server: TestApp;
let url = '';
let browser: Browser;

const SLOTS = [
  { id: 'am', label: { ja: '1月16日（土）午前' }, capacity: 1 },
  { id: 'pm', label: { ja: '1月16日（土）午後' }, capacity: 3 },
];

function slotForm(id: string, settings: Partial<Settings>): FormDefinition {
  const def = minimalForm(id);
  def.title = { ja: `防災講座 ${id}` };
  def.settings = { department: 'テスト課', slots: SLOTS, ...settings };
  return def;
}

const fileByHttp = (formId: string, slot: string) =>
  server.app.inject({ method: 'POST', url: `/api/forms/${formId}/submissions`, payload: { answers: { name: '先客' }, slot } });

beforeAll(async () => {
  ensureBuilt();
  browser = await launchChromium(); // fails (never skips) without chromium
  server = await createTestApp();
  const admin = await loginAs(server.app, 'admin', [{ department: '情報政策課', role: 'admin' }]);
  for (const def of [slotForm('koza-full', {}), slotForm('koza-wait', { waitingList: true })]) {
    expect((await admin({ method: 'POST', url: '/api/staff/forms', payload: { definition: def } })).statusCode).toBe(201);
    expect((await admin({ method: 'POST', url: `/api/staff/forms/${def.id}/publish`, payload: {} })).statusCode).toBe(201);
    // The morning is taken before the citizen arrives.
    expect((await fileByHttp(def.id, 'am')).statusCode).toBe(201);
  }
  url = await server.app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function toCheckPage(page: Page, formId: string): Promise<void> {
  await page.goto(`${url}/forms/${formId}`);
  await hasText(h1(page), 'ページ');
  await type(page, '/name', '静岡 花子');
  await next(page, '入力内容の確認');
}

const slotGroup = (page: Page) => page.getByRole('group', { name: '申し込む日時' });

describe('choosing a time slot', () => {
  test('full slots are disabled and say 満員; a slot filled meanwhile is refused clearly', async () => {
    const { context, page, problems } = await openPage(browser, { ...PHONE, bypassCSP: true });
    await toCheckPage(page, 'koza-full');
    const am = slotGroup(page).getByRole('radio', { name: /午前/ });
    const pm = slotGroup(page).getByRole('radio', { name: /午後/ });
    await containsText(slotGroup(page), '満員');
    await containsText(slotGroup(page), '残り3席');
    expect(await am.isDisabled()).toBe(true);
    await containsText(page.locator('label[for="slot-choice"]'), '満員');
    expect(await pm.isDisabled()).toBe(false);
    await shot(page, 'capacity-slots');
    await axe(page, 'capacity-slots');
    await noHorizontalScroll(page, 'capacity-slots');

    // 送信する without a choice: asked for one, focus on the first choosable slot.
    await page.getByRole('button', { name: '送信する' }).click();
    await containsText(slotGroup(page), '申し込む日時を選んでください。');
    await isFocused(pm);

    // The afternoon fills up while the citizen reads.
    await pm.check();
    for (let i = 0; i < 3; i++) expect((await fileByHttp('koza-full', 'pm')).statusCode).toBe(201);
    await page.getByRole('button', { name: '送信する' }).click();
    await containsText(page.getByRole('alert'), '「1月16日（土）午後」は満員のため、申し込みできません。ほかの日時を選んでください。');
    await containsText(page.locator('label[for="slot-choice-1"]'), '満員');
    expect(await pm.isDisabled()).toBe(true);
    expect(await pm.isChecked()).toBe(false);
    await axe(page, 'capacity-full');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('with a waiting list, a full slot can be chosen and the receipt says 順番待ち', async () => {
    const { context, page, problems } = await openPage(browser, { ...PHONE, bypassCSP: true });
    await toCheckPage(page, 'koza-wait');
    const am = slotGroup(page).getByRole('radio', { name: /午前/ });
    await containsText(page.locator('label[for="slot-choice"]'), '満員（順番待ちできます）');
    expect(await am.isDisabled()).toBe(false);
    await am.check();
    await page.getByRole('button', { name: '送信する' }).click();
    await hasText(h1(page), '順番待ちとして受け付けました');
    await containsText(page.locator('#waitlisted'), '現在、順番待ちの1番目です。');
    await containsText(page.locator('main'), '申し込んだ日時: 1月16日（土）午前');
    await shot(page, 'capacity-waitlisted');
    await axe(page, 'capacity-waitlisted');
    expect(problems).toEqual([]);
    await context.close();
  });
});
