// Spam protection as a citizen meets it: with the proof of work on (as in production), a
// citizen on a 360×740 phone files a form and it just works: the check page solves the
// challenge while they read, nothing to click or read, no widget. A proof the server
// refuses (spent, expired) is replaced by the app without the citizen noticing; when it
// cannot be, the citizen reads that nothing is lost and presses 「送信する」 again.
// Runs Debian's chromium: if it is missing this test FAILS (it never skips).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { submissions } from '../../server/store/tables.ts';
import { inputId } from '../../web/citizen/lib/pointer.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { PHONE, axe, containsText, ensureBuilt, hasText, launchChromium, openPage, poll, shot } from '../helpers/browser.ts';
import { minimalForm } from '../helpers/fixtures.ts';
import { loginAs } from '../helpers/staff.ts';

let t: TestApp;
let url: string;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  browser = await launchChromium(); // fails (never skips) without chromium
  t = await createTestApp({ spamProof: { enabled: true, maxNumber: 20_000, ttlSeconds: 1800 } });
  url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const designer = await loginAs(t.app, 'spam-browser-designer', [{ department: 'テスト課', role: 'designer' }]);
  expect((await designer({ method: 'POST', url: '/api/staff/forms', payload: { definition: minimalForm() } })).statusCode).toBe(201);
  expect((await designer({ method: 'POST', url: '/api/staff/forms/test-minimal/publish', payload: {} })).statusCode).toBe(201);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** A phone in Japan; bypassCSP only so that axe-core can be injected. */
async function phone(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  return openPage(browser, { ...PHONE, bypassCSP: true });
}

const stored = async () => (await t.app.ctx.db.select().from(submissions).orderBy(submissions.id)).length;

/** Fills the form and stops on the check page; answers the challenge requests it saw. */
async function toCheckPage(page: Page, name: string): Promise<string[]> {
  const challenges: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/challenge')) challenges.push(r.url());
  });
  await page.goto(`${url}/forms/test-minimal/p/1`);
  await hasText(page.locator('h1'), 'ページ');
  expect(challenges, 'no challenge before the check page').toEqual([]);
  await page.locator(`[id="${inputId('/name')}"]`).fill(name);
  await page.getByRole('button', { name: '次へ' }).click();
  await hasText(page.locator('h1'), '入力内容の確認');
  return challenges;
}

describe('spam protection on, a citizen files', () => {
  test('it just works: solved in the background on the check page, sent with the filing', async () => {
    const { context, page, problems } = await phone();
    const before = await stored();
    const proofs: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/submissions')) proofs.push(r.headers()['x-madoguchi-proof'] ?? '');
    });
    const challenges = await toCheckPage(page, '窓口 太郎');
    await poll(() => challenges.length, 'challenge fetched when the check page opens').toBe(1);
    await shot(page, 'spam-proof-check');
    await axe(page, 'check page with the proof of work');
    await page.getByRole('button', { name: '送信する' }).click();
    await hasText(page.locator('h1'), '申請を受け付けました');
    expect(proofs).toHaveLength(1);
    expect(proofs[0]).toMatch(/^[A-Za-z0-9+/=]{100,}$/);
    expect(await stored()).toBe(before + 1);
    await axe(page, 'receipt after a proof of work');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  test('a proof the server refuses is replaced and sent again without the citizen noticing', async () => {
    const { context, page, problems } = await phone();
    const before = await stored();
    const statuses: number[] = [];
    let first = true;
    await page.route('**/api/forms/*/submissions', async (route) => {
      const headers = { ...route.request().headers() };
      // As if the background proof had been spent or the server restarted meanwhile.
      if (first) headers['x-madoguchi-proof'] = Buffer.from('{"algorithm":"SHA-256"}').toString('base64');
      first = false;
      const response = await route.fetch({ headers });
      statuses.push(response.status());
      await route.fulfill({ response });
    });
    await toCheckPage(page, '窓口 次郎');
    await page.getByRole('button', { name: '送信する' }).click();
    await hasText(page.locator('h1'), '申請を受け付けました');
    expect(statuses).toEqual([403, 201]);
    expect(await stored()).toBe(before + 1);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  test('when no proof gets through, the citizen reads that nothing is lost, and sending again works', async () => {
    const { context, page, problems } = await phone();
    const before = await stored();
    await page.route('**/api/forms/*/submissions', async (route) => {
      const headers = { ...route.request().headers() };
      delete headers['x-madoguchi-proof'];
      await route.continue({ headers });
    });
    await toCheckPage(page, '窓口 三郎');
    await page.getByRole('button', { name: '送信する' }).click();
    const alert = page.getByRole('alert');
    await containsText(alert, '入力した内容は消えていません。もう一度「送信する」を押してください。');
    await hasText(page.locator('h1'), '入力内容の確認');
    await shot(page, 'spam-proof-refused');
    await axe(page, 'check page with the proof refused');
    expect(await stored()).toBe(before);

    await page.unroute('**/api/forms/*/submissions');
    await page.getByRole('button', { name: '送信する' }).click();
    await hasText(page.locator('h1'), '申請を受け付けました');
    expect(await stored()).toBe(before + 1);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
