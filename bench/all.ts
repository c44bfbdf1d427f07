// npm run bench — every figure of issue 6 in one table, each beside a baseline measured in
// the same run (ratios, because shared machines are noisy), plus the machine it ran on.
// Each bench runs in its own process (the database dialect is fixed per process) and
// appends its rows to a file; a bench that dies without reporting shows as NOT MEASURED.
// BENCH_INBOX_PG=0 skips the PostgreSQL inbox (the slowest to seed the first time).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { pgVersion } from './lib/pg.ts';
import type { ResultRow } from './lib/results.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const steps: { name: string; args: string[] }[] = [
  { name: 'ingest on SQLite', args: ['bench/submit.ts'] },
  { name: 'ingest on PostgreSQL', args: ['bench/submit.ts', 'pg'] },
  { name: 'inbox on SQLite', args: ['bench/inbox.ts'] },
  ...(process.env.BENCH_INBOX_PG === '0' ? [] : [{ name: 'inbox on PostgreSQL', args: ['bench/inbox.ts', 'pg'] }]),
  { name: 'PDF', args: ['bench/pdf.ts'] },
  { name: 'citizen JavaScript', args: ['bench/citizen-js.ts'] },
];

const dir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-all-'));
const file = join(dir, 'rows.jsonl');
const rows = (): ResultRow[] => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as ResultRow) : []);
const started = Date.now();
const exits: string[] = [];
const failed: ResultRow[] = [];
for (const step of steps) {
  const before = rows().length;
  const t0 = Date.now();
  console.log(`\n## ${step.name} (${step.args.join(' ')})\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...step.args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RESULTS: file, BENCH_QUICK: '1' },
    stdio: 'inherit',
  });
  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  exits.push(`${step.name} ${seconds} s${r.status === 0 ? '' : ` (exit ${r.status ?? r.signal})`}`);
  if (rows().length === before) {
    const why = `bench/${step.args.join(' ')} exited ${r.status ?? r.signal} without a figure: see its output above`;
    console.error(`\n*** NOT MEASURED: ${step.name}: ${why} ***\n`);
    failed.push({ figure: step.name, value: 'NOT MEASURED', baseline: '—', ratio: '—', notes: why });
  }
}

const pg = await pgVersion();
const sqlite = new Database(':memory:');
const sqliteVersion = (sqlite.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
sqlite.close();
const cell = (s: string) => s.replace(/\|/g, '\\|');
console.log(`\n# madoguchi bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n`);
console.log(
  `Machine: ${availableParallelism()} cores (nproc), ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ` +
    `Node ${process.version}, SQLite ${sqliteVersion}, PostgreSQL ${'version' in pg ? pg.version : `not reachable (${pg.error})`}; ` +
    `total ${((Date.now() - started) / 1000 / 60).toFixed(1)} min (${exits.join(', ')})\n`,
);
console.log('| figure | measured | baseline (same run) | ratio | notes |');
console.log('| --- | --- | --- | --- | --- |');
const table = [...rows(), ...failed];
for (const r of table) console.log(`| ${cell(r.figure)} | ${cell(r.value)} | ${cell(r.baseline)} | ${cell(r.ratio)} | ${cell(r.notes)} |`);
rmSync(dir, { recursive: true, force: true });
if (table.some((r) => r.value === 'NOT MEASURED')) process.exitCode = 1;
