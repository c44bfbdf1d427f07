// A clerk opens a 児童手当 認定請求 in a real browser against the real server: the My Number
// shows as ●●●● with a 表示する button; pressed from the keyboard, the server records the
// reveal, the number replaces the button, focus moves onto it and a live region says so.
// The builder offers the setting with its help text. axe-core on each state.
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isMyNumber } from '../../core/jp/my-number.ts';
import { auditLog } from '../../server/store/tables.ts';
import { DESKTOP, axe, containsText, ensureBuilt, hasText, isFocused, lacksText, launchChromium, noHorizontalScroll, openPage, poll, shot } from '../helpers/browser.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { exampleWithUploads, submit } from '../helpers/fixtures.ts';
import { TEST_PASSWORD, createStaffUser } from '../helpers/staff.ts';

let server: TestApp;
let url: string;
let browser: Browser;
let rn: string;

function freshMyNumber(): string {
  for (;;) {
    const base = Array.from({ length: 11 }, () => String(Math.floor(Math.random() * 10))).join('');
    for (let d = 0; d <= 9; d++) if (isMyNumber(base + d)) return base + d;
  }
}
const myNumber = freshMyNumber();

beforeAll(async () => {
  ensureBuilt();
  browser = await launchChromium();
  server = await createTestApp();
  const app = server.app as FastifyInstance;
  await createStaffUser(app, { login: 'kosodate', displayName: '子育て 花子', roles: [{ department: '子育て支援課', role: 'clerk' }] });
  await createStaffUser(app, { login: 'sekkei', displayName: '設計 太郎', roles: [{ department: '子育て支援課', role: 'designer' }] });
  const answers = await exampleWithUploads(app, 'childcare/jidou-teate-nintei.json');
  answers.claimantMyNumber = myNumber;
  const res = await submit(app, 'jidou-teate-nintei', answers);
  expect(res.statusCode, res.body).toBe(201);
  rn = res.json().receiptNumber;
  url = await server.app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function login(page: Page, path: string, login: string): Promise<void> {
  await page.goto(`${url}${path}`);
  await hasText(page.locator('h1'), 'ログイン');
  await page.getByLabel('ログインID').fill(login);
  await page.getByLabel('パスワード').fill(TEST_PASSWORD);
  await page.keyboard.press('Enter');
  await poll(() => page.locator('h1').textContent()).not.toBe('ログイン');
}

describe('sensitive fields in the staff app', () => {
  test('masked until the clerk reveals it from the keyboard; the reveal is audited and announced', async () => {
    const { context, page, problems } = await openPage(browser, { ...DESKTOP, bypassCSP: true });
    await login(page, `/staff/submissions/${rn}`, 'kosodate');
    await hasText(page.locator('h1'), `申請 ${rn}`);
    const main = page.locator('main');
    await containsText(main, '●●●●');
    await lacksText(main, myNumber);
    const reveals = async () => (await server.app.ctx.db.select().from(auditLog).orderBy(auditLog.id)).filter((a) => a.action === 'submission.reveal');
    expect(await reveals()).toHaveLength(0);
    await axe(page, 'submission with masked answers');

    const button = page.getByRole('button', { name: /^表示する\s*：個人番号（マイナンバー）/ });
    await button.focus();
    await page.keyboard.press('Enter');
    const value = page.locator('.revealed', { hasText: myNumber });
    await hasText(value, myNumber);
    await isFocused(value);
    await containsText(page.locator('[role="status"]', { hasText: '表示しました' }), '「個人番号（マイナンバー）」を表示しました');
    // Only that one: the spouse's number is still masked.
    await containsText(main, '●●●●');
    expect(await page.getByRole('button', { name: /^表示する\s*：配偶者の個人番号/ }).count()).toBe(1);
    expect(await reveals()).toHaveLength(1);
    expect((await reveals())[0]).toMatchObject({ actor: 'kosodate', records: [rn], detail: { pointers: ['/claimantMyNumber'] } });
    await axe(page, 'submission with one answer revealed');
    await shot(page, 'sensitive-revealed');
    // Printing with the hidden answers is a separate, explicit choice (audited by the server).
    expect(await page.locator('#print-pdf').getAttribute('href')).not.toContain('sensitive');
    expect(await page.locator('#print-pdf-sensitive').getAttribute('href')).toBe(`/api/staff/submissions/${rn}/pdf?sensitive=include`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('on a 360px phone at 200% zoom the masked answers and their buttons reflow', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 180, height: 370 }, deviceScaleFactor: 4, bypassCSP: true });
    await login(page, `/staff/submissions/${rn}`, 'kosodate');
    await hasText(page.locator('h1'), `申請 ${rn}`);
    await noHorizontalScroll(page, 'submission with masked answers at 200%');
    await axe(page, 'submission on a phone');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the builder offers 「機微な情報として暗号化して保存する」 with its help, checked for a My Number field', async () => {
    const { context, page, problems } = await openPage(browser, { ...DESKTOP, bypassCSP: true });
    await login(page, '/staff/forms/jidou-teate-nintei/build', 'sekkei');
    await poll(() => page.locator('h1').textContent()).toContain('編集');
    await page.getByRole('button', { name: '2. 請求者', exact: true }).click();
    await page.getByRole('button', { name: /^個人番号（マイナンバー） 短い文章/ }).click();
    const box = page.getByRole('checkbox', { name: '機微な情報として暗号化して保存する' });
    await poll(() => box.isChecked()).toBe(true);
    await containsText(page.locator('.settings'), 'マイナンバー・口座番号・病歴など');
    await axe(page, 'builder with the sensitive setting', { exclude: ['iframe'] });
    expect(problems).toEqual([]);
    await context.close();
  });
});
