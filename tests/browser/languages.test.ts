// A Vietnamese resident files 罹災証明書 on a 360×740 phone entirely in Tiếng Việt (the
// form itself has no Vietnamese translation: its texts show in Japanese, marked lang="ja",
// with one note saying so), makes a mistake and reads the message in Vietnamese, and
// switches languages halfway without losing what was typed. A Japanese resident files the
// same answers in Japanese the way Japanese residents type them. The office must receive
// the same canonical answers from both: ISO dates, full-width katakana, 〒NNN-NNNN,
// half-width phone digits. Every page is screenshotted and checked with axe-core.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inputId } from '../../web/citizen/lib/pointer.ts';
import { PHONE, axe, containsText, ensureBuilt, hasAttr, hasCount, hasText, hasValue, isFocused, isVisible, lacksText, launchChromium, noHorizontalScroll, openPage, poll, shot } from '../helpers/browser.ts';
import { choose, h1, sel, type } from '../helpers/wizard.ts';
import { type TestApp, createTestApp } from '../helpers/app.ts';
import { TEST_PASSWORD, createStaffUser } from '../helpers/staff.ts';

let server: TestApp;
let url = '';
let browser: Browser;
let clerk: (path: string) => Promise<{ status: number; body: any }>;

/** A clerk of 税務課 (罹災証明書), logged in over HTTP like the staff app. */
async function clerkSession(): Promise<typeof clerk> {
  const login = 'clerk-zeimu';
  await createStaffUser(server.app, { login, roles: [{ department: '税務課', role: 'clerk' }] });
  const res = await fetch(`${url}/api/staff/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: TEST_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  return async (path) => {
    const r = await fetch(`${url}${path}`, { headers: { cookie } });
    return { status: r.status, body: await r.json() };
  };
}

beforeAll(async () => {
  ensureBuilt();
  browser = await launchChromium(); // fails (never skips) without chromium
  server = await createTestApp();
  url = await server.app.listen({ port: 0, host: '127.0.0.1' });
  clerk = await clerkSession();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function address(page: Page, pointer: string, postal: string, rest: string): Promise<void> {
  await page.locator(sel(`${pointer}/postalCode`)).fill(postal);
  await poll(() => page.locator(sel(`${pointer}/address1`)).inputValue()).toBe('静岡県静岡市葵区北番町');
  await type(page, `${pointer}/address2`, rest);
}

async function wareki(page: Page, pointer: string, era: string, year: string, month: string, day: string): Promise<void> {
  await page.locator(sel(pointer)).selectOption(era);
  await page.locator(`[id="${inputId(pointer)}-year"]`).fill(year);
  await page.locator(`[id="${inputId(pointer)}-month"]`).fill(month);
  await page.locator(`[id="${inputId(pointer)}-day"]`).fill(day);
  await page.locator(`[id="${inputId(pointer)}-day"]`).blur();
}

/** 西暦: year (the field's own input), month, day. */
async function seireki(page: Page, pointer: string, year: string, month: string, day: string): Promise<void> {
  await page.locator(sel(pointer)).fill(year);
  await page.locator(`[id="${inputId(pointer)}-month"]`).fill(month);
  await page.locator(`[id="${inputId(pointer)}-day"]`).fill(day);
  await page.locator(`[id="${inputId(pointer)}-day"]`).blur();
}

/** The 和暦/西暦 choice inside one date question. */
const dateMode = (page: Page, pointer: string, name: string) => page.locator(`[id="${inputId(pointer)}-fieldset"]`).getByRole('button', { name, exact: true });

const TEXTS = {
  ja: { next: '次へ', check: '入力内容の確認', send: '送信する', done: '申請を受け付けました', yes: 'はい' },
  vi: { next: 'Tiếp theo', check: 'Xác nhận nội dung', send: 'Gửi', done: 'Đã nhận đơn của bạn', yes: 'Có' },
};

async function check(page: Page, name: string): Promise<void> {
  await shot(page, `languages-${name}`);
  await axe(page, name);
  await noHorizontalScroll(page, name);
}

/** Pages 2 to 7 of 罹災証明書, the same answers in either language; ends on the check page. */
async function restOfRisai(page: Page, lang: 'ja' | 'vi', dates: (page: Page) => Promise<void>): Promise<void> {
  const x = TEXTS[lang];
  const next = async (title: string) => {
    await page.getByRole('button', { name: x.next, exact: true }).click();
    await hasText(h1(page), title);
  };
  await next('罹災された方');
  await choose(page, '申請者は、被害を受けた世帯の世帯主', x.yes);
  await check(page, `${lang}-02-victim`);
  await next('災害の状況');
  await dates(page);
  await choose(page, '罹災原因', '大雨');
  await type(page, '/disasterName', '令和8年9月19日からの大雨');
  await check(page, `${lang}-03-disaster`);
  await next('被害を受けた建物');
  await address(page, '/propertyAddress', lang === 'vi' ? '4200005' : '420-0005', '12番地の3');
  await choose(page, '建物との関係', '所有者であり、居住している');
  await choose(page, '建物の種類', '住家（現に人が住んでいる建物）');
  await choose(page, '建物の構造', '木造');
  await check(page, `${lang}-04-property`);
  await next('被害の内容');
  await choose(page, '浸水の状況', '床上浸水');
  await type(page, '/damageDescription', 'Nước ngập vào nhà khoảng 40 cm.');
  await check(page, `${lang}-05-damage`);
  await next('必要な部数と使いみち');
  await type(page, '/copies', lang === 'vi' ? '２' : '2');
  await choose(page, '証明書の使いみち', '保険金・共済金の請求');
  await choose(page, '証明書の使いみち', '税・保険料の減免');
  await choose(page, '証明書の受け取り方法', '郵送（申請者の住所あて）');
  await check(page, `${lang}-06-certificate`);
  await next('確認と同意');
  await page.locator(sel('/consentInvestigation')).check();
  await page.locator(sel('/consentAccuracy')).check();
  await check(page, `${lang}-07-consent`);
  await next(x.check);
}

async function submit(page: Page, lang: 'ja' | 'vi'): Promise<string> {
  await page.getByRole('button', { name: TEXTS[lang].send, exact: true }).click();
  await hasText(h1(page), TEXTS[lang].done);
  const receipt = ((await page.locator('.receipt-number').textContent()) ?? '').trim();
  expect(receipt).toMatch(/^\d{4}-\d{4}-\d{2}$/);
  return receipt;
}

async function storedAnswers(receipt: string): Promise<Record<string, unknown>> {
  const filed = await clerk(`/api/staff/submissions/${receipt}`);
  expect(filed.status).toBe(200);
  return filed.body.answers as Record<string, unknown>;
}

describe('languages, on a phone', () => {
  let viAnswers: Record<string, unknown> = {};

  test('files 罹災証明書 entirely in Tiếng Việt, switching languages halfway without losing answers', async () => {
    const { context, page, problems } = await openPage(browser, { ...PHONE, bypassCSP: true });
    await page.goto(url);
    await hasText(h1(page), '手続きを選ぶ');

    // All seven languages, each by its own name; Tiếng Việt loads on demand.
    // The group is named in the current language (表示言語, Ngôn ngữ, 표시 언어...).
    const switcher = page.locator('.lang-switch');
    await hasAttr(switcher, 'aria-label', '表示言語');
    for (const name of ['日本語', 'やさしい日本語', 'English', '简体中文', '한국어', 'Tiếng Việt', 'Português (Brasil)']) {
      await isVisible(switcher.getByRole('button', { name, exact: true }));
    }
    await switcher.getByRole('button', { name: 'Tiếng Việt' }).click();
    await hasText(h1(page), 'Chọn thủ tục');
    await hasAttr(switcher, 'aria-label', 'Ngôn ngữ');
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await hasAttr(page.getByRole('button', { name: 'Tiếng Việt' }), 'aria-pressed', 'true');
    await check(page, 'vi-00-list');
    await page.getByRole('link', { name: '罹災証明書交付申請' }).click();

    // Page 1: the form's own texts are Japanese (marked so), and the page says so once.
    await hasText(h1(page), '申請者');
    await hasCount(h1(page).locator('[lang="ja"]'), 1);
    await hasCount(page.locator('.notice', { hasText: 'Một số phần của thủ tục này chỉ có bằng tiếng Nhật.' }), 1);
    // フリガナ explains itself in Vietnamese.
    await containsText(page.locator(`[id="${inputId('/applicantName')}-hint"]`), 'Hãy viết cách đọc tên của bạn bằng chữ katakana (ví dụ ヤマダ タロウ). Nếu không viết được, hãy hỏi tại quầy.');
    await page.locator(sel('/applicantName/family')).fill('山田');
    await page.locator(sel('/applicantName/given')).fill('太郎');
    await type(page, '/applicantName/familyKana', 'やまだ'); // hiragana becomes katakana
    await type(page, '/applicantName/givenKana', 'ﾀﾛｳ'); // half-width kana too
    await hasValue(page.locator(sel('/applicantName/familyKana')), 'ヤマダ');
    // The birth date in the Western calendar, as most foreign residents know it.
    await dateMode(page, '/applicantBirthDate', 'Dương lịch').click();
    await hasAttr(dateMode(page, '/applicantBirthDate', 'Dương lịch'), 'aria-pressed', 'true');
    await seireki(page, '/applicantBirthDate', '1975', '6', '14');
    await address(page, '/applicantAddress', '4200005', '12番地の3');
    await containsText(page.locator(`[id="${inputId('/applicantAddress')}-status"]`), 'Đã điền địa chỉ');
    await type(page, '/applicantEmail', 'taro.yamada@example.jp');
    await page.locator(`[id="${inputId('/applicantEmail')}-confirm"]`).fill('taro.yamada@example.jp');

    // The phone number is forgotten: the summary and the field say so in Vietnamese.
    await page.getByRole('button', { name: 'Tiếp theo', exact: true }).click();
    const summary = page.locator('.error-summary');
    await isFocused(summary);
    await containsText(summary, 'Có nội dung cần sửa');
    await containsText(summary, 'Hãy nhập "電話番号".');
    await containsText(page.locator(`[id="${inputId('/applicantPhone')}-error"]`), 'Hãy nhập "電話番号".');
    await check(page, 'vi-01-error');

    // Halfway through, 한국어 then やさしい日本語: everything typed stays, texts change.
    await switcher.getByRole('button', { name: '한국어' }).click();
    await hasText(page.getByRole('button', { name: '다음', exact: true }), '다음');
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await containsText(summary, '"電話番号"을(를) 입력해 주세요.');
    await hasValue(page.locator(sel('/applicantName/family')), '山田');
    await hasValue(page.locator(sel('/applicantName/familyKana')), 'ヤマダ');
    await hasValue(page.locator(sel('/applicantBirthDate')), '1975');
    await hasValue(page.locator(`[id="${inputId('/applicantBirthDate')}-day"]`), '14');
    await hasValue(page.locator(sel('/applicantAddress/address1')), '静岡県静岡市葵区北番町');
    await hasValue(page.locator(`[id="${inputId('/applicantEmail')}-confirm"]`), 'taro.yamada@example.jp');
    await check(page, 'vi-01-ko');
    await switcher.getByRole('button', { name: 'やさしい日本語' }).click();
    await containsText(summary, '「電話番号」を書いてください。');
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await containsText(page.locator(`[id="${inputId('/applicantName')}-hint"]`), 'わからないときは、窓口（まどぐち）で聞いてください。');
    await hasValue(page.locator(sel('/applicantName/given')), '太郎');
    await check(page, 'vi-01-ja-easy');
    await switcher.getByRole('button', { name: 'Tiếng Việt' }).click();
    await containsText(summary, 'Hãy nhập "電話番号".');
    await hasValue(page.locator(sel('/applicantName/givenKana')), 'タロウ');

    await summary.getByRole('link').first().click();
    await type(page, '/applicantPhone', '０９０ー１２３４ー５６７８'); // full-width, as IMEs type it
    await hasValue(page.locator(sel('/applicantPhone')), '090-1234-5678');
    await hasCount(summary, 0);
    await check(page, 'vi-01-applicant');

    await restOfRisai(page, 'vi', async (p) => {
      // The 西暦 choice holds for the next date too; here the citizen goes back to 和暦.
      await hasAttr(dateMode(p, '/disasterDate', 'Dương lịch'), 'aria-pressed', 'true');
      await dateMode(p, '/disasterDate', 'Lịch Nhật (Reiwa…)').click();
      await wareki(p, '/disasterDate', 'reiwa', '8', '9', '19');
      await containsText(p.locator('.wareki__seireki'), 'Dương lịch: 19 tháng 9, 2026');
    });

    // The check page in Vietnamese: dates read in Vietnamese.
    await containsText(page.locator('main'), '14 tháng 6, 1975');
    await containsText(page.locator('main'), 'ヤマダ\u3000タロウ');
    await hasCount(page.locator('.notice', { hasText: 'Một số phần của thủ tục này chỉ có bằng tiếng Nhật.' }), 1);
    await check(page, 'vi-08-check');
    const receipt = await submit(page, 'vi');
    await check(page, 'vi-09-done');
    // The status page speaks Vietnamese too.
    await page.getByRole('link', { name: 'Xem tình trạng đơn' }).click();
    await hasText(h1(page), 'Tình trạng đơn');
    await containsText(page.locator('main'), receipt);
    await hasText(page.locator('.status-tag'), 'Đã tiếp nhận');
    await check(page, 'vi-10-status');

    viAnswers = await storedAnswers(receipt);
    expect(viAnswers.applicantBirthDate).toBe('1975-06-14');
    expect(viAnswers.disasterDate).toBe('2026-09-19');
    expect(viAnswers.applicantName).toEqual({ family: '山田', given: '太郎', familyKana: 'ヤマダ', givenKana: 'タロウ' });
    expect(viAnswers.applicantAddress).toEqual({ postalCode: '420-0005', address1: '静岡県静岡市葵区北番町', address2: '12番地の3' });
    expect(viAnswers.propertyAddress).toMatchObject({ postalCode: '420-0005' });
    expect(viAnswers.applicantPhone).toBe('090-1234-5678');
    expect(viAnswers.copies).toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  test('the same answers filed in Japanese are stored exactly alike', async () => {
    expect(Object.keys(viAnswers).length).toBeGreaterThan(0);
    const { context, page, problems } = await openPage(browser, { ...PHONE, bypassCSP: true });
    await page.goto(`${url}/forms/risai-shomei/p/1`);
    await hasText(h1(page), '申請者');
    // Japanese needs neither the note nor the explanation of フリガナ.
    await hasCount(page.locator('.notice', { hasText: '日本語だけで' }), 0);
    await lacksText(page.locator(`[id="${inputId('/applicantName')}-hint"]`), '窓口');
    await page.locator(sel('/applicantName/family')).fill('山田');
    await page.locator(sel('/applicantName/given')).fill('太郎');
    await type(page, '/applicantName/familyKana', 'ヤマダ');
    await type(page, '/applicantName/givenKana', 'タロウ');
    await hasAttr(dateMode(page, '/applicantBirthDate', '和暦（令和など）'), 'aria-pressed', 'true');
    await wareki(page, '/applicantBirthDate', 'showa', '50', '6', '14');
    await address(page, '/applicantAddress', '420-0005', '12番地の3');
    await type(page, '/applicantEmail', 'taro.yamada@example.jp');
    await page.locator(`[id="${inputId('/applicantEmail')}-confirm"]`).fill('taro.yamada@example.jp');
    await type(page, '/applicantPhone', '090-1234-5678');
    await check(page, 'ja-01-applicant');
    await restOfRisai(page, 'ja', async (p) => {
      await wareki(p, '/disasterDate', 'reiwa', '8', '9', '19');
      await hasText(p.locator('.wareki__seireki'), '西暦 2026年9月19日');
    });
    await containsText(page.locator('main'), '昭和50年（1975年）6月14日');
    const receipt = await submit(page, 'ja');
    expect(await storedAnswers(receipt)).toEqual(viAnswers);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
