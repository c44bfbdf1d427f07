// The back office in a real browser against the real server: two 市長へのたより are filed
// through the public API; a clerk of 秘書広報課 finds one in the inbox by a filter, opens it,
// moves it on with a comment, writes an internal note and a message to the applicant, prints
// it (application/pdf), prints both in one PDF, exports CSV (Shift_JIS refused for 𠮷 with
// the place named, UTF-8 offered and downloaded), opens one at the counter by typing its
// number and another by holding its QR code (the server's own qr.svg) to the camera, and
// reads the 集計. The same pages on a 360px phone do not scroll sideways. An administrator
// finds the views in the audit log; a clerk of another department sees nothing of it. A
// designer uploads a real PDF form, maps its fields and opens the sample. axe-core on every
// page. Debian's chromium: missing, the test FAILS (never skips).
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PDFDocument } from 'pdf-lib';
import { type Browser, type Page, chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CHROMIUM,
  DESKTOP,
  PHONE,
  axe,
  containsText,
  ensureBuilt,
  hasCount,
  hasText,
  hasValue,
  isFocused,
  lacksText,
  launchChromium,
  noHorizontalScroll,
  openPage,
  poll,
  shot,
} from '../helpers/browser.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { PNG as PNG_BYTES, exampleWithUploads, libraryForm, submit, upload } from '../helpers/fixtures.ts';
import { TEST_PASSWORD, createStaffUser } from '../helpers/staff.ts';

const FORM = 'shichou-tayori';
const PATH = 'opinion/shichou-tayori.json';
const DEPT = libraryForm(PATH).settings.department; // 秘書広報課
const TOPICS = Object.fromEntries(Object.entries(libraryForm(PATH).ui.pages.flatMap((p) => p.elements).find((e) => 'field' in e && e.field === 'topic')!['options' as never] as Record<string, { ja: string }>).map(([k, v]) => [k, v.ja]));
const SECOND_SUBJECT = '公園のベンチの修理について';
let server: TestApp;
let url: string;
let browser: Browser;
let rn1: string;
let rn2: string;
let token1: string;

const MANY = 'hisai-todoke'; // 危機管理課: 51 filings, to page through as an administrator
let many: string[] = [];

async function file(edit: (a: Record<string, unknown>) => void | Promise<void>, path = PATH): Promise<{ receiptNumber: string; token: string }> {
  const answers = await exampleWithUploads(server.app as FastifyInstance, path);
  await edit(answers);
  const res = await submit(server.app as FastifyInstance, libraryForm(path).id, answers);
  expect(res.statusCode, res.body).toBe(201);
  const { receiptNumber, statusUrl } = res.json() as { receiptNumber: string; statusUrl: string };
  return { receiptNumber, token: statusUrl.split('/s/')[1]! };
}

