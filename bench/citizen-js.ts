// npm run bench:citizen-js — the JavaScript a citizen's phone downloads to open 罹災証明書,
// gzipped (level 9), measured the way tests/browser/citizen.test.ts measures it: Debian's
// chromium loads the real built app from the real server, follows the link from the
// procedure list, types one answer, and every script response is counted. Baseline: the
// 40 KB budget (a size is not noisy; the ratio says how much of the budget is used).
// Without chromium: the entry chunk of dist/web plus the form's validator, from the build's
// files (a lower bound: chunks loaded on demand are missed), and the table says so.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SAVE_DELAY_MS } from '../web/citizen/lib/persist.ts';
import { inputId } from '../web/citizen/lib/pointer.ts';
import { CHROMIUM, PHONE, ROOT, ensureBuilt, launchChromium, openPage } from '../tests/helpers/browser.ts';
import { ratio, report } from './lib/results.ts';
import { startServerProcess } from './lib/server-process.ts';

const BUDGET = 40 * 1024;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (b: Uint8Array) => gzipSync(b, { level: 9 }).length;

ensureBuilt(); // builds dist/web when missing or older than the sources, as the browser tests do
const server = await startServerProcess(3919, { OUTBOX_ENABLED: 'false' });
try {
  const scripts = existsSync(CHROMIUM) ? await loadInChromium(server.url) : await fromBuild(server.url);
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  const list = [...scripts].map(([u, n]) => `${new URL(u).pathname} ${kb(n)}`).join(', ');
  const how = existsSync(CHROMIUM) ? 'loaded in chromium (as the browser test does)' : 'from the build files, entry chunk + validator only (no chromium: lower bound)';
  console.log(`JavaScript to open 罹災証明書: ${kb(total)} gzipped, ${how}: ${list}`);
  report({
    figure: 'Citizen JavaScript to open 罹災証明書, gzipped',
    value: kb(total),
    baseline: `budget ${kb(BUDGET)}`,
    ratio: ratio(total, BUDGET),
    notes: `${how}; ${scripts.size} scripts: ${list}${total > BUDGET ? ' — OVER BUDGET' : ''}`,
  });
  if (total > BUDGET) process.exitCode = 1;
} finally {
  await server.stop();
}

async function loadInChromium(url: string): Promise<Map<string, number>> {
  const browser = await launchChromium();
  try {
    const { page, problems } = await openPage(browser, { ...PHONE, bypassCSP: false });
    const scripts = new Map<string, number>();
    const bodies: Promise<void>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(r.url())) {
        bodies.push(r.body().then((b) => void scripts.set(r.url(), gz(b))));
      }
    });
    await page.goto(url);
    await page.getByRole('link', { name: '罹災証明書交付申請' }).click();
    await page.locator('h1', { hasText: '申請者' }).waitFor();
    const kana = page.locator(`[id="${inputId('/applicantName/familyKana')}"]`);
    await kana.fill('やまだ');
    await kana.blur();
    // Typing saves the answers on this device after SAVE_DELAY_MS, loading the chunk that
    // writes them: part of what a citizen downloads, so wait for it rather than race it.
    await page.waitForTimeout(SAVE_DELAY_MS + 200);
    await page.waitForLoadState('networkidle');
    await Promise.all(bodies);
    if (problems.length > 0) throw new Error(`the page had errors: ${problems.join('; ')}`);
    return scripts;
  } finally {
    await browser.close();
  }
}

async function fromBuild(url: string): Promise<Map<string, number>> {
  const html = readFileSync(join(ROOT, 'dist/web/index.html'), 'utf8');
  const scripts = new Map<string, number>();
  for (const [, src] of html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)) scripts.set(`${url}/${src}`, gz(readFileSync(join(ROOT, 'dist/web', src!))));
  const validator = `${url}/api/forms/risai-shomei/versions/1/validator.js`;
  scripts.set(validator, gz(new Uint8Array(await (await fetch(validator)).arrayBuffer())));
  return scripts;
}
