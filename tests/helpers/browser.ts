// What every browser test needs: a fresh build of dist/web, Debian's chromium (a missing
// chromium FAILS the suite, it never skips), polling assertions in the style of
// Playwright's web-first ones, screenshots into test-artifacts/screenshots, and axe-core.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page, chromium } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = new URL('../../', import.meta.url).pathname;
export const SHOTS = join(ROOT, 'test-artifacts/screenshots');
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1600, height: 1000 } };

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    newest = Math.max(newest, s.isDirectory() ? newestMtime(p) : s.mtimeMs);
  }
  return newest;
}

function built(): boolean {
  const outputs = [join(ROOT, 'dist/web/index.html'), join(ROOT, 'dist/web/staff/index.html')];
  const sources = Math.max(newestMtime(join(ROOT, 'web')), newestMtime(join(ROOT, 'core')), statSync(join(ROOT, 'vite.config.ts')).mtimeMs);
  return outputs.every((o) => existsSync(o) && statSync(o).mtimeMs >= sources);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds dist/web (both apps) when missing or older than the sources (npm test builds first
 * anyway). Test files run in parallel processes: a lock directory makes one of them build
 * while the others wait, instead of emptying dist/web under each other's servers.
 */
export function ensureBuilt(): void {
  if (built()) return;
  const lock = join(ROOT, 'dist/.build-lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (const started = Date.now(); ; sleep(200)) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > 180_000) rmSync(lock, { recursive: true, force: true }); // a crashed build's lock
    }
  }
  try {
    if (!built()) build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function build(): void {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  // vitest sets NODE_ENV=test, which vite would build for.
  const options = { cwd: ROOT, stdio: 'inherit' as const, env: { ...process.env, NODE_ENV: 'production' } };
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], options);
  execFileSync(process.execPath, [vite, 'build', '--mode', 'staff', '--logLevel', 'warn'], options);
}

/** Debian's chromium; throws (the test fails) when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium fonts-noto-cjk\` (browser tests never skip)`);
  }
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

/** A page that records page errors and console errors (expected to stay empty). */
export async function openPage(browser: Browser, options: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  return { context, page, problems };
}

// Playwright's web-first assertions come with @playwright/test, which is not installed;
// these poll the same way on top of vitest's expect.poll.
export const poll = <T>(fn: () => Promise<T> | T, message?: string) => expect.poll(fn, { timeout: 10_000, message });
const matches = (actual: string, expected: string | RegExp, whole: boolean) =>
  typeof expected === 'string' ? (whole ? actual.trim() === expected : actual.includes(expected)) : expected.test(actual);
const textOf = async (l: Locator) => ((await l.count()) > 0 ? ((await l.first().textContent()) ?? '') : '');
export async function hasText(l: Locator, expected: string | RegExp): Promise<void> {
  await poll(async () => matches(await textOf(l), expected, true), `text ${String(expected)}`).toBe(true);
}
export async function containsText(l: Locator, expected: string | RegExp): Promise<void> {
  await poll(async () => matches(await textOf(l), expected, false), `contains ${String(expected)}`).toBe(true);
}
export async function lacksText(l: Locator, expected: string): Promise<void> {
  await poll(async () => (await textOf(l)).includes(expected), `lacks ${expected}`).toBe(false);
}
export async function isVisible(l: Locator): Promise<void> {
  await l.waitFor({ state: 'visible', timeout: 10_000 });
}
export async function hasCount(l: Locator, n: number): Promise<void> {
  await poll(() => l.count(), `count`).toBe(n);
}
export async function hasValue(l: Locator, v: string): Promise<void> {
  await poll(() => l.inputValue(), 'value').toBe(v);
}
export async function hasAttr(l: Locator, name: string, v: string): Promise<void> {
  await poll(() => l.getAttribute(name), `attribute ${name}`).toBe(v);
}
export async function lacksAttr(l: Locator, name: string, v: string): Promise<void> {
  await poll(async () => (await l.getAttribute(name)) === v, `attribute ${name} ≠ ${v}`).toBe(false);
}
export async function isFocused(l: Locator): Promise<void> {
  await poll(() => l.evaluate((el) => el === document.activeElement), 'focused').toBe(true);
}
export async function hasTitle(page: Page, re: RegExp): Promise<void> {
  await poll(async () => re.test(await page.title()), `title ${String(re)}`).toBe(true);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Runs axe-core (WCAG 2.2 AA + best practices) and expects no violation. Needs bypassCSP to
 * inject. `iframes: false` leaves frames out (a framed page is checked on its own).
 */
export async function axe(page: Page, name: string, options: { exclude?: string[]; iframes?: boolean } = {}): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async ({ exclude, iframes }) => {
    const result = await (window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(
      exclude.length > 0 ? { include: [document], exclude: exclude.map((s) => [s]) } : document,
      { iframes, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    );
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, { exclude: options.exclude ?? [], iframes: options.iframes ?? true });
  expect(violations, `axe violations on ${name}`).toEqual([]);
}

/** Asserts the page does not scroll sideways (a 360px phone, or 200% zoom on it). */
export async function noHorizontalScroll(page: Page, name: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `${name} scrolls sideways`).toBeLessThanOrEqual(width);
}
