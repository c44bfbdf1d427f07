// Saving progress on a phone, through the real server and Debian's chromium: a citizen types
// half of 市長へのたより (with a photo), reloads and finds the answers back; saves a resume
// link by e-mail (read from the outbox), opens it in a new browser context (another device),
// finishes and files, photo included. Afterwards the draft is gone and that browser's
// localStorage holds no answers. axe on every new piece of UI, no sideways scrolling.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PHONE, axe, containsText, ensureBuilt, hasText, hasValue, isVisible, launchChromium, noHorizontalScroll, openPage, poll, shot } from '../helpers/browser.ts';
import { choose, h1, next, sel, type } from '../helpers/wizard.ts';
import { PNG } from '../helpers/fixtures.ts';
import { startTestServer } from '../helpers/server.ts';

let server: { url: string; dataDir: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  browser = await launchChromium();
  server = await startTestServer();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function check(page: Page, name: string): Promise<void> {
  await shot(page, `saving-${name}`);
  await axe(page, name);
  await noHorizontalScroll(page, name);
}

const savedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('madoguchi.answers.')));
const savedText = (page: Page) => page.evaluate(() => localStorage.getItem('madoguchi.answers.shichou-tayori') ?? '');

function outboxMails(): { to: string[]; subject: string; text: string }[] {
  const db = new Database(join(server.dataDir, 'madoguchi.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT payload FROM outbox ORDER BY id').all() as { payload: string }[]).map((r) => JSON.parse(r.payload));
  } finally {
    db.close();
  }
}

