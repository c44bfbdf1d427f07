// A designer of 子育て支援課 logs in and, with mouse and keyboard only, builds a 6-element
// form (one repeating group with 2 fields, one visibility rule), reorders it with Alt+↑ and
// with drag and drop, watches the live preview (the real citizen renderer) follow, and
// publishes it. Then a citizen on a 360×740 phone files it: the rule-controlled question
// stays hidden until its condition holds, and the filing gets a receipt number. axe-core
// checks the builder and every other staff page, which a second test walks as an
// administrator (users, a refused import, dates, an old version). Runs Debian's chromium:
// if it is missing this test FAILS (never skips).
import type { FastifyInstance } from 'fastify';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
  openPage,
  poll,
  shot,
} from '../helpers/browser.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { TEST_PASSWORD, createStaffUser } from '../helpers/staff.ts';
import { announceSetup } from '../../server/auth/setup.ts';

const FORM_ID = 'kosodate-soudan';
let server: TestApp;
let url: string;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  browser = await launchChromium(); // fails (never skips) without chromium
  server = await createTestApp();
  await createStaffUser(server.app as FastifyInstance, { login: 'sato', displayName: '佐藤 花子', roles: [{ department: '子育て支援課', role: 'designer' }] });
  await createStaffUser(server.app as FastifyInstance, { login: 'kanri', displayName: '管理 太郎', roles: [{ department: '全庁', role: 'admin' }] });
  url = await server.app.listen({ port: 0, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The labels of the element list, in order ("お子さん" followed by its fields). */
async function elementLabels(page: Page): Promise<string[]> {
  return page.locator('.elements .element__label').allTextContents();
}

const row = (page: Page, label: string, kind: string): Locator => page.getByRole('button', { name: new RegExp(`^${label} ${kind}`) });

async function addFromPalette(page: Page, kind: string, label: string): Promise<void> {
  await page.getByRole('region', { name: '項目を追加' }).getByRole('button', { name: kind, exact: true }).click();
  // The new element's label input has focus, its placeholder text selected: typing replaces it.
  await isFocused(page.getByLabel('質問文', { exact: true }));
  await page.keyboard.type(label);
  await poll(() => page.getByLabel('質問文', { exact: true }).inputValue()).toBe(label);
}

async function saved(page: Page): Promise<void> {
  await containsText(page.locator('#save-status'), /^保存しました \d\d:\d\d$/);
}

describe('staff build a form without code and citizens file it', () => {
  test('a designer builds, previews and publishes; a citizen on a phone files it', async () => {
    const { context, page, problems } = await openPage(browser, { ...DESKTOP, bypassCSP: true });

    // Log in (a wrong password first: the message is shown and focus goes to the summary).
    await page.goto(`${url}/staff/`);
    await hasText(page.locator('h1'), 'ログイン');
    await page.getByLabel('ログインID').fill('sato');
    await page.getByLabel('パスワード').fill('wrong password!!');
    await page.getByRole('button', { name: 'ログインする' }).click();
    await containsText(page.locator('.error-summary'), 'ログインIDかパスワードが違います');
    await isFocused(page.locator('.error-summary'));
    await page.getByLabel('パスワード').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await hasText(page.locator('h1'), 'フォーム一覧');
    await containsText(page.locator('main'), '子育て支援課');
    await shot(page, 'staff-01-forms');
    await axe(page, 'forms list');

    // A blank form.
    await page.getByRole('link', { name: '新しいフォームを作る' }).click();
    await hasText(page.locator('h1'), '新しいフォームを作る');
    await page.getByRole('button', { name: '作成してビルダーを開く' }).click();
    await containsText(page.locator('.error-summary'), 'フォーム名を入力してください');
    await page.getByLabel(/^フォーム名/).fill('子育て相談の申込');
    await page.getByLabel(/^フォームID/).fill(FORM_ID);
    await shot(page, 'staff-02-new-form');
    await axe(page, 'new form');
    await page.getByRole('button', { name: '作成してビルダーを開く' }).click();
    await hasText(page.locator('h1'), '子育て相談の申込 の編集');

    // 1. お名前 (short text, required)
    await addFromPalette(page, '短い文章', 'お名前');
    await page.getByLabel('必須にする').check();

    // 2. 相談の方法 (single choice, options pasted as a list)
    await addFromPalette(page, '単一選択（ラジオボタン）', '相談の方法');
    await page.getByLabel('必須にする').check();
    await page.getByLabel('まとめて貼り付け').fill('電話\n窓口\nその他');
    await page.getByRole('button', { name: '選択肢を置き換える' }).click();
    await poll(() => page.getByLabel('選択肢 3', { exact: true }).inputValue()).toBe('その他');
    await page.getByLabel('初期値').selectOption({ label: '電話' }); // pre-selected for citizens

    // 3. その他の内容: shown only when 相談の方法 is その他
    await addFromPalette(page, '短い文章', 'その他の内容');
    await page.getByLabel('必須にする').check();
    await page.getByLabel('条件に合うときだけ表示する').check();
    await page.getByLabel('項目', { exact: true }).selectOption({ label: '相談の方法' });
    await page.getByLabel('比べ方').selectOption({ label: 'が次の値のとき' });
    await page.getByLabel('値', { exact: true }).selectOption({ label: 'その他' });
    await page.getByRole('button', { name: 'この条件を設定' }).click();
    await containsText(page.locator('.rule [role=status]'), '表示条件を設定しました');
    await containsText(page.locator('.rule'), '現在の条件: 「相談の方法」が次の値のとき（その他）');
    // A rule that would be circular is refused, with the reason next to it.
    await row(page, '相談の方法', '単一選択').click();
    await page.getByLabel('条件に合うときだけ表示する').check();
    await page.getByLabel('項目', { exact: true }).selectOption({ label: 'その他の内容 （循環するため使えません）' });
    await page.getByLabel('比べ方').selectOption({ label: 'が入力されているとき' });
    await page.getByRole('button', { name: 'この条件を設定' }).click();
    await containsText(page.locator('.rule .error-message'), '循環しています');
    await shot(page, 'staff-03-rule-refused');
    await page.getByLabel('常に表示する').check();
    await row(page, 'その他の内容', '短い文章').click();

    // 4. お子さん: a repeating group with its own two fields, at least one row.
    await addFromPalette(page, '繰り返し項目', 'お子さん');
    await page.getByLabel('最少の件数').fill('1');
    await page.getByRole('button', { name: 'この中に追加' }).click();
    await isFocused(page.getByLabel('質問文', { exact: true }));
    await page.keyboard.type('お子さんの名前');
    await page.getByLabel('必須にする').check();
    // With a field of the group selected, the palette adds inside the group.
    await addFromPalette(page, '数値', '年齢');
    await hasCount(page.locator('.element__children > li'), 2);

    // 5. 連絡先電話番号: added after the group, then moved above it with Alt+↑.
    await row(page, 'お子さん', '繰り返し項目').click();
    await addFromPalette(page, '電話番号', '連絡先電話番号');
    await row(page, '連絡先電話番号', '電話番号').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await isFocused(row(page, '連絡先電話番号', '電話番号'));
    await poll(() => elementLabels(page)).toEqual(['お名前', '相談の方法', 'その他の内容', '連絡先電話番号', 'お子さん', 'お子さんの名前', '年齢']);

    // 6. 同意: added after the phone number (selected), then dragged below the group.
    await addFromPalette(page, '同意チェック', '相談内容を担当課で共有することに同意します。');
    await poll(() => elementLabels(page)).toEqual([
      'お名前', '相談の方法', 'その他の内容', '連絡先電話番号', '相談内容を担当課で共有することに同意します。', 'お子さん', 'お子さんの名前', '年齢',
    ]);
    const consentRow = page.locator('li.element', { has: row(page, '相談内容を担当課で共有することに同意します。', '同意チェック') });
    const groupRow = page.locator('.elements > li.element', { has: row(page, 'お子さん', '繰り返し項目') });
    const box = (await groupRow.boundingBox())!;
    await consentRow.dragTo(groupRow, { targetPosition: { x: 40, y: box.height - 6 } });
    await poll(() => elementLabels(page)).toEqual([
      'お名前', '相談の方法', 'その他の内容', '連絡先電話番号', 'お子さん', 'お子さんの名前', '年齢', '相談内容を担当課で共有することに同意します。',
    ]);

    // Saved automatically; the preview (the real citizen renderer) follows.
    await saved(page);
    const preview = page.frameLocator('iframe[title="プレビュー"]');
    await containsText(preview.locator('main'), 'プレビュー');
    await containsText(preview.locator('main'), '相談内容を担当課で共有することに同意します。');
    await hasCount(preview.getByText('その他の内容'), 0);
    await row(page, 'お名前', '短い文章').click();
    await shot(page, 'staff-03-builder');
    await axe(page, 'builder', { iframes: false });

    // Publish: the check passes, version 1 is created.
    await page.getByRole('link', { name: '公開へ進む' }).click();
    await hasText(page.locator('h1'), '公開する');
    await containsText(page.locator('main'), '問題は見つかりませんでした');
    await containsText(page.locator('main'), '1ページ・6項目');
    await shot(page, 'staff-04-publish');
    await axe(page, 'publish');
    await page.getByRole('button', { name: 'この内容で公開する' }).click();
    await containsText(page.locator('main'), '第1版として公開しました');
    await page.getByRole('link', { name: 'フォームの画面に戻る' }).click();
    await containsText(page.locator('main'), '公開中（第1版）');
    await containsText(page.locator('table'), 'sato');
    await shot(page, 'staff-05-form');
    await axe(page, 'form overview');
    expect(problems, 'page errors in the staff app').toEqual([]);
    await context.close();

    // A citizen on a phone files it.
    const citizen = await openPage(browser, { ...PHONE, bypassCSP: true });
    const phone = citizen.page;
    await phone.goto(`${url}/forms/${FORM_ID}`);
    await hasText(phone.locator('h1'), '申請の内容');
    await phone.getByLabel(/^お名前/).fill('山田 花子');
    const method = phone.getByRole('group', { name: /^相談の方法/ });
    await poll(() => method.getByLabel('電話', { exact: true }).isChecked(), 'default pre-selected').toBe(true);
    await hasCount(phone.getByLabel(/^その他の内容/), 0);
    await method.getByLabel('窓口', { exact: true }).check();
    await hasCount(phone.getByLabel(/^その他の内容/), 0);
    await method.getByLabel('その他', { exact: true }).check();
    await phone.getByLabel(/^その他の内容/).fill('保育園の入園について');
    await phone.getByLabel(/^連絡先電話番号/).fill('090-1234-5678');
    const child = phone.getByRole('group', { name: 'お子さん 1' });
    await child.getByLabel(/^お子さんの名前/).fill('山田 一郎');
    await child.getByLabel(/^年齢/).fill('3');
    await phone.getByLabel('相談内容を担当課で共有することに同意します。', { exact: false }).first().check();
    await shot(phone, 'staff-06-citizen-form');
    await phone.getByRole('button', { name: '次へ' }).click();
    await hasText(phone.locator('h1'), '入力内容の確認');
    await containsText(phone.locator('main'), '保育園の入園について');
    await phone.getByRole('button', { name: '送信する' }).click();
    await hasText(phone.locator('h1'), '申請を受け付けました');
    expect((await phone.locator('.receipt-number').textContent())?.trim()).toMatch(/^\d{4}-\d{4}-\d{2}$/);
    await shot(phone, 'staff-07-citizen-done');
    expect(citizen.problems).toEqual([]);
    await citizen.context.close();
  }, 240_000);

  test('an administrator creates a user, imports a form field by field, sets dates and reads an old version', async () => {
    const { context, page, problems } = await openPage(browser, { ...DESKTOP, bypassCSP: true });
    await page.goto(`${url}/staff/users`);
    await page.getByLabel('ログインID').fill('kanri');
    await page.getByLabel('パスワード').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await hasText(page.locator('h1'), 'ユーザー管理'); // the page asked for, once logged in

    // A new clerk of 介護保険課; an empty form first shows every problem.
    await page.getByRole('button', { name: 'ユーザーを作成する' }).click();
    await isFocused(page.locator('.error-summary'));
    await containsText(page.locator('.error-summary'), '表示名を入力してください');
    await page.getByLabel(/^ログインID/).fill('tanaka');
    await page.getByLabel(/^表示名/).fill('田中 一郎');
    await page.getByLabel(/^初期パスワード/).fill('a long enough password');
    await page.getByLabel('担当課 1').fill('介護保険課');
    await page.getByLabel('役割 1').selectOption({ label: '受付担当者' });
    await page.getByRole('button', { name: 'ユーザーを作成する' }).click();
    await containsText(page.locator('[role=status]').first(), 'tanaka を作成しました');
    await containsText(page.locator('table'), '介護保険課: 受付担当者');
    await shot(page, 'staff-08-users');
    await axe(page, 'users');

    // Import: a file with problems is refused, each problem with where it is.
    await page.getByRole('link', { name: 'フォーム一覧' }).first().click();
    await page.getByRole('link', { name: '新しいフォームを作る' }).click();
    await page.getByLabel('JSONファイルを読み込む').check();
    const bad = {
      id: 'shared-form',
      title: { ja: '共有された様式' },
      category: 'other',
      schema: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } },
      ui: { pages: [{ id: 'p1', title: { ja: '入力' }, elements: [{ field: 'a', widget: 'weird', label: { ja: '住所' } }] }] },
      settings: { department: '全庁' },
      example: {},
    };
    await page.getByLabel('フォームのJSONファイル').setInputFiles({ name: 'shared-form.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.getByRole('button', { name: '作成してビルダーを開く' }).click();
    await containsText(page.locator('#import-problems'), '1ページ目 1番目の項目「住所」');
    await containsText(page.locator('#import-problems'), 'weird');
    await shot(page, 'staff-09-import-refused');
    await axe(page, 'import refused');

    // Open and close dates in Japan time; a closing time before the opening is refused.
    await page.goto(`${url}/staff/forms/risai-shomei/settings`);
    await page.getByLabel('受付開始日時').fill('2026-12-01T09:00');
    await page.getByLabel('受付終了日時').fill('2026-11-01T17:00');
    await page.getByRole('button', { name: '設定を保存する' }).click();
    await containsText(page.locator('.error-summary'), '受付終了日時は、受付開始日時より後にしてください');
    await page.getByLabel('受付終了日時').fill('2027-03-31T17:00');
    await page.getByRole('button', { name: '設定を保存する' }).click();
    await containsText(page.locator('form [role=status]'), '保存しました');
    await axe(page, 'settings');

    // The form page: a draft now exists next to the published library version, read-only.
    await page.goto(`${url}/staff/forms/risai-shomei`);
    await containsText(page.locator('main'), '下書きあり');
    await page.getByRole('link', { name: '第1版を表示' }).click();
    await containsText(page.locator('main'), '公開済みの版は変更できません');
    await containsText(page.locator('main'), '申請者');
    await shot(page, 'staff-10-version');
    await axe(page, 'version');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  test('the first administrator comes from the one-time setup link; logout; lockout is explained', async () => {
    const fresh = await createTestApp(); // no user yet
    try {
      let link = '';
      await announceSetup(fresh.app.ctx, { info: (o: { setupUrl: string }) => (link = o.setupUrl) } as never); // a new link, as on start
      const base = await fresh.app.listen({ port: 0, host: '127.0.0.1' });
      const { context, page, problems } = await openPage(browser, { ...DESKTOP, bypassCSP: true });
      await page.goto(`${base}/staff/login`);
      await containsText(page.locator('main'), '初期設定用のリンク');
      await page.goto(`${base}${new URL(link).pathname}${new URL(link).hash}`);
      await hasText(page.locator('h1'), '初期設定: 最初の管理者を作成');
      await page.getByLabel(/^ログインID/).fill('admin');
      await page.getByLabel(/^パスワード 必須/).fill('short');
      await page.getByRole('button', { name: '管理者を作成する' }).click();
      await containsText(page.locator('.error-summary'), '12文字以上');
      await axe(page, 'setup');
      await page.getByLabel(/^パスワード 必須/).fill('first admin password');
      await page.getByLabel(/^パスワード（確認）/).fill('first admin password');
      await page.getByRole('button', { name: '管理者を作成する' }).click();
      await hasText(page.locator('h1'), 'フォーム一覧');
      expect(new URL(page.url()).hash).toBe(''); // the spent token is gone from the address bar
      await page.getByRole('button', { name: 'ログアウト' }).click();
      await hasText(page.locator('h1'), 'ログイン');

      // Five wrong passwords lock the login for a while, and the page says so.
      for (let i = 0; i < 5; i++) {
        await page.getByLabel('ログインID').fill('admin');
        await page.getByLabel('パスワード').fill(`wrong password ${i}`);
        await page.getByRole('button', { name: 'ログインする' }).click();
        await containsText(page.locator('.error-summary'), 'ログインIDかパスワードが違います');
      }
      await page.getByLabel('パスワード').fill('first admin password');
      await page.getByRole('button', { name: 'ログインする' }).click();
      await containsText(page.locator('.error-summary'), '一時的にロックされています');
      await shot(page, 'staff-11-locked');
      await axe(page, 'login locked');
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await fresh.close();
    }
  }, 120_000);
});
