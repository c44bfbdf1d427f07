// 窓口代理入力 in a real browser against the real server, on a counter tablet: a clerk logs
// in, opens a form in proxy mode from the counter page, sees the banner with their name,
// fills and files it, prints it for the citizen's signature (application/pdf, the box and
// the clerk named), and 「次の方」 leaves nothing behind: a fresh empty form, no answers in
// localStorage. The filing records the clerk. axe-core on every page. Debian's chromium:
// missing, the test FAILS (never skips).
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import type { FormDefinition } from '../../core/definition.ts';
import { publishDefinition } from '../../server/forms/publish.ts';
import { submissions } from '../../server/store/tables.ts';
import { axe, containsText, ensureBuilt, hasText, hasValue, isVisible, launchChromium, openPage, poll, shot } from '../helpers/browser.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { TEST_PASSWORD, createStaffUser } from '../helpers/staff.ts';
import { pdftotext } from '../server/pdf/poppler.ts';

const TABLET = { viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const FORM: FormDefinition = {
  id: 'juminhyo-counter',
  title: { ja: '住民票の写しの交付申請', en: 'Certificate of residence' },
  category: 'other',
  settings: { department: '市民課' },
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'email'],
    properties: { name: { type: 'string', maxLength: 40 }, email: { type: 'string', format: 'email', maxLength: 254 } },
  },
  ui: {
    pages: [
      {
        id: 'p1',
        title: { ja: '申請者' },
        elements: [
          { field: 'name', widget: 'text', label: { ja: 'お名前' } },
          { field: 'email', widget: 'email', label: { ja: 'メールアドレス' } },
        ],
      },
    ],
  },
  example: { name: '窓口 花子', email: 'hanako@example.jp' },
} as FormDefinition;

let server: TestApp;
let url: string;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  browser = await launchChromium();
  server = await createTestApp();
  const app = server.app as FastifyInstance;
  await app.ctx.writes.run((tx) => publishDefinition(tx, FORM, null));
  await app.ctx.catalog.reload();
  await createStaffUser(app, { login: 'shimin', displayName: '市民 一郎', roles: [{ department: '市民課', role: 'clerk' }] });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('counter proxy mode on a tablet', () => {
  test('a clerk files for a citizen, prints it for signature, and the next person starts clean', async () => {
    const { context, page, problems } = await openPage(browser, { ...TABLET, bypassCSP: true });
    await page.goto(`${url}/staff/counter`);
    await hasText(page.locator('h1'), 'ログイン');
    await page.getByLabel('ログインID').fill('shimin');
    await page.getByLabel('パスワード').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await poll(() => page.locator('h1').textContent()).not.toBe('ログイン');
    // The form list offers it too, named for the form.
    await page.goto(`${url}/staff/forms`);
    const fromList = page.getByRole('link', { name: '「住民票の写しの交付申請」を窓口で代理入力' });
    await isVisible(fromList);
    expect(await fromList.getAttribute('href')).toBe('/proxy/forms/juminhyo-counter');
    await axe(page, 'form list with the proxy link');
    await page.goto(`${url}/staff/counter`);
    await isVisible(page.getByRole('heading', { name: '窓口で代理入力' }));
    await axe(page, 'counter page with proxy forms');
    await page.getByRole('link', { name: '住民票の写しの交付申請' }).click();

    await poll(() => new URL(page.url()).pathname).toBe('/proxy/forms/juminhyo-counter');
    await containsText(page.locator('.proxy-banner'), '窓口代理入力モード（職員: 市民 一郎）');
    await page.getByLabel('お名前').fill('窓口 花子');
    await page.locator('input[type=email]').first().fill('hanako@example.jp');
    await axe(page, 'proxy wizard page');
    await shot(page, 'counter-proxy-wizard');
    await page.getByRole('button', { name: '次へ' }).click();
    await hasText(page.locator('h1'), '入力内容の確認');
    await containsText(page.locator('.proxy-banner'), '市民 一郎');
    // The tablet keeps nothing on the device, even before filing.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('madoguchi.answers.')))).toEqual([]);
    await axe(page, 'proxy check page');
    await page.getByRole('button', { name: '送信する' }).click();

    await hasText(page.locator('h1'), '申請を受け付けました');
    await poll(() => new URL(page.url()).pathname).toBe('/proxy/forms/juminhyo-counter/done');
    const receiptNumber = ((await page.locator('.receipt-number').textContent()) ?? '').trim();
    expect(receiptNumber).toMatch(/^\d{4}-\d{4}-\d{2}$/);
    const [row] = await server.app.ctx.db.select().from(submissions).where(eq(submissions.receiptNumber, receiptNumber));
    expect(row!.proxyBy).toBe('shimin');
    await axe(page, 'proxy done page');
    await shot(page, 'counter-proxy-done');

    const print = page.getByRole('link', { name: '署名用に印刷' });
    const href = await print.getAttribute('href');
    const pdf = await context.request.get(`${url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const text = pdftotext(await pdf.body()).replace(/\s+/g, '');
    expect(text).toContain('申請者署名');
    expect(text).toContain('代理入力:市民一郎');
    expect(text).toContain(receiptNumber);
    // The receipt with its QR code is on the screen to hand over.
    await isVisible(page.locator('img.qr__image'));

    await page.getByRole('button', { name: '次の方' }).click();
    await poll(() => new URL(page.url()).pathname).toBe('/proxy/forms/juminhyo-counter/p/1');
    await hasValue(page.getByLabel('お名前'), '');
    await page.reload();
    await hasValue(page.getByLabel('お名前'), '');
    await containsText(page.locator('.proxy-banner'), '市民 一郎');
    const stored = await page.evaluate(() => Object.entries(localStorage).map(([k, v]) => `${k}=${v}`).join('\n'));
    expect(stored).not.toContain('窓口 花子');
    expect(stored).not.toContain('hanako@example.jp');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('without a staff session the proxy page says so, and a filing from it is refused', async () => {
    const { context, page } = await openPage(browser, { ...TABLET, bypassCSP: true });
    await page.goto(`${url}/proxy/forms/juminhyo-counter`);
    await containsText(page.locator('.proxy-banner'), '窓口代理入力には職員のログインが必要です。');
    await axe(page, 'proxy page without a session');
    const before = (await server.app.ctx.db.select().from(submissions).orderBy(submissions.id)).length;
    await page.getByLabel('お名前').fill('誰か');
    await page.locator('input[type=email]').first().fill('someone@example.jp');
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByRole('button', { name: '送信する' }).click();
    await isVisible(page.locator('[role=alert]').filter({ hasText: 'ログイン' }).last());
    expect(await server.app.ctx.db.select().from(submissions).orderBy(submissions.id)).toHaveLength(before);
    await context.close();
  });
});