describe('saving progress, on a phone', () => {
  test('typed answers survive a reload; a resume link by mail continues on another device; filed, nothing is left', async () => {
    const phone = await openPage(browser, { ...PHONE, bypassCSP: true });
    const { page } = phone;
    const subject = '公園の遊具について一時保存';

    // --- half a form, then a reload --------------------------------------------------------
    await page.goto(`${server.url}/forms/shichou-tayori`);
    await hasText(h1(page), 'ご意見の内容');
    await choose(page, 'ご意見の分野', 'まちづくり（道路・公園・交通など）');
    await type(page, '/subject', subject);
    await type(page, '/opinion', '滑り台の手すりがぐらついています。');
    await page.locator(sel('/attachments')).setInputFiles({ name: '遊具.png', mimeType: 'image/png', buffer: PNG });
    await containsText(page.locator('.file-list'), '遊具.png');
    await poll(() => savedText(page), 'answers kept on the device').toContain('遊具.png');
    expect(await savedText(page)).toContain(subject);

    await page.reload();
    await hasText(h1(page), 'ご意見の内容');
    await containsText(page.getByRole('status').filter({ hasText: '前回の入力内容を復元しました' }), '前回の入力内容を復元しました');
    await hasValue(page.locator(sel('/subject')), subject);
    await hasValue(page.locator(sel('/opinion')), '滑り台の手すりがぐらついています。');
    await containsText(page.locator('.file-list'), '遊具.png');
    await isVisible(page.getByRole('button', { name: '最初から入力する' }));
    await check(page, '01-restored');

    // --- 一時保存: the link by e-mail ------------------------------------------------------------
    await page.getByRole('button', { name: '一時保存' }).click();
    const panel = page.getByRole('region', { name: '一時保存（続きは後で）' });
    await isVisible(panel);
    await containsText(panel, 'リンクは保存した日から14日間有効です');
    await check(page, '02-save-panel');
    // A malformed address is named at its input.
    await panel.getByLabel('リンクを受け取るメールアドレス（任意）').fill('hanako@');
    await panel.getByRole('button', { name: '保存してリンクを作る' }).click();
    await containsText(panel.locator('#save-email-error'), 'メールアドレス');
    await poll(() => panel.getByLabel('リンクを受け取るメールアドレス（任意）').getAttribute('aria-describedby')).toContain('save-email-error');
    await panel.getByLabel('リンクを受け取るメールアドレス（任意）').fill('hanako@example.jp');
    await panel.getByRole('button', { name: '保存してリンクを作る' }).click();
    await containsText(panel, 'リンクをメールで送りました');
    await containsText(panel, /このリンクは\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}まで有効です/);
    await containsText(panel.locator('#save-link-hint'), '他の人には教えないでください');
    const shownLink = await panel.getByLabel('続きを入力するためのリンク').inputValue();
    expect(shownLink).toMatch(/\/resume\/[A-Za-z0-9_-]{43}$/);
    await check(page, '03-link-saved');
    // 200% zoom on the phone: the long link and the buttons still fit.
    await page.setViewportSize({ width: 180, height: 370 });
    await noHorizontalScroll(page, 'save panel at 200%');
    await page.setViewportSize(PHONE.viewport);

    await poll(() => outboxMails().some((m) => m.to.includes('hanako@example.jp')), 'resume-link mail queued').toBe(true);
    const mail = outboxMails().find((m) => m.to.includes('hanako@example.jp'))!;
    expect(mail.subject).toContain('【一時保存】');
    const link = /https?:\/\/\S+\/resume\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
    expect(link).toBe(shownLink);
    expect(mail.text).not.toContain(subject);
    expect(mail.text).not.toContain('滑り台');
    await phone.context.close();

    // --- another device opens the link, finishes and files -----------------------------------
    const other = await openPage(browser, { ...PHONE, bypassCSP: true });
    const p2 = other.page;
    await p2.goto(link!);
    await hasText(h1(p2), 'ご意見の内容');
    expect(new URL(p2.url()).pathname).toBe('/forms/shichou-tayori/p/1'); // off the secret URL
    await hasValue(p2.locator(sel('/subject')), subject);
    await containsText(p2.locator('.file-list'), '遊具.png');
    await poll(() => savedText(p2), 'kept on this device at once').toContain(subject);
    await check(p2, '04-resumed');
    await next(p2, '回答の希望と連絡先');
    await choose(p2, '回答を希望しますか', 'いいえ');
    await next(p2, 'あなたについて・確認');
    await choose(p2, '個人が特定されない形で', 'はい');
    await p2.locator(sel('/consentPrivacy')).check();
    await next(p2, '入力内容の確認');
    await containsText(p2.locator('main'), '遊具.png');
    // The tab is reloaded on the check page (a phone dropping it in the background): all there.
    await poll(() => savedText(p2), 'kept on this device too').toContain('"publicationOk":true');
    await p2.reload();
    await hasText(h1(p2), '入力内容の確認');
    await containsText(p2.locator('main'), subject);
    await containsText(p2.locator('main'), '遊具.png');
    await p2.getByRole('button', { name: '送信する' }).click();
    await hasText(h1(p2), '申請を受け付けました');

    // --- afterwards: the draft is gone, the device holds no answers ----------------------------
    const token = link!.split('/resume/')[1]!;
    await poll(async () => (await fetch(`${server.url}/api/drafts/${token}`)).status, 'draft deleted after filing').toBe(404);
    await poll(() => savedKeys(p2), 'no answers left on the device').toEqual([]);
    await p2.goto(link!);
    await hasText(h1(p2), '保存した入力内容が見つかりません');
    await check(p2, '05-link-gone');
    expect(other.problems).toEqual([]);
    await other.context.close();
  });

  test('最初から入力する forgets what this device kept', async () => {
    const { page, context } = await openPage(browser, { ...PHONE });
    await page.goto(`${server.url}/forms/shichou-tayori`);
    await hasText(h1(page), 'ご意見の内容');
    await type(page, '/subject', '消える件名');
    await poll(() => savedText(page)).toContain('消える件名');
    await page.reload();
    await hasValue(page.locator(sel('/subject')), '消える件名');
    // The panel opens and closes back onto its button.
    await page.getByRole('button', { name: '一時保存' }).click();
    await page.getByRole('button', { name: '入力に戻る' }).click();
    await poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe('一時保存');
    await page.getByRole('button', { name: '最初から入力する' }).click();
    await hasValue(page.locator(sel('/subject')), '');
    await poll(() => savedKeys(page)).toEqual([]);
    await page.reload();
    await hasValue(page.locator(sel('/subject')), '');
    expect(await page.getByText('前回の入力内容を復元しました').count()).toBe(0);
    await context.close();
  });
});
