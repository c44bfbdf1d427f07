// A clerk opens a 罹災証明書 purged at the end of its 保存期間 in a real browser: the page says
// when and what was deleted, shows no answers, files or note boxes, and passes axe-core.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { aprilFirst } from '../../core/retention.ts';
import { runMaintenance } from '../../server/maintenance.ts';
import { DESKTOP, axe, containsText, ensureBuilt, hasText, lacksText, launchChromium, openPage, poll } from '../helpers/browser.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { risaiAnswers, submit } from '../helpers/fixtures.ts';
import { TEST_PASSWORD, createStaffUser, injectWithLogin } from '../helpers/staff.ts';

let server: TestApp;
let url: string;
let browser: Browser;
let rn: string;
let clock = new Date('2026-10-01T01:00:00Z');

beforeAll(async () => {
  ensureBuilt();
  browser = await launchChromium();
  server = await createTestApp({}, () => clock);
  const app = server.app;
  await createStaffUser(app, { login: 'zeimu', displayName: '税務 花子', roles: [{ department: '税務課', role: 'clerk' }] });
  const res = await submit(app, 'risai-shomei', await risaiAnswers(app));
  expect(res.statusCode, res.body).toBe(201);
  rn = res.json().receiptNumber;
  const clerk = await injectWithLogin(app, 'zeimu');
  expect((await clerk({ method: 'POST', url: `/api/staff/submissions/${rn}/status`, payload: { status: 'completed' } })).statusCode).toBe(200);
  // 10 years from 4月1日 after 2026年度: 2037-04-01 00:00 JST.
  clock = aprilFirst(2037);
  expect((await runMaintenance(app.ctx)).purgedSubmissions).toBe(1);
  url = await server.app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function login(page: Page, path: string): Promise<void> {
  await page.goto(`${url}${path}`);
  await hasText(page.locator('h1'), 'ログイン');
  await page.getByLabel('ログインID').fill('zeimu');
  await page.getByLabel('パスワード').fill(TEST_PASSWORD);
  await page.keyboard.press('Enter');
  await poll(() => page.locator('h1').textContent()).not.toBe('ログイン');
}

describe('a purged submission in the staff app', () => {
  test('says it was purged, when, and what remains; offers no notes or messages', async () => {
    const { context, page, problems } = await openPage(browser, { ...DESKTOP, bypassCSP: true });
    await login(page, `/staff/submissions/${rn}`);
    await hasText(page.locator('h1'), `申請 ${rn}`);
    const main = page.locator('main');
    await containsText(main, '保存期間満了による削除');
    await containsText(main, '保存期間を過ぎたため、2037-04-01 00:00 に');
    await containsText(main, '受付番号・日付・状態の記録だけが残っています');
    await lacksText(main, '山田');
    expect(await page.getByRole('textbox').count()).toBe(0);
    await axe(page, 'purged submission');
    expect(problems).toEqual([]);
    await context.close();
  });
});
