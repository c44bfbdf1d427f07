// WCAG 2.2 AA / JIS X 8341-3:2016 AA, proven in a real browser against the real server:
// a keyboard alone files 児童手当 認定請求 (every page of it, a repeating group, a date, a
// wareki date, a postal-code auto-fill and an attachment) with a visible focus ring on every
// stop and focus moving down the page; on every citizen page axe-core finds nothing (also
// with 文字を大きく and 色の組み合わせを見やすく on), the page reflows at 320 CSS px and at
// 200% text without sideways scrolling, and every target is at least 44×44 px on a phone.
// The other browser tests run axe too; this file adds what they leave out (each page of a
// long form, the display modes, the keyboard, reflow at 320px, target sizes).
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inputId } from '../../web/citizen/lib/pointer.ts';
import { DESKTOP, PHONE, axe, containsText, ensureBuilt, hasAttr, hasText, isFocused, launchChromium, noHorizontalScroll, openPage, poll, shot } from '../helpers/browser.ts';
import { type TestApp, createTestApp } from '../helpers/app.ts';
import { TEST_PASSWORD, createStaffUser } from '../helpers/staff.ts';

let app: TestApp;
let server: { url: string };
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  browser = await launchChromium(); // fails (never skips) without chromium
  app = await createTestApp();
  server = { url: await app.app.listen({ port: 0, host: '127.0.0.1' }) };
  await createStaffUser(app.app as FastifyInstance, { login: 'kubo', displayName: '久保 一郎', roles: [{ department: '子育て支援課', role: 'clerk' }] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const id = (pointer: string) => inputId(pointer);
const css = (pointer: string) => `[id="${inputId(pointer)}"]`;

// --- what every page must pass -----------------------------------------------------------

/**
 * Every interactive element at least 44×44 CSS px (WCAG 2.5.5 at the size the issue asks; AA's
 * 2.5.8 asks 24). A radio or checkbox counts with its label row, which is what is tapped.
 * Exempt, as WCAG 2.5.8 exempts them: links inline in running text (a sentence with a link in
 * it), whose size is set by the line of text.
 */
async function touchTargets(page: Page, name: string): Promise<void> {
  const small = await page.evaluate(() => {
    const out: string[] = [];
    const all = document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])');
    for (const el of all) {
      const style = getComputedStyle(el);
      let r = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || (r.width === 0 && r.height === 0)) continue;
      if (el.classList.contains('skip-link') && r.bottom <= 0) continue; // off screen until focused (then checked)
      if (el.matches('input[type=radio], input[type=checkbox]')) r = (el.closest('.choice') ?? el).getBoundingClientRect();
      if (el.tagName === 'A' && style.display === 'inline') {
        const block = el.parentElement;
        const inRunningText = block !== null && (block.textContent ?? '').trim() !== (el.textContent ?? '').trim();
        if (inRunningText) continue;
      }
      if (r.width < 44 - 0.5 || r.height < 44 - 0.5) {
        out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? '').trim().slice(0, 24)}” ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
      }
    }
    return out;
  });
  expect(small, `targets under 44×44 on ${name}`).toEqual([]);
}

/** axe-core's AAA contrast rule (7:1, 4.5:1 for large text): the high-contrast mode passes it. */
async function enhancedContrast(page: Page, name: string): Promise<void> {
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: object): Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
  });
  expect(violations, `contrast under 7:1 on ${name} in high contrast`).toEqual([]);
}

async function setDisplay(page: Page, classes: string[]): Promise<void> {
  await page.evaluate((c) => {
    document.documentElement.classList.remove('display-large', 'display-contrast');
    document.documentElement.classList.add(...c);
  }, classes);
}

/**
 * The checks of one page, as it is now: axe, targets and no sideways scroll on the phone;
 * reflow at 320 CSS px and at 320 px with the text at 200% (the root font size, which every
 * size in the stylesheet follows, as a browser's text-only zoom does); axe again with large
 * text and high contrast on. Screenshots of each. Leaves the page as it found it.
 */
async function checkPage(page: Page, name: string): Promise<void> {
  await axe(page, name);
  await noHorizontalScroll(page, name);
  await touchTargets(page, name);
  await page.setViewportSize({ width: 320, height: 640 });
  await noHorizontalScroll(page, `${name} at 320px`);
  await shot(page, `a11y-${name}-320`);
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await noHorizontalScroll(page, `${name} at 320px with 200% text`);
  await shot(page, `a11y-${name}-320-text200`);
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  await page.setViewportSize(PHONE.viewport);
  await setDisplay(page, ['display-large', 'display-contrast']);
  await axe(page, `${name} with large text and high contrast`);
  await enhancedContrast(page, name);
  await noHorizontalScroll(page, `${name} with large text`);
  await touchTargets(page, `${name} with large text`);
  await shot(page, `a11y-${name}-large-contrast`);
  await setDisplay(page, []);
}