beforeAll(async () => {
  ensureBuilt();
  browser = await launchChromium(); // fails (never skips) without chromium
  server = await createTestApp();
  const app = server.app as FastifyInstance;
  await createStaffUser(app, { login: 'kouhou', displayName: '広報 一郎', roles: [{ department: DEPT, role: 'clerk' }] });
  await createStaffUser(app, { login: 'kosodate', displayName: '子育て 次郎', roles: [{ department: '子育て支援課', role: 'clerk' }] });
  await createStaffUser(app, { login: 'kanri', displayName: '管理 太郎', roles: [{ department: '全庁', role: 'admin' }] });
  await createStaffUser(app, { login: 'sekkei', displayName: '設計 花子', roles: [{ department: DEPT, role: 'designer' }] });
  ({ receiptNumber: rn1, token: token1 } = await file(() => {}));
  // 𠮷 (U+20BB7, つちよし) is not in CP932: the Shift_JIS export must refuse it, by name.
  ({ receiptNumber: rn2 } = await file(async (a) => {
    a.subject = SECOND_SUBJECT;
    a.attachments = [(await upload(app, FORM, 'bench.png')).json()];
    a.topic = 'welfare';
    a.contactName = { family: '𠮷田', given: '花子', familyKana: 'ヨシダ', givenKana: 'ハナコ' };
  }));
  for (let i = 0; i < 51; i++) many.push((await file(() => {}, 'disaster/hisai-todoke.json')).receiptNumber);
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

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
}

const mainText = (page: Page) => page.locator('main');

describe('the back office', () => {
  test('a clerk finds, processes, prints and exports; counter lookup; 集計', async () => {
    const { context, page, problems } = await openPage(browser, { ...DESKTOP, bypassCSP: true });
    await login(page, '/staff/', 'kouhou');
    // A clerk who designs nothing starts at the inbox, with both filings listed.
    await hasText(page.locator('h1'), '受付一覧');
    await containsText(page.locator('.inbox__count'), '2件中 1〜2件目');
    await containsText(page.locator('table'), rn1);
    await containsText(page.locator('table'), '𠮷田');
    await shot(page, 'backoffice-01-inbox');
    await axe(page, 'inbox');

    // Filter by free text in the answers: only the second one is left.
    await page.getByLabel('受付番号または回答の語句').fill('ベンチの修理');
    await page.locator('#inbox-status-received').check();
    await page.getByRole('button', { name: 'この条件で絞り込む' }).click();
    await poll(() => new URL(page.url()).searchParams.get('q')).toBe('ベンチの修理');
    await containsText(page.locator('.inbox__count'), '1件中 1〜1件目');
    await hasCount(page.locator('tbody tr'), 1);
    await lacksText(page.locator('table'), rn1);
    // A bad date range is refused by the server and shown by the field and in the summary.
    await page.getByLabel('受付日（から）').fill('2026-05-02');
    await page.getByLabel('受付日（まで）').fill('2026-05-01');
    await page.getByRole('button', { name: 'この条件で絞り込む' }).click();
    await isFocused(page.locator('.error-summary'));
    await containsText(page.locator('.error-summary'), await page.locator('#inbox-to-error').innerText().then((t) => t.replace(/^エラー:\s*/, '')));
    await poll(() => page.locator('#inbox-to').getAttribute('aria-invalid')).toBe('true');
    await axe(page, 'inbox with a refused filter');
    await page.goto(`${url}/staff/inbox?q=${encodeURIComponent('ベンチの修理')}`);
    await page.getByRole('link', { name: rn2 }).click();

    // The submission: answers with the labels of the version filed, attachments, history.
    await hasText(page.locator('h1'), `申請 ${rn2}`);
    await containsText(mainText(page), '件名');
    await containsText(mainText(page), SECOND_SUBJECT);
    await containsText(page.locator('.submission-meta'), '受付');
    await containsText(page.locator('.submission-meta'), '第1版で受付');
    await hasCount(page.locator('#status-title ~ form input[type=radio]'), 4); // received → 4 moves
    // The attachment downloads as filed (and the server audits it).
    const file1 = await downloaded(page, () => page.locator('.attachments').getByRole('link', { name: 'bench.png' }).click());
    expect(file1.name).toBe('bench.png');
    expect(file1.bytes.equals(PNG_BYTES)).toBe(true);
    await shot(page, 'backoffice-02-submission');
    await axe(page, 'submission');

    // 却下 asks first; cancelling changes nothing.
    await page.locator('#status-to-rejected').check();
    await page.getByRole('button', { name: '状態を変える' }).click();
    await containsText(page.getByRole('alertdialog'), '却下すると元に戻せません');
    await isFocused(page.getByRole('button', { name: '却下する' }));
    await page.getByRole('button', { name: 'やめる' }).click();
    await hasCount(page.getByRole('alertdialog'), 0);

    // Move it on with a comment for the applicant.
    await page.locator('#status-to-in_progress').check();
    await page.getByLabel('コメント（任意）').fill('担当課で内容を確認しています。');
    await page.getByRole('button', { name: '状態を変える' }).click();
    await containsText(page.locator('.notice--success'), '状態を「処理中」にしました。');
    await containsText(page.locator('.submission-meta'), '処理中');
    await containsText(page.locator('.timeline'), '担当課で内容を確認しています。');
    await containsText(page.locator('.timeline'), 'kouhou');
    await hasCount(page.locator('#status-title ~ form input[type=radio]'), 3); // in_progress → 3 moves

    // An internal note (職員のみ) and a message to the applicant (申請者に送信), marked apart.
    await containsText(page.locator('#notes-title'), '職員のみ');
    await containsText(page.locator('#messages-title'), '申請者に送信');
    await page.getByRole('button', { name: 'メモを保存する' }).click(); // empty: refused on the spot
    await containsText(page.locator('.notebox--notes .error-summary'), 'メモを入力してください。');
    await isFocused(page.locator('.notebox--notes .error-summary'));
    await poll(() => page.locator('#notes-body').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#notes-body').fill('公園緑地課に回付済み');
    await page.getByRole('button', { name: 'メモを保存する' }).click();
    await containsText(page.locator('.notebox--notes .notes'), '公園緑地課に回付済み');
    await page.locator('#messages-body').fill('修理の予定が決まりましたらお知らせします。');
    await page.getByRole('button', { name: '申請者に送信する' }).click();
    await containsText(page.locator('.notebox--messages .notes'), '修理の予定が決まりましたらお知らせします。');
    await lacksText(page.locator('.notebox--messages'), '公園緑地課に回付済み');
    await shot(page, 'backoffice-03-processed');
    await axe(page, 'submission after processing');

    // Print: the link answers a real PDF.
    const href = await page.locator('#print-pdf').getAttribute('href');
    const pdf = await context.request.get(`${url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Back to the inbox of this form: both selected → one PDF.
    await page.goto(`${url}/staff/inbox?form=${FORM}`);
    await containsText(page.locator('.inbox__count'), '2件中');
    await page.getByLabel('このページの申請をすべて選ぶ').check();
    const bulk = await downloaded(page, () => page.getByRole('button', { name: '選んだ申請をまとめてPDFにする（2件）' }).click());
    expect(bulk.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await containsText(page.locator('.bulk-bar ~ .status-line'), '2件のPDFをダウンロードしました。');

    // CSV in Shift_JIS: refused, with the receipt number, the column and the character.
    await page.getByLabel(/^Shift_JIS/).check();
    await page.getByRole('button', { name: 'CSVをダウンロード' }).click();
    await containsText(page.locator('.export'), 'Shift_JISでは書き出せない文字があるため');
    const refused = page.locator('.unencodable table');
    await containsText(refused, rn2);
    await containsText(refused, '𠮷');
    await containsText(refused, 'U+20BB7');
    await lacksText(refused, rn1);
    await shot(page, 'backoffice-04-csv-refused');
    await axe(page, 'inbox with a refused CSV');
    const csv = await downloaded(page, () => page.getByRole('button', { name: 'UTF-8（BOM付き）でダウンロードする' }).click());
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csv.bytes.toString('utf8');
    expect(csvText).toContain(rn1);
    expect(csvText).toContain(rn2);
    expect(csvText).toContain('𠮷田');

    // The counter: a mistyped digit is caught before the server is asked; then it opens.
    await page.getByRole('link', { name: '窓口で呼び出す' }).click();
    await hasText(page.locator('h1'), '窓口で申請を呼び出す');
    await axe(page, 'counter');
    const digits = rn1.replace(/-/g, '');
    const typo = digits.slice(0, 3) + String((Number(digits[3]) + 1) % 10) + digits.slice(4);
    let asked = 0;
    page.on('request', (r) => {
      if (r.url().includes('/api/staff/submissions/')) asked++;
    });
    await page.getByLabel('受付番号').fill(typo);
    await page.getByRole('button', { name: '申請を開く' }).click();
    await containsText(page.locator('.error-summary'), '受付番号が正しくありません');
    await isFocused(page.locator('.error-summary'));
    expect(asked).toBe(0);
    await shot(page, 'backoffice-05-counter-typo');
    await axe(page, 'counter with a typo');
    await page.getByLabel('受付番号').fill(digits);
    await page.keyboard.press('Enter');
    await hasText(page.locator('h1'), `申請 ${rn1}`);

    // Where the receipt QR code leads: /staff/r/<number> opens the submission.
    await page.goto(`${url}/staff/r/${rn2}`);
    await hasText(page.locator('h1'), `申請 ${rn2}`);
    await poll(() => new URL(page.url()).pathname).toBe(`/staff/submissions/${rn2}`);

    // 集計, from the form's page.
    await page.goto(`${url}/staff/forms/${FORM}`);
    await page.getByRole('link', { name: '集計を見る' }).click();
    await containsText(page.locator('h1'), '集計:');
    await containsText(page.locator('.lead'), '申請 2件');
    const topic = page.getByRole('figure', { name: /ご意見の分野/ });
    await hasCount(topic.locator('svg rect.chart__bar'), await topic.locator('tbody tr').count());
    for (const value of ['town-planning', 'welfare']) {
      const row = topic.locator('tbody tr', { has: page.getByRole('rowheader', { name: TOPICS[value], exact: true }) });
      await hasText(row.locator('td').first(), '1');
    }
    await hasCount(page.getByRole('figure', { name: /日ごとの申請数/ }).locator('svg rect.chart__bar'), 1);
    const aggregateCsv = await context.request.get(`${url}${await page.getByRole('link', { name: '集計をCSVでダウンロード' }).getAttribute('href')}`);
    expect(aggregateCsv.status()).toBe(200);
    expect(await aggregateCsv.text()).not.toContain('𠮷田'); // open data: no names
    await shot(page, 'backoffice-06-aggregate');
    await axe(page, 'aggregate');

    expect(problems, 'page errors in the staff app').toEqual([]);
    await context.close();
  });

  test('after 差戻し and the applicant’s correction, the clerk sees both versions; in English too', async () => {
    const { page, context, problems } = await openPage(browser, { ...DESKTOP, bypassCSP: true });
    await login(page, `/staff/submissions/${rn1}`, 'kouhou');
    await hasText(page.locator('h1'), `申請 ${rn1}`);
    const original = libraryForm(PATH).example.subject as string;
    await containsText(mainText(page), original);
    await page.locator('#status-to-returned').check();
    await page.getByLabel('コメント（任意）').fill('件名に場所を書き添えてください。');
    await page.getByRole('button', { name: '状態を変える' }).click();
    await containsText(page.locator('.notice--success'), '状態を「差戻し」にしました。');
    await hasCount(page.locator('#status-title ~ form input[type=radio]'), 2); // returned → in_progress, rejected

    // The applicant corrects through the status link (the public API the citizen app uses).
    const app = server.app as FastifyInstance;
    const current = await app.inject({ url: `/api/submissions/${token1}/answers` });
    expect(current.statusCode, current.body).toBe(200);
    const { answers, version } = current.json() as { answers: Record<string, unknown>; version?: number };
    const corrected = '北番町公民館東側の交差点の信号について';
    const put = await app.inject({ method: 'PUT', url: `/api/submissions/${token1}/answers`, payload: { version, answers: { ...answers, subject: corrected } } });
    expect(put.statusCode, put.body).toBe(200);

    await page.reload();
    await hasText(page.locator('h1'), `申請 ${rn1}`);
    await containsText(page.locator('.submission-meta'), '受付');
    await containsText(page.locator('section[aria-labelledby=answers-title]'), corrected);
    await containsText(page.locator('.timeline'), '件名に場所を書き添えてください。');
    const earlier = page.locator('.revision').first();
    await containsText(earlier.locator('summary'), '1回目に出された内容');
    await earlier.locator('summary').click();
    await containsText(earlier, original);
    await shot(page, 'backoffice-11-revisions');
    await axe(page, 'submission with an earlier revision');

    await page.getByRole('button', { name: 'English' }).click();
    await hasText(page.locator('h1'), `Submission ${rn1}`);
    await containsText(page.locator('#revisions-title'), 'Earlier answers');
    await containsText(page.locator('#notes-title'), 'Staff only');
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await axe(page, 'submission in English');
    await page.getByRole('button', { name: '日本語' }).click();
    await hasText(page.locator('h1'), `申請 ${rn1}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('on a 360px phone the pages reflow without sideways scrolling', async () => {
    const { context, page, problems } = await openPage(browser, { ...PHONE, bypassCSP: true });
    await login(page, '/staff/inbox', 'kouhou');
    await hasText(page.locator('h1'), '受付一覧');
    await containsText(page.locator('tbody'), rn1);
    await noHorizontalScroll(page, 'inbox');
    await shot(page, 'backoffice-07-inbox-phone');
    await axe(page, 'inbox on a phone');
    await page.getByRole('link', { name: rn1 }).click();
    await hasText(page.locator('h1'), `申請 ${rn1}`);
    await noHorizontalScroll(page, 'submission');
    await shot(page, 'backoffice-08-submission-phone');
    expect(await smallTargets(page), 'targets under 44px on the submission page').toEqual([]);
    for (const path of ['/staff/inbox', '/staff/counter', `/staff/forms/${FORM}/aggregate`, `/staff/audit`]) {
      await page.goto(`${url}${path}`);
      await poll(() => page.locator('h1').count()).toBe(1);
      await containsText(page.locator('main'), path.includes('aggregate') ? '申請 2件' : path.includes('audit') ? '権限がありません' : '受付番号');
      await noHorizontalScroll(page, path);
      expect(await smallTargets(page), `targets under 44px on ${path}`).toEqual([]);
      await axe(page, `${path} on a phone`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('an administrator finds the views in the audit log; another department sees nothing', async () => {
    const admin = await openPage(browser, { ...DESKTOP, bypassCSP: true });
    await login(admin.page, '/staff/', 'kanri');
    await admin.page.getByRole('link', { name: '監査ログ' }).click();
    await hasText(admin.page.locator('h1'), '監査ログ');
    await admin.page.getByLabel('受付番号').fill(rn2.replace(/-/g, ''));
    await admin.page.getByLabel('操作').selectOption('submission.view');
    await admin.page.getByRole('button', { name: 'この条件で絞り込む' }).click();
    await poll(() => new URL(admin.page.url()).searchParams.get('action')).toBe('submission.view');
    const rows = admin.page.locator('tbody tr');
    await poll(() => rows.count()).toBeGreaterThan(0);
    await containsText(rows.first(), 'kouhou');
    await containsText(rows.first(), rn2);
    await containsText(rows.first(), '閲覧');
    await shot(admin.page, 'backoffice-09-audit');
    await axe(admin.page, 'audit');
    // The attachment download is recorded too.
    await admin.page.goto(`${url}/staff/audit?action=attachment.download`);
    await containsText(admin.page.locator('tbody'), rn2);
    // The export is there too, with every receipt number it held.
    await admin.page.goto(`${url}/staff/audit?action=submission.export`);
    await containsText(admin.page.locator('tbody'), 'kouhou');
    await containsText(admin.page.locator('tbody'), rn1);

    // An administrator processes every department: 51 filings of another form, in pages of 50.
    await admin.page.getByRole('link', { name: '受付一覧' }).click();
    await admin.page.getByLabel('フォーム', { exact: true }).selectOption(MANY);
    await admin.page.getByLabel('並び順').selectOption('createdAt');
    await admin.page.getByRole('button', { name: 'この条件で絞り込む' }).click();
    await containsText(admin.page.locator('.inbox__count'), '51件中 1〜50件目');
    await hasCount(admin.page.locator('tbody tr'), 50);
    await hasText(admin.page.locator('tbody tr').first().locator('th'), many[0]!); // oldest first
    await containsText(admin.page.getByRole('navigation', { name: 'ページ送り' }), '1 / 2 ページ');
    await admin.page.getByRole('link', { name: '次のページ' }).click();
    await containsText(admin.page.locator('.inbox__count'), '51件中 51〜51件目');
    await hasText(admin.page.locator('tbody tr').first().locator('th'), many[50]!);
    await axe(admin.page, 'inbox, second page');
    await admin.page.getByRole('link', { name: '前のページ' }).click();
    await containsText(admin.page.locator('.inbox__count'), '51件中 1〜50件目');
    expect(admin.problems).toEqual([]);
    await admin.context.close();

    const other = await openPage(browser, { ...DESKTOP, bypassCSP: true });
    await login(other.page, `/staff/submissions/${rn2}`, 'kosodate');
    await containsText(other.page.locator('main'), '見つかりませんでした');
    await lacksText(other.page.locator('main'), SECOND_SUBJECT);
    await axe(other.page, 'submission of another department');
    await other.page.goto(`${url}/staff/inbox?q=${rn2}`);
    await containsText(other.page.locator('.inbox__count'), '条件に合う申請はありません。');
    await other.page.goto(`${url}/staff/audit`);
    await containsText(other.page.locator('main'), '権限がありません');
    await hasCount(other.page.getByRole('link', { name: '監査ログ' }), 0);
    expect(other.problems).toEqual([]);
    await other.context.close();
  });

  test('a designer uploads the city’s PDF form, maps its fields and opens the sample', async () => {
    const pdfPath = join(tmpdir(), `madoguchi-layout-${process.pid}.pdf`);
    writeFileSync(pdfPath, await cityPdf());
    const { context, page, problems } = await openPage(browser, { ...DESKTOP, bypassCSP: true });
    await login(page, `/staff/forms/${FORM}`, 'sekkei');
    await page.getByRole('link', { name: '紙の様式（PDF）を設定する' }).click();
    await containsText(page.locator('h1'), '紙の様式:');
    await axe(page, 'layouts (empty)');
    await page.getByRole('button', { name: 'アップロードする' }).click();
    await containsText(page.locator('.error-summary'), 'PDFファイルを選んでください。');
    await page.getByLabel('様式の名前').fill('市民の声 様式第1号');
    await page.getByLabel('PDFファイル').setInputFiles(pdfPath);
    await page.getByRole('button', { name: 'アップロードする' }).click();
    await containsText(page.locator('main'), '「市民の声 様式第1号」をアップロードしました。');
    await containsText(page.locator('.mapping'), '2ページ・入力欄 2個');
    await page.getByLabel(/^欄「shimei」/).selectOption('/contactName');
    await page.getByLabel(/^欄「henshin」/).selectOption('/replyWanted');
    await page.getByRole('button', { name: '印字位置を追加' }).click();
    await page.getByLabel('印字する内容').selectOption('receiptNumber');
    await page.getByLabel('ページ', { exact: true }).selectOption('2');
    await page.getByLabel(/^x/).fill('9999'); // off the page: refused by the server, by the input
    await page.getByRole('button', { name: '割り当てを保存する' }).click();
    await isFocused(page.locator('.error-summary'));
    await poll(() => page.locator('#layout-pos-0-x').getAttribute('aria-invalid')).toBe('true');
    await axe(page, 'layout mapping refused');
    await page.getByLabel(/^x/).fill('72');
    await page.getByRole('button', { name: '割り当てを保存する' }).click();
    await containsText(page.locator('.mapping .notice--success'), '保存しました。');
    await shot(page, 'backoffice-10-layout');
    await axe(page, 'layout mapping');
    const sample = await context.request.get(`${url}${await page.locator('#layout-sample').getAttribute('href')}`);
    expect(sample.status()).toBe(200);
    expect(sample.headers()['content-type']).toContain('application/pdf');
    const printed = await PDFDocument.load(await sample.body());
    expect(printed.getPageCount()).toBe(2);

    // A second upload without a name takes the file's; deleting asks first.
    await hasValue(page.getByLabel('PDFファイル'), '');
    await page.getByLabel('PDFファイル').setInputFiles(pdfPath);
    await page.getByRole('button', { name: 'アップロードする' }).click();
    const fileName = pdfPath.split('/').pop()!.replace(/\.pdf$/, '');
    await containsText(page.locator('main'), `「${fileName}」をアップロードしました。`);
    await hasCount(page.locator('.layout-list__item'), 2);
    await page.getByRole('button', { name: `「${fileName}」を削除` }).click();
    await containsText(page.getByRole('alertdialog'), 'よろしいですか');
    await axe(page, 'layout delete confirmation');
    await page.getByRole('alertdialog').getByRole('button', { name: `「${fileName}」を削除` }).click();
    await containsText(page.locator('main'), `「${fileName}」を削除しました。`);
    await hasCount(page.locator('.layout-list__item'), 1);
    expect(problems).toEqual([]);
    await context.close();

    // A clerk now prints a submission on it from the submission page.
    const clerk = await openPage(browser, { ...DESKTOP, bypassCSP: true });
    await login(clerk.page, `/staff/submissions/${rn1}`, 'kouhou');
    await hasText(clerk.page.locator('h1'), `申請 ${rn1}`);
    await poll(() => clerk.page.locator('#print-layout option').allTextContents()).toEqual(['市民の声 様式第1号']);
    const onLayout = await clerk.context.request.get(`${url}${await clerk.page.locator('#print-layout-pdf').getAttribute('href')}`);
    expect(onLayout.headers()['content-type']).toContain('application/pdf');
    const filled = await PDFDocument.load(await onLayout.body());
    expect(filled.getPageCount()).toBe(2);
    await axe(clerk.page, 'submission with a paper layout');
    await clerk.context.close();
  });

  test('at the counter, the QR code of the receipt held to the camera opens the submission', async () => {
    // The server's own QR code, drawn by a browser, becomes the fake camera's picture.
    const svg = await server.app.inject({ url: `/api/receipts/${rn1}/qr.svg` });
    expect(svg.statusCode).toBe(200);
    const y4m = join(tmpdir(), `madoguchi-qr-${process.pid}.y4m`);
    writeFileSync(y4m, await cameraFrame(svg.body));
    const camera = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-dev-shm-usage',
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${y4m}`,
      ],
    });
    try {
      const { context, page, problems } = await openPage(camera, { viewport: { width: 1024, height: 768 }, hasTouch: true, bypassCSP: true });
      await context.grantPermissions(['camera'], { origin: url });
      await login(page, '/staff/counter', 'kouhou');
      await hasText(page.locator('h1'), '窓口で申請を呼び出す');
      await page.getByRole('button', { name: 'カメラで読み取る' }).click();
      await hasText(page.locator('h1'), `申請 ${rn1}`);
      await poll(() => new URL(page.url()).pathname).toBe(`/staff/submissions/${rn1}`);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await camera.close();
    }
  });
});

/** Buttons and inputs a finger would miss: under 44px high (our rule for the counter's tablets). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.button, .input, .site-nav a')]
      .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().height < 44)
      .map((el) => `${el.tagName} ${el.textContent?.trim() || el.id}`),
  );
}

/** A 2-page city form with AcroForm fields: a text box for the name, a check box for 回答希望. */
async function cityPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const p1 = doc.addPage([595, 842]);
  doc.addPage([595, 842]);
  const form = doc.getForm();
  form.createTextField('shimei').addToPage(p1, { x: 100, y: 700, width: 200, height: 20 });
  form.createCheckBox('henshin').addToPage(p1, { x: 100, y: 650, width: 14, height: 14 });
  return doc.save();
}

/** One 640×480 frame (YUV 4:2:0, the format chromium's fake camera reads) of the SVG, drawn by chromium. */
async function cameraFrame(svg: string): Promise<Buffer> {
  const W = 640;
  const H = 480;
  const page = await browser.newPage({ viewport: { width: W, height: H } });
  await page.setContent(
    `<body style="margin:0;background:#fff;display:flex;align-items:center;justify-content:center;height:${H}px"><img style="width:360px;height:360px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  const png = PNG.sync.read(await page.screenshot({ type: 'png' }));
  await page.close();
  const y = Buffer.alloc(W * H);
  for (let i = 0; i < W * H; i++) {
    const [r, g, b] = [png.data[i * 4]!, png.data[i * 4 + 1]!, png.data[i * 4 + 2]!];
    y[i] = Math.round(16 + (219 * (0.299 * r + 0.587 * g + 0.114 * b)) / 255);
  }
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), Buffer.from('FRAME\n'), y, chroma]);
}
