// 「申請の一覧」 in a real browser on a phone: from the procedure list a citizen opens
// 「申請の一覧」, gives the address they applied with, opens the link the mail carries (the
// outbox row) and sees their two applications with status and the office's message, not the
// internal note, nor another address's filing. A dead link says so and offers a new one.
// axe-core on every page. Debian's chromium: missing, the test FAILS (never skips).
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { outbox } from '../../server/store/tables.ts';
import { PHONE, axe, containsText, ensureBuilt, hasCount, hasText, isFocused, launchChromium, noHorizontalScroll, openPage, poll, shot } from '../helpers/browser.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { risaiAnswers, submit } from '../helpers/fixtures.ts';
import { loginAs } from '../helpers/staff.ts';

let server: TestApp;
let url: string;
let browser: Browser;
const mine: string[] = [];

async function fileWith(email: string): Promise<string> {
  const app = server.app as FastifyInstance;
  const answers = await risaiAnswers(app);
  answers.applicantEmail = email;
  const res = await submit(app, 'risai-shomei', answers);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().receiptNumber;
}

beforeAll(async () => {
  ensureBuilt();
  browser = await launchChromium();
  server = await createTestApp();
  mine.push(await fileWith('ichiro.suzuki@example.jp'));
  mine.push(await fileWith('ichiro.suzuki@example.jp'));
  await fileWith('jiro.suzuki@example.jp');
  const clerk = await loginAs(server.app, 'zeimu', [{ department: '税務課', role: 'clerk' }]);
  await clerk({ method: 'POST', url: `/api/staff/submissions/${mine[0]}/messages`, payload: { body: '調査の日程は来週お知らせします。' } });
  await clerk({ method: 'POST', url: `/api/staff/submissions/${mine[0]}/notes`, payload: { body: '内部メモ：写真不鮮明' } });
  url = await server.app.listen({ port: 0, host: '127.0.0.1' });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('my applications on a phone', () => {
  test('asks for the link, opens it from the mail, sees both applications', async () => {
    const { context, page, problems } = await openPage(browser, { ...PHONE, bypassCSP: true });
    await page.goto(url);
    await page.getByRole('link', { name: /申請の一覧/ }).click();
    await hasText(page.locator('h1'), '申請の一覧');
    await axe(page, '/my');
    await noHorizontalScroll(page, '/my');

    // A malformed address: the message is tied to the input, which takes focus.
    await page.getByLabel('メールアドレス').fill('ichiro.suzuki');
    await page.getByRole('button', { name: 'リンクを送る' }).click();
    await containsText(page.locator('#my-email-error'), 'メールアドレス');
    await isFocused(page.getByLabel('メールアドレス'));
    await poll(() => page.getByLabel('メールアドレス').getAttribute('aria-describedby')).toBe('my-email-error');
    await axe(page, '/my with an error');

    await page.getByLabel('メールアドレス').fill('Ichiro.Suzuki@example.jp');
    await page.getByRole('button', { name: 'リンクを送る' }).click();
    await containsText(page.locator('[role=status]'), '受け付けました');
    await shot(page, 'my-applications-sent');

    const mails = (await server.app.ctx.db.select().from(outbox).orderBy(outbox.id)).map((r) => r.payload as { to: string[]; text: string });
    const mail = mails.find((m) => m.to[0] === 'Ichiro.Suzuki@example.jp')!;
    expect(mail).toBeDefined();
    const link = /https?:\/\/[^\s]+\/my\/[A-Za-z0-9_-]{43}/.exec(mail.text)![0];
    await page.goto(link.replace(/^https?:\/\/[^/]+/, url));
    await hasText(page.locator('h1'), 'これまでの申請');
    await hasCount(page.locator('.my-application'), 2);
    const shown = await page.locator('.my-application .receipt-inline').allTextContents();
    expect(shown.map((s) => s.trim())).toEqual([mine[1], mine[0]]);
    await containsText(page.locator('.my-application').nth(1), '調査の日程は来週お知らせします。');
    await containsText(page.locator('.my-application').first(), '受付済み');
    expect(await page.locator('main').textContent()).not.toContain('写真不鮮明');
    await containsText(page.locator('.my-application time').first(), /令和\d+年（20\d\d年）/);
    await axe(page, '/my/:token');
    await noHorizontalScroll(page, '/my/:token');
    await shot(page, 'my-applications-list');

    await page.goto(`${url}/my/${'A'.repeat(43)}`);
    await containsText(page.locator('main'), 'このリンクは使えません');
    await page.getByRole('link', { name: 'もう一度リンクを申し込む' }).isVisible();
    await axe(page, '/my/:token expired');
    expect(problems.filter((p) => !/404/.test(p))).toEqual([]);
    await context.close();
  });
});