// --- the keyboard ---------------------------------------------------------------------------

interface Stop {
  desc: string;
  same: boolean;
  following: boolean;
  top: number;
  bottom: number;
  prevTop: number;
  ring: boolean;
}

/**
 * Only keyboard.press and keyboard.type move and act; the page is read (never clicked) to
 * know where focus is. Each Tab stop must show a focus indicator (an outline of 2px or more,
 * or a box-shadow ring) and come after the previous stop, in the document and on screen
 * (it never lands wholly above the previous one).
 */
class Keyboard {
  stops = 0;
  constructor(private page: Page) {}

  /** Focus was moved by the page (a new page's h1, the error summary): order starts again. */
  async restart(): Promise<void> {
    await this.page.evaluate(() => ((window as unknown as { prevFocus?: Element | null }).prevFocus = document.activeElement));
  }

  async tab(): Promise<void> {
    await this.page.keyboard.press('Tab');
    this.stops++;
    const stop: Stop = await this.page.evaluate(() => {
      const w = window as unknown as { prevFocus?: Element | null };
      const el = document.activeElement as HTMLElement;
      const prev = w.prevFocus ?? null;
      const r = el.getBoundingClientRect();
      const pr = prev && prev !== document.body ? prev.getBoundingClientRect() : null;
      const s = getComputedStyle(el);
      const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow !== 'none' && s.boxShadow !== '');
      w.prevFocus = el;
      return {
        desc: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(el.textContent ?? '').trim().slice(0, 24)}”`,
        same: prev === el,
        following: prev === null || prev === document.body || !!(prev.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
        top: r.top + scrollY,
        bottom: r.bottom + scrollY,
        prevTop: pr ? pr.top + scrollY : -Infinity,
        ring,
      };
    });
    expect(stop.ring, `visible focus indicator on ${stop.desc}`).toBe(true);
    if (!stop.same) {
      expect(stop.following, `focus order: ${stop.desc} comes after the previous stop`).toBe(true);
      expect(stop.bottom, `focus order: ${stop.desc} is not above the previous stop`).toBeGreaterThan(stop.prevTop);
    }
  }

  /** Tabs until the focused element matches `selector`. */
  async to(selector: string, max = 40): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await this.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await this.tab();
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  async fill(pointer: string, value: string): Promise<void> {
    await this.to(css(pointer));
    await this.page.keyboard.type(value);
  }

  /** Tabs into the radio group, then arrows to the option whose label matches. */
  async radio(pointer: string, label: RegExp): Promise<void> {
    await this.to(`input[type=radio][name="${id(pointer)}"]`);
    const current = () => this.page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent ?? '');
    if (label.test(await current())) {
      await this.page.keyboard.press('Space');
      return;
    }
    for (let i = 0; i < 12; i++) {
      await this.page.keyboard.press('ArrowDown');
      if (label.test(await current())) return;
    }
    throw new Error(`no option ${String(label)} in ${pointer}`);
  }

  /** A wareki date: era by arrows in the select, then year, month and day typed. */
  async wareki(pointer: string, era: string, y: string, m: string, d: string): Promise<void> {
    await this.to(css(pointer));
    for (let i = 0; i < 8 && (await this.page.locator(css(pointer)).inputValue()) !== era; i++) await this.page.keyboard.press('ArrowDown');
    expect(await this.page.locator(css(pointer)).inputValue()).toBe(era);
    await this.to(`[id="${id(pointer)}-year"]`);
    await this.page.keyboard.type(y);
    await this.to(`[id="${id(pointer)}-month"]`);
    await this.page.keyboard.type(m);
    await this.to(`[id="${id(pointer)}-day"]`);
    await this.page.keyboard.type(d);
  }

  async button(name: RegExp): Promise<void> {
    await this.page.evaluate((src) => ((window as unknown as { wanted: RegExp }).wanted = new RegExp(src)), name.source);
    for (let i = 0; i < 60; i++) {
      const hit = await this.page.evaluate(() => {
        const el = document.activeElement;
        return !!el && /^(BUTTON|A)$/.test(el.tagName) && (window as unknown as { wanted: RegExp }).wanted.test((el.textContent ?? '').trim());
      });
      if (hit) return;
      await this.tab();
    }
    throw new Error(`Tab never reached ${String(name)}`);
  }

  /** Presses Enter on the button or link and waits for the next page's h1. */
  async go(name: RegExp, title: string): Promise<void> {
    await this.button(name);
    await this.page.keyboard.press('Enter');
    await poll(() => this.page.locator('h1').textContent()).toBe(title);
    await this.restart();
  }
}

async function passbookPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('passbook', { x: 50, y: 780, size: 24 });
  return Buffer.from(await doc.save());
}

// --- the tests ------------------------------------------------------------------------------

describe('accessibility of the citizen app', () => {
  test('the keyboard alone files 児童手当 認定請求; every page passes axe, reflows at 320px and 200% text, has 44px targets, in both display modes', async () => {
    const { context, page, problems } = await openPage(browser, { ...PHONE, bypassCSP: true });
    const keys = new Keyboard(page);
    await page.goto(server.url);
    await hasText(page.locator('h1'), '手続きを選ぶ');
    await checkPage(page, 'list');

    // The skip link is the first stop and takes focus to main.
    await keys.tab();
    await isFocused(page.locator('.skip-link'));
    await touchTargets(page, 'list with the skip link shown');
    await page.keyboard.press('Enter');
    await isFocused(page.locator('main'));
    await keys.restart();
    await keys.to('#search, input[type=search], .search input');
    await page.keyboard.type('じどうてあて');
    await keys.go(/児童手当.*認定請求/, '請求の理由');

    // 請求の理由 — 次へ with nothing filed: the summary takes focus, links to each field.
    await checkPage(page, 'jidou-1-reason');
    await keys.button(/^次へ$/);
    await page.keyboard.press('Enter');
    const summary = page.locator('.error-summary');
    await isFocused(summary);
    await keys.restart();
    await containsText(summary, '請求の理由');
    await containsText(summary, '理由が生じた日');
    await shot(page, 'a11y-jidou-1-errors');
    await axe(page, 'page with the error summary');
    await touchTargets(page, 'page with the error summary');
    await setDisplay(page, ['display-large', 'display-contrast']);
    await axe(page, 'page with the error summary in large text and high contrast');
    await enhancedContrast(page, 'page with the error summary');
    await shot(page, 'a11y-jidou-1-errors-large-contrast');
    await setDisplay(page, []);
    await keys.tab(); // the summary's first link
    await isFocused(summary.getByRole('link').first());
    await page.keyboard.press('Enter');
    await isFocused(page.locator(css('/claimReason')));
    const reasonDescribedBy = (await page.locator(`[id="${id('/claimReason')}-fieldset"]`).getAttribute('aria-describedby')) ?? '';
    expect(reasonDescribedBy.split(' ')).toContain(`${id('/claimReason')}-error`);
    await containsText(page.locator(`[id="${id('/claimReason')}-error"]`), '請求の理由');
    const dateDescribedBy = (await page.locator(css('/eventDate')).getAttribute('aria-describedby')) ?? '';
    expect(dateDescribedBy.split(' ')).toContain(`${id('/eventDate')}-error`);
    await containsText(page.locator(`[id="${id('/eventDate')}-error"]`), '理由が生じた日');
    await keys.restart();
    await keys.radio('/claimReason', /^子が生まれた（第1子）$/);
    // The date input's parts follow the browser's own locale (Debian's chromium here: month,
    // day, year); each part moves on by itself when full.
    await keys.fill('/eventDate', '11012026');
    await poll(() => page.locator(css('/eventDate')).inputValue()).toBe('2026-11-01');
    await keys.go(/^次へ$/, '請求者');

    // 請求者
    await checkPage(page, 'jidou-2-claimant');
    await keys.fill('/claimantName/family', '佐藤');
    await keys.fill('/claimantName/given', '健一');
    await keys.fill('/claimantName/familyKana', 'サトウ');
    await keys.fill('/claimantName/givenKana', 'ケンイチ');
    await keys.wareki('/claimantBirthDate', 'showa', '55', '4', '12');
    await keys.fill('/claimantMyNumber', '204813579027');
    await keys.fill('/claimantPhone', '090-2345-6789');
    await keys.go(/^次へ$/, '住所とお仕事');

    // 住所とお仕事 — the 7th digit fills the address, and a live region says so.
    await checkPage(page, 'jidou-3-address');
    await keys.fill('/claimantAddress/postalCode', '4200839');
    await poll(() => page.locator(css('/claimantAddress/address1')).inputValue()).toBe('静岡県静岡市葵区鷹匠');
    const live = page.locator(`[id="${id('/claimantAddress')}-status"]`);
    await hasAttr(live, 'role', 'status'); // a polite live region, there before it speaks
    await containsText(live, '静岡県静岡市葵区鷹匠');
    await keys.fill('/claimantAddress/address2', '2丁目8番15号');
    await keys.fill('/occupation', '会社員');
    await keys.fill('/employerName', '株式会社駿河精機');
    await keys.radio('/pension', /^厚生年金保険/);
    await keys.go(/^次へ$/, '配偶者');

    await checkPage(page, 'jidou-4-spouse');
    await keys.radio('/hasSpouse', /^いいえ$/);
    await keys.go(/^次へ$/, '養育しているお子さん');

    // A repeating group: the second row is added from the keyboard and takes focus.
    await checkPage(page, 'jidou-5-children');
    const child = async (i: number, given: string, givenKana: string, birth: [string, string, string, string]) => {
      await keys.fill(`/children/${i}/name/family`, '佐藤');
      await keys.fill(`/children/${i}/name/given`, given);
      await keys.fill(`/children/${i}/name/familyKana`, 'サトウ');
      await keys.fill(`/children/${i}/name/givenKana`, givenKana);
      await keys.wareki(`/children/${i}/birthDate`, ...birth);
      await keys.radio(`/children/${i}/relationship`, /^子$/);
      await keys.radio(`/children/${i}/status`, /./);
      await keys.radio(`/children/${i}/livingTogether`, /^はい$/);
    };
    await child(0, '結衣', 'ユイ', ['heisei', '24', '5', '3']);
    await keys.button(/^お子さんを追加$/);
    await page.keyboard.press('Enter');
    await isFocused(page.locator(css('/children/1/name/family')));
    await keys.restart();
    await child(1, '大輝', 'ダイキ', ['heisei', '18', '8', '21']);
    await checkPage(page, 'jidou-5-children-two-rows');
    await keys.go(/^次へ$/, '手当の受取方法');

    // 手当の受取方法 — not the public account: a bank, the holder and a file chosen by keyboard.
    await checkPage(page, 'jidou-6-payment');
    await keys.radio('/usePublicFundAccount', /^いいえ$/);
    await keys.radio('/accountKind', /^銀行/);
    await keys.fill('/accountHolderKana', 'サトウ ケンイチ');
    await keys.to(css('/passbookCopy'));
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    const uploaded = page.waitForResponse((r) => r.url().endsWith('/attachments') && r.request().method() === 'POST');
    await (await chooser).setFiles({ name: '通帳.pdf', mimeType: 'application/pdf', buffer: await passbookPdf() });
    expect((await uploaded).status()).toBe(201);
    await containsText(page.locator('.file-list'), '通帳.pdf');
    await checkPage(page, 'jidou-6-payment-filled');
    await keys.go(/^次へ$/, '振込先口座');

    await checkPage(page, 'jidou-7-account');
    await keys.fill('/bankName', '駿河銀行');
    await keys.fill('/branchName', '本店');
    await keys.radio('/accountType', /./);
    await keys.fill('/accountNumber', '1234567');
    await keys.go(/^次へ$/, '確認と同意');

    await checkPage(page, 'jidou-8-consent');
    await keys.to(css('/consentTaxInfo'));
    await page.keyboard.press('Space');
    await keys.to(css('/consentAccuracy'));
    await page.keyboard.press('Space');
    await keys.go(/^次へ$/, '入力内容の確認');

    await containsText(page.locator('main'), 'ダイキ');
    await containsText(page.locator('main'), '通帳.pdf');
    await checkPage(page, 'jidou-check');
    await keys.go(/^送信する$/, '申請を受け付けました');
    await checkPage(page, 'jidou-done');
    await keys.go(/^申請状況を見る$/, '申請状況');
    await hasText(page.locator('.status-tag'), '受付済み');
    await checkPage(page, 'jidou-status');
    expect(keys.stops).toBeGreaterThan(40);
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);

  test('文字を大きく and 色の組み合わせを見やすく are remembered on the device and applied before the first render', async () => {
    const { context, page, problems } = await openPage(browser, { ...PHONE, bypassCSP: true });
    // Records the classes on <html> at the moment the app first puts something on the page.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const app = document.getElementById('app');
        if (app && app.childElementCount > 0) {
          (window as unknown as { firstRender: string }).firstRender = document.documentElement.className;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(server.url);
    const group = page.getByRole('group', { name: '表示の設定' });
    const large = group.getByRole('button', { name: '文字を大きく' });
    const contrast = group.getByRole('button', { name: '色の組み合わせを見やすく' });
    await hasAttr(large, 'aria-pressed', 'false');
    await hasAttr(contrast, 'aria-pressed', 'false');
    const rootPx = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await rootPx();
    const brand = () => page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor);
    const normalBrand = await brand();

    await large.click();
    await hasAttr(large, 'aria-pressed', 'true');
    expect(await rootPx()).toBeGreaterThanOrEqual(normal * 1.25);
    await contrast.focus();
    await page.keyboard.press('Enter'); // the keyboard works too
    await hasAttr(contrast, 'aria-pressed', 'true');
    expect(await brand()).not.toBe(normalBrand);
    await shot(page, 'a11y-display-switch-on');

    // Remembered: a new visit (a reload, another page) starts with both, from the first render.
    await page.goto(`${server.url}/forms/risai-shomei/p/1`);
    await hasText(page.locator('h1'), '申請者');
    expect(await page.evaluate(() => (window as unknown as { firstRender?: string }).firstRender ?? '')).toMatch(/display-large.*display-contrast|display-contrast.*display-large/);
    await hasAttr(page.getByRole('button', { name: '文字を大きく' }), 'aria-pressed', 'true');
    expect(await rootPx()).toBeGreaterThanOrEqual(normal * 1.25);
    await axe(page, 'risai form with large text and high contrast');
    await enhancedContrast(page, 'risai form');
    await noHorizontalScroll(page, 'risai form with large text');
    await touchTargets(page, 'risai form with large text');
    await shot(page, 'a11y-risai-large-contrast');

    // Switched off again, and that is remembered too.
    await page.getByRole('button', { name: '文字を大きく' }).click();
    await page.getByRole('button', { name: '色の組み合わせを見やすく' }).click();
    await page.reload();
    await hasText(page.locator('h1'), '申請者');
    await hasAttr(page.getByRole('button', { name: '文字を大きく' }), 'aria-pressed', 'false');
    expect(await page.evaluate(() => document.documentElement.className)).not.toMatch(/display-/);
    expect(await rootPx()).toBe(normal);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  test('the other citizen pages: each page of 罹災証明書 (photos among them), its example, 「申請の一覧」, a dead resume link and a missing page', async () => {
    const { context, page, problems } = await openPage(browser, { ...PHONE, bypassCSP: true });
    const titles = ['申請者', '罹災された方', '災害の状況', '被害を受けた建物', '被害の内容', '必要な部数と使いみち', '確認と同意'];
    for (const [i, title] of titles.entries()) {
      await page.goto(`${server.url}/forms/risai-shomei/p/${i + 1}`);
      await hasText(page.locator('h1'), title); // page 5 has the photos' attachments widget
      await checkPage(page, `risai-page-${i + 1}`);
    }
    await page.goto(`${server.url}/forms/risai-shomei/example`);
    await hasText(page.locator('h1'), '記入例');
    await checkPage(page, 'risai-example');
    // 「申請の一覧」 (asking for the link, and a link that no longer works) and a dead resume link.
    for (const [path, name] of [['/my', 'my-ask'], ['/my/not-a-real-token', 'my-dead-link'], ['/resume/not-a-real-token', 'resume-dead-link']] as const) {
      await page.goto(`${server.url}${path}`);
      await poll(() => page.locator('h1').count()).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      await checkPage(page, name);
    }
    await page.goto(`${server.url}/no-such-page`);
    await hasText(page.locator('h1'), 'ページが見つかりません');
    await checkPage(page, 'not-found');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  // The staff tests run axe on the builder, inbox, submission, counter, aggregate, layouts,
  // audit, users, settings, publish, versions, setup and the locked login; these two remain.
  test('staff: the login page (also with a wrong password) and a missing page pass axe', async () => {
    const { context, page, problems } = await openPage(browser, { ...DESKTOP, bypassCSP: true });
    await page.goto(`${server.url}/staff/login`);
    await hasText(page.locator('h1'), 'ログイン');
    await axe(page, 'staff login');
    await page.getByLabel('ログインID').fill('kubo');
    await page.getByLabel('パスワード').fill('not the password');
    await page.getByRole('button', { name: 'ログインする' }).click();
    await containsText(page.locator('.error-summary'), 'ログインIDかパスワードが違います');
    await axe(page, 'staff login refused');
    await page.getByLabel('パスワード').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'ログインする' }).click();
    await poll(() => page.locator('h1').textContent()).not.toBe('ログイン');
    await page.goto(`${server.url}/staff/no-such-page`);
    await poll(() => page.locator('h1').count()).toBeGreaterThan(0);
    await shot(page, 'a11y-staff-not-found');
    await axe(page, 'staff page not found');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
