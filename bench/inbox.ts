// npm run bench:inbox — the back office at volume (issue 4): 200,000 submissions of one
// form (罹災証明書, as after a disaster), then the first inbox page and a receipt-number
// lookup (the counter) against the real server in its own process, beside GET /healthz
// measured in the same run. Sequential requests, so each figure is one request's latency.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { storeUser } from '../server/auth/create-user.ts';
import { hashPassword } from '../server/auth/password.ts';
import { loadConfig } from '../server/config.ts';
import { seedFormsLibrary } from '../server/forms/seed.ts';
import { openDatabase } from '../server/store/db.ts';
import { newReceiptNumber, newSecret, sha256Hex } from '../server/submissions/tokens.ts';
import { libraryForm } from '../tests/helpers/fixtures.ts';
import { startServerProcess } from './lib/server-process.ts';

const ROWS = Number(process.env.ROWS ?? 200_000);
const REPEAT = Number(process.env.REPEAT ?? 300);
const FORM = 'risai-shomei';
const PASSWORD = 'bench password, not a secret';

// 1. Fill the database directly, in big transactions: the filing path is bench:submit's.
const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-inbox-'));
const fillStart = performance.now();
const db = openDatabase(dataDir);
const quiet = { info() {}, warn() {}, error() {}, debug() {}, trace() {}, fatal() {}, child: () => quiet } as unknown as FastifyBaseLogger;
seedFormsLibrary(db, loadConfig({}, { dataDir }).formsDir, quiet);
const example = structuredClone(libraryForm('disaster/risai-shomei.json').example);
delete example.damagePhotos;
const insert = db.$client.prepare(
  `INSERT INTO submissions (receipt_number, form_id, form_version, answers, status, token_hash, lang, revision, created_at, updated_at)
   VALUES (?, ?, 1, ?, ?, ?, 'ja', 0, ?, ?)`,
);
const STATUS_MIX = ['completed', 'completed', 'completed', 'in_progress', 'received', 'rejected', 'returned', 'withdrawn'];
const start = Date.parse('2025-12-01T00:00:00Z');
const span = 365 * 24 * 3600_000;
const receipts: string[] = [];
const seen = new Set<string>();
const names = ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '中村'];
const fill = db.$client.transaction((from: number, to: number) => {
  for (let i = from; i < to; i++) {
    let rn = newReceiptNumber();
    while (seen.has(rn)) rn = newReceiptNumber();
    seen.add(rn);
    if (i % 1000 === 0) receipts.push(rn);
    const at = new Date(start + Math.floor((span * i) / ROWS)).toISOString();
    const answers = { ...example, applicantName: { ...(example.applicantName as object), family: names[i % names.length] } };
    insert.run(rn, FORM, JSON.stringify(answers), STATUS_MIX[i % STATUS_MIX.length], sha256Hex(newSecret()), at, at);
  }
});
for (let i = 0; i < ROWS; i += 20_000) fill(i, Math.min(ROWS, i + 20_000));
const passwordHash = await hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 });
storeUser(db, { login: 'bench-clerk', displayName: 'bench', roles: [{ department: '税務課', role: 'clerk' }], passwordHash }, new Date().toISOString());
storeUser(db, { login: 'bench-admin', displayName: 'bench', roles: [{ department: '情報政策課', role: 'admin' }], passwordHash }, new Date().toISOString());
db.$client.pragma('wal_checkpoint(TRUNCATE)');
db.$client.close();
const fillSeconds = (performance.now() - fillStart) / 1000;
if (process.env.KEEP) console.log(`data in ${dataDir}`);

// 2. The real server on that database.
const server = await startServerProcess(3918, { DATA_DIR: dataDir, OUTBOX_ENABLED: 'false' });
try {
  const login = async (name: string) => {
    const res = await fetch(`${server.url}/api/staff/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: name, password: PASSWORD }),
    });
    if (!res.ok) throw new Error(`login ${name}: ${res.status}`);
    return { cookie: res.headers.get('set-cookie')!.split(';')[0]! };
  };
  const clerk = await login('bench-clerk');
  const admin = await login('bench-admin');

  const measure = async (name: string, url: () => string, headers: Record<string, string> = {}, check?: (body: unknown) => void) => {
    const times: number[] = [];
    for (let i = 0; i < REPEAT + 20; i++) {
      const t0 = performance.now();
      const res = await fetch(`${server.url}${url()}`, { headers });
      const body = await res.json();
      const ms = performance.now() - t0;
      if (!res.ok) throw new Error(`${name}: ${res.status} ${JSON.stringify(body)}`);
      if (i === 0) check?.(body);
      if (i >= 20) times.push(ms); // the first 20 warm up the JIT and the page cache
    }
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
    return { name, median: q(0.5), p95: q(0.95) };
  };

  let k = 0;
  const nextReceipt = () => receipts[k++ % receipts.length]!;
  const results = [
    await measure('GET /healthz', () => '/healthz'),
    await measure('inbox, first page (clerk)', () => '/api/staff/submissions', { cookie: clerk.cookie }, (b) => {
      const page = b as { total: number; items: unknown[] };
      if (page.total !== ROWS || page.items.length !== 50) throw new Error(`inbox: total ${page.total}, ${page.items.length} items`);
    }),
    await measure('inbox, first page (admin)', () => '/api/staff/submissions', { cookie: admin.cookie }),
    await measure('inbox, status=received', () => '/api/staff/submissions?status=received', { cookie: clerk.cookie }),
    await measure('inbox, sort=-updatedAt', () => '/api/staff/submissions?sort=-updatedAt', { cookie: clerk.cookie }),
    await measure('inbox, sort=status, page 3', () => '/api/staff/submissions?sort=status&page=3', { cookie: clerk.cookie }),
    await measure('inbox, q=receipt number', () => `/api/staff/submissions?q=${nextReceipt().replace(/-/g, '')}`, { cookie: clerk.cookie }),
    await measure('receipt-number lookup', () => `/api/staff/submissions/${nextReceipt()}`, { cookie: clerk.cookie }, (b) => {
      if ((b as { formId?: string }).formId !== FORM) throw new Error('lookup: wrong submission');
    }),
  ];
  const scans = [
    await measure('inbox, q=text in no row', () => `/api/staff/submissions?q=${encodeURIComponent('存在しない言葉')}`, { cookie: clerk.cookie }),
    await measure('inbox, q=text in 1/8 of rows', () => `/api/staff/submissions?q=${encodeURIComponent('鈴木')}`, { cookie: clerk.cookie }, (b) => {
      if ((b as { total: number }).total !== ROWS / names.length) throw new Error(`q=鈴木: total ${(b as { total: number }).total}`);
    }),
  ];

  const health = results[0]!;
  const line = (r: { name: string; median: number; p95: number }, target: boolean) =>
    `| ${r.name.padEnd(28)} | ${r.median.toFixed(2).padStart(7)} | ${r.p95.toFixed(2).padStart(7)} | ${(r.median / health.median).toFixed(1).padStart(5)}× | ${target ? (r.p95 < 100 ? 'ok' : 'OVER 100 ms') : ''} |`;
  console.log(`madoguchi bench:inbox — ${ROWS.toLocaleString('en')} submissions of ${FORM}, filled in ${fillSeconds.toFixed(1)} s; ${REPEAT} sequential requests each`);
  console.log('| request | median ms | p95 ms | vs healthz | target < 100 ms |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of results) console.log(line(r, r !== health));
  for (const r of scans) console.log(line(r, false));
  if (results.slice(1).some((r) => r.p95 >= 100)) process.exitCode = 1;
} finally {
  await server.stop();
}
