// The applicant's side of the back office on a 360×740 phone, against the real server:
// the completion page's QR code (decoded as the counter tablet would), a clerk returning
// the application with a comment (staff API over HTTP), the applicant correcting it in the
// same wizard without touching a draft of a new application, a message from the office,
// and 取下げ with its confirmation and a reason the server refuses first. axe on every page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inputId } from '../../web/citizen/lib/pointer.ts';
import {
  PHONE,
  axe,
  containsText,
  ensureBuilt,
  hasAttr,
  hasCount,
  hasText,
  hasValue,
  isFocused,
  isVisible,
  lacksText,
  launchChromium,
  noHorizontalScroll,
  openPage,
  poll,
  shot,
} from '../helpers/browser.ts';
import { choose, h1, next, sel, type } from '../helpers/wizard.ts';
import { type TestApp, createTestApp } from '../helpers/app.ts';
import { PNG } from '../helpers/fixtures.ts';
import { TEST_PASSWORD, createStaffUser } from '../helpers/staff.ts';
import { readQr } from '../server/pdf/qr-reader.ts';

let server: TestApp;
let url = '';
let browser: Browser;
let staff: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }>;

/** A clerk of 秘書広報課 (市長へのたより), logged in over HTTP like the staff app. */
async function clerkSession(): Promise<typeof staff> {
  const login = 'clerk-kouhou';
  await createStaffUser(server.app, { login, roles: [{ department: '秘書広報課', role: 'clerk' }] });
  const res = await fetch(`${url}/api/staff/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: TEST_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method, path, body) => {
    const r = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: r.status, body: (r.headers.get('content-type') ?? '').includes('json') ? await r.json() : await r.text() };
  };
}

beforeAll(async () => {
  ensureBuilt();
  browser = await launchChromium(); // fails (never skips) without chromium
  server = await createTestApp();
  url = await server.app.listen({ port: 0, host: '127.0.0.1' });
  staff = await clerkSession();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every page gets a screenshot, axe and the 360px check. */
async function check(page: Page, name: string): Promise<void> {
  await shot(page, `status-${name}`);
  await axe(page, name);
  await noHorizontalScroll(page, name);
}

/** An in-app link to the procedure, from the header (no reload: the answer store stays). */
async function openOpinionForm(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'madoguchi 電子申請' }).click();
  await hasText(h1(page), '手続きを選ぶ');
  await page.getByRole('link', { name: '市長へのたより（ご意見・ご提案）' }).click();
  await hasText(h1(page), 'ご意見の内容');
}

describe('the applicant after filing, on a phone', () => {
  test('QR at the counter; 差戻し corrected in the wizard; a message; 取下げ', async () => {
    const { context, page, problems } = await openPage(browser, { ...PHONE, bypassCSP: true });

    // --- file 市長へのたより -------------------------------------------------------------
    await page.goto(`${url}/forms/shichou-tayori`);
    await hasText(h1(page), 'ご意見の内容');
    await choose(page, 'ご意見の分野', 'まちづくり（道路・公園・交通など）');
    await type(page, '/subject', '公園のベンチについて');
    await type(page, '/opinion', '北番町公園のベンチが壊れています。');
    await page.locator(sel('/attachments')).setInputFiles({ name: 'ベンチ.png', mimeType: 'image/png', buffer: PNG });
    await containsText(page.locator('.file-list'), 'ベンチ.png');
    await next(page, '回答の希望と連絡先');
    await choose(page, '回答を希望しますか', 'いいえ');
    await next(page, 'あなたについて・確認');
    await choose(page, '個人が特定されない形で', 'はい');
    await page.locator(sel('/consentPrivacy')).check();
    await next(page, '入力内容の確認');
    await page.getByRole('button', { name: '送信する' }).click();
    await hasText(h1(page), '申請を受け付けました');

    // --- the completion page: the QR a clerk scans at the counter -------------------------
    const receipt = ((await page.locator('.receipt-number').textContent()) ?? '').trim();
    expect(receipt).toMatch(/^\d{4}-\d{4}-\d{2}$/);
    const qr = page.getByRole('img', { name: `受付番号 ${receipt} のQRコード` });
    await isVisible(qr);
    await poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'QR image loaded').toBe(true);
    expect(readQr(await qr.screenshot())).toBe(`${url}/staff/r/${receipt}`);
    await containsText(page.locator('.qr'), '窓口でこのQRコードをお見せください');
    const svg = await fetch(`${url}/api/receipts/${receipt}/qr.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    await containsText(page.locator('#status-url-hint'), '他の人に教えないでください');
    const statusUrl = (await page.locator('#status-url').inputValue()).replace(/^https?:\/\/[^/]+/, url);
    await check(page, '01-done');

    // --- a clerk returns it with a comment ---------------------------------------------------
    const comment = '件名をもう少し具体的に書いてください。\nベンチのある場所も教えてください。';
    const returned = await staff('POST', `/api/staff/submissions/${receipt}/status`, { status: 'returned', comment });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);

    await page.getByRole('link', { name: '申請状況を見る' }).click();
    await hasText(h1(page), '申請状況');
    await hasText(page.locator('.status-tag'), '差戻し（修正をお願いします）');
    const ask = page.getByRole('region', { name: '申請内容の修正をお願いします' });
    await isVisible(ask);
    await hasText(ask.locator('.office-comment'), comment);
    await containsText(page.getByRole('region', { name: '経過' }), 'ベンチのある場所も教えてください');
    await containsText(page.locator('main time').first(), /令和\d+年（20\d\d年）\d+月\d+日 \d+:\d\d/);
    await check(page, '02-returned');

    // A new application of the same form is started meanwhile: its draft must survive.
    await openOpinionForm(page);
    await type(page, '/subject', '別の新しい意見');
    await page.goBack();
    await page.goBack();
    await hasText(h1(page), '申請状況');

    // --- correcting: the filed answers in the same wizard ----------------------------------
    await ask.getByRole('link', { name: '修正する' }).click();
    await hasText(h1(page), 'ご意見の内容');
    await containsText(page.locator('.notice--action'), `受付番号 ${receipt} の申請を修正しています`);
    await containsText(page.locator('.fix-comment'), 'ベンチのある場所も教えてください');
    await hasValue(page.locator(sel('/subject')), '公園のベンチについて'); // what was filed, not the draft
    await hasValue(page.locator(sel('/opinion')), '北番町公園のベンチが壊れています。');
    await containsText(page.locator('.file-list'), 'ベンチ.png'); // the file filed stays attached
    await check(page, '03-fix-page');
    // 200% zoom on the phone: no sideways scrolling with the banner either.
    await page.setViewportSize({ width: 180, height: 370 });
    await noHorizontalScroll(page, 'correction page at 200%');
    await page.setViewportSize(PHONE.viewport);
    // A file added while correcting is uploaded to the form like any other.
    await page.locator(sel('/attachments')).setInputFiles({ name: '地図.png', mimeType: 'image/png', buffer: PNG });
    await hasCount(page.locator('.file-list li'), 2);
    // The same validation as filing.
    await page.locator(sel('/opinion')).fill('');
    await page.getByRole('button', { name: '次へ' }).click();
    await isFocused(page.locator('.error-summary'));
    await containsText(page.locator(`[id="${inputId('/opinion')}-error"]`), 'ご意見・ご提案');
    await type(page, '/opinion', '北番町公園（北番町公民館の東側）のベンチが壊れています。');
    await type(page, '/subject', '北番町公園のベンチの修理について');
    await next(page, '回答の希望と連絡先');
    await next(page, 'あなたについて・確認');
    await next(page, '修正内容の確認');
    const main = page.locator('main');
    await containsText(main, '北番町公園のベンチの修理について');
    await containsText(main, '北番町公民館の東側');
    await check(page, '04-fix-check');

    // The server refuses once: its message shows in the summary and next to the field.
    await page.route('**/api/submissions/*/answers', (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({ errors: [{ path: '/subject', code: 'x', message: '「件名」に使えない文字が含まれています。' }] }),
          })
        : route.continue(),
    );
    await page.getByRole('button', { name: '修正を送信する' }).click();
    const summary = page.locator('.error-summary');
    await isFocused(summary);
    await containsText(summary, '使えない文字');
    await page.unroute('**/api/submissions/*/answers');
    await summary.getByRole('link').click();
    await hasText(h1(page), 'ご意見の内容');
    await isFocused(page.locator(sel('/subject')));
    await containsText(page.locator(`[id="${inputId('/subject')}-error"]`), '使えない文字');
    await check(page, '05-fix-server-error');
    await type(page, '/subject', '北番町公園のベンチの修理のお願い');
    await hasCount(page.locator(`[id="${inputId('/subject')}-error"]`), 0);
    await next(page, '修正内容の確認');
    // The corrections reach the server but the answer is lost on the way back; sent again,
    // the server says it is no longer returned (409), and the page sees they arrived.
    let puts = 0;
    await page.route('**/api/submissions/*/answers', async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      puts++;
      const response = await route.fetch();
      if (puts === 1) {
        expect(response.status()).toBe(200);
        await route.abort('connectionreset');
      } else {
        expect(response.status()).toBe(409);
        await route.fulfill({ response });
      }
    });
    await page.getByRole('button', { name: '修正を送信する' }).click();
    await containsText(page.getByRole('alert'), 'もう一度「修正を送信する」を押してください');
    await page.getByRole('button', { name: '修正を送信する' }).click();
    await hasText(h1(page), '申請状況');
    await page.unroute('**/api/submissions/*/answers');
    expect(puts).toBe(2);

    // Back on the status page: 受付済み again, and said so where focus is.
    await hasText(h1(page), '申請状況');
    await hasText(page.locator('.status-tag'), '受付済み');
    const sent = page.locator('.notice--success');
    await containsText(sent, '修正した内容を送信しました');
    await isFocused(sent);
    await hasCount(page.getByRole('region', { name: '申請内容の修正をお願いします' }), 0);
    await check(page, '06-resubmitted');
    const filed = await staff('GET', `/api/staff/submissions/${receipt}`);
    expect(filed.status).toBe(200);
    expect(filed.body.answers.subject).toBe('北番町公園のベンチの修理のお願い');
    expect(filed.body.revisions).toHaveLength(1);
    expect(filed.body.revisions[0].answers.subject).toBe('公園のベンチについて');
    expect(filed.body.attachments.map((a: { name: string }) => a.name).sort()).toEqual(['ベンチ.png', '地図.png']);

    // The draft of the new application is as it was left.
    await openOpinionForm(page);
    await hasValue(page.locator(sel('/subject')), '別の新しい意見');
    await hasValue(page.locator(sel('/opinion')), '');

    // --- a message from the office, newest last ---------------------------------------------
    expect((await staff('POST', `/api/staff/submissions/${receipt}/messages`, { body: '修正ありがとうございます。' })).status).toBe(201);
    expect((await staff('POST', `/api/staff/submissions/${receipt}/messages`, { body: '現地を確認しました。\n来週修理します。' })).status).toBe(201);
    await page.goto(statusUrl);
    const messages = page.getByRole('region', { name: 'メッセージ' });
    await isVisible(messages);
    const items = messages.getByRole('listitem');
    await hasCount(items, 2);
    await containsText(items.nth(0), '修正ありがとうございます。');
    await hasText(items.nth(1).locator('.message__body'), '現地を確認しました。\n来週修理します。');
    await containsText(items.nth(1), '担当課から');
    await containsText(items.nth(1).locator('time'), /令和\d+年（20\d\d年）\d+月\d+日 \d+:\d\d/);
    await check(page, '07-message');
    await page.setViewportSize({ width: 180, height: 370 });
    await noHorizontalScroll(page, 'status page at 200%');
    await page.setViewportSize(PHONE.viewport);

    // --- 取下げ ------------------------------------------------------------------------------
    const withdraw = page.getByRole('region', { name: '申請の取下げ' });
    const start = withdraw.getByRole('button', { name: '申請を取り下げる' });
    // Opened and closed from the keyboard: focus goes to the question and back.
    await start.focus();
    await page.keyboard.press('Enter');
    const question = withdraw.getByRole('heading', { name: 'この申請を取り下げますか' });
    await isFocused(question);
    await containsText(withdraw, '元に戻せません');
    await withdraw.getByRole('button', { name: '取り下げずに戻る' }).click();
    await isFocused(start);
    await start.click();
    await isFocused(question);
    await check(page, '08-withdraw-confirm');

    // A reason longer than the server takes: its message by the field and in a summary.
    const reason = page.getByLabel(/^取り下げる理由/);
    await reason.fill('あ'.repeat(2001));
    await withdraw.getByRole('button', { name: '取り下げる', exact: true }).click();
    const refused = withdraw.locator('.error-summary');
    await isFocused(refused);
    await hasAttr(reason, 'aria-invalid', 'true');
    const errorText = ((await page.locator('#withdraw-reason-error').textContent()) ?? '').replace(/^エラー:\s*/, '').trim();
    expect(errorText.length).toBeGreaterThan(0);
    await containsText(refused, errorText);
    expect(await reason.getAttribute('aria-describedby')).toContain('withdraw-reason-error');
    await check(page, '09-withdraw-refused');
    await refused.getByRole('link').click();
    await isFocused(reason);
    await reason.fill('別の方法で相談することにしました。');
    await withdraw.getByRole('button', { name: '取り下げる', exact: true }).click();

    const done = page.locator('.notice--success');
    await containsText(done, '申請を取り下げました。');
    await isFocused(done);
    await hasText(page.locator('.status-tag'), '取下げ');
    await hasCount(page.getByRole('region', { name: '申請の取下げ' }), 0);
    await containsText(page.getByRole('region', { name: '経過' }), '別の方法で相談することにしました。');
    await check(page, '10-withdrawn');
    const after = await staff('GET', `/api/staff/submissions/${receipt}`);
    expect(after.body.status).toBe('withdrawn');

    // A correction link kept from before now says it cannot be used.
    await page.goto(`${statusUrl}/fix/p/1`);
    await containsText(page.locator('main'), 'この申請は、今は修正できません');
    await check(page, '11-fix-unavailable');

    // The status page in English.
    await page.goto(statusUrl);
    await hasText(h1(page), '申請状況');
    await page.getByRole('button', { name: 'English' }).click();
    await hasText(h1(page), 'Application status');
    await hasText(page.locator('.status-tag'), 'Withdrawn');
    await isVisible(page.getByRole('region', { name: 'Messages' }));
    await lacksText(page.locator('main'), '申請状況');
    await check(page, '12-english');

    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
