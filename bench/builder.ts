// npm run bench:builder — is the builder still responsive on a big form? In chromium, with
// the real server in its own process, opens the builder on a 200-element form and measures
//   add:     a click on a palette button until the new element is on screen (next frame)
//   preview: the same click until the preview frame (the real citizen renderer) shows it
//            (autosave PUT + reload message + GET preview + validator + render)
// and the same on a 10-element form in the same run, as the baseline; prints medians,
// 90th percentiles and the ratio. Timings are printed only: no test asserts them.
import { spawn } from 'node:child_process';
import { type Page, chromium } from 'playwright-core';
import { addElement, blankDefinition, type ElementKind } from '../core/builder/index.ts';
import type { FormDefinition } from '../core/definition.ts';
import { startServerProcess } from './lib/server-process.ts';

const RUNS = Number(process.env.RUNS ?? 15);
const ROOT = new URL('..', import.meta.url).pathname;
const LOGIN = 'bench';
const PASSWORD = 'bench password long enough';
const KINDS: ElementKind[] = ['text', 'textarea', 'number', 'radio', 'select', 'checkboxes', 'yes-no', 'email', 'tel', 'wareki-date', 'date', 'katakana'];

/** A form of `n` elements of mixed kinds, all on one page (the builder's worst case). */
function bigForm(id: string, n: number): FormDefinition {
  let def = blankDefinition({ id, title: `${n}項目のフォーム`, department: '全庁' });
  for (let i = 0; i < n; i++) def = addElement(def, { page: 0, index: i }, KINDS[i % KINDS.length]!).def;
  return def;
}

function createAdmin(dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/admin.ts', 'create', '--login', LOGIN], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['pipe', 'inherit', 'inherit'],
    });
    child.stdin.end(`${PASSWORD}\n`);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`admin create exited ${code}`))));
  });
}

async function api(url: string, cookie: string, csrf: string, method: string, path: string, body?: unknown): Promise<Response> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
}

// Runs in the page. A string, not a function: tsx would add helpers (__name) the page lacks.
const ADD_ONCE = `new Promise((resolve, reject) => {
  const frame = document.querySelector('iframe[title="プレビュー"]');
  const rows = () => document.querySelectorAll('.elements > li').length;
  const previewFields = () => (frame.contentDocument ? frame.contentDocument.querySelectorAll('form.wizard .field, form.wizard fieldset').length : 0);
  const rowsBefore = rows();
  const previewBefore = previewFields();
  const button = [...document.querySelectorAll('.palette__button')].find((b) => b.textContent === '短い文章');
  const start = performance.now();
  let add = 0;
  const timeout = setTimeout(() => reject(new Error('the preview did not show the new element within 30 s')), 30000);
  const tick = () => {
    if (!add && rows() > rowsBefore) add = performance.now() - start;
    if (add && previewFields() > previewBefore) {
      clearTimeout(timeout);
      resolve({ add, preview: performance.now() - start });
    } else requestAnimationFrame(tick);
  };
  button.click();
  requestAnimationFrame(tick);
})`;

/** One measured addition: ms to the new row on screen, ms to the preview showing it. */
async function addOnce(page: Page): Promise<{ add: number; preview: number }> {
  return (await page.evaluate(ADD_ONCE)) as { add: number; preview: number };
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p90: s[Math.min(s.length - 1, Math.floor(s.length * 0.9))]! };
};
const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;

const server = await startServerProcess(3918);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});
try {
  await createAdmin(server.dataDir);
  const login = await fetch(`${server.url}/api/staff/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: LOGIN, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login: ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };

  const results: Record<string, { add: number[]; preview: number[] }> = {};
  for (const n of [10, 200]) {
    const id = `bench-${n}`;
    await api(server.url, cookie, csrfToken, 'POST', '/api/staff/forms', { blank: { id, title: id, department: '全庁', category: 'other' } });
    await api(server.url, cookie, csrfToken, 'PUT', `/api/staff/forms/${id}/draft`, { definition: bigForm(id, n) });
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'ja-JP' });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/forms/${id}/build`);
    await page.locator('.elements > li').nth(n - 1).waitFor();
    await page.frameLocator('iframe[title="プレビュー"]').locator('form.wizard').waitFor();
    await addOnce(page); // warm-up (JIT, first validator module)
    const add: number[] = [];
    const preview: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await addOnce(page);
      add.push(r.add);
      preview.push(r.preview);
      await page.waitForTimeout(200);
    }
    results[n] = { add, preview };
    await context.close();
  }
  const small = results[10]!;
  const big = results[200]!;
  console.log(`builder responsiveness, ${RUNS} additions each (median / 90th percentile)`);
  for (const [label, key] of [['add an element (on screen)', 'add'], ['preview re-rendered', 'preview']] as const) {
    const a = stats(small[key]);
    const b = stats(big[key]);
    console.log(`${label.padEnd(28)}  10 elements:${ms(a.median)} /${ms(a.p90)}   200 elements:${ms(b.median)} /${ms(b.p90)}   ratio ×${(b.median / a.median).toFixed(2)}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
