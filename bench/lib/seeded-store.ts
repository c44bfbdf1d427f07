// The seeded database of bench:inbox, made once per schema version and kept: a SQLite
// directory under the system's tmp dir, or a PostgreSQL database.
// Runs use the cache itself: a copy of 1.6 GB would cost more than the figures it serves,
// and what a run writes (two sessions, a few hundred audit records) changes none of them.
// The seeding runs in a child process, in the dialect it fills.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheKey } from './inbox-data.ts';
import { PG_ADMIN_URL, databaseUrl, dropDatabase, pgQuery } from './pg.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

export interface SeededRun {
  /** For startServerProcess: the data dir (SQLite), or the database to run on (PostgreSQL). */
  dataDir: string;
  databaseUrl?: string;
  /** Seconds spent seeding in this run; null when the cache was used. */
  seedSeconds: number | null;
  cache: string;
  done(): Promise<void>;
}

function seed(rows: number, dataDir: string, url?: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/lib/seed-inbox.ts', String(rows)], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: url ?? '', LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`seeding failed (exit ${r.status})`);
  return (performance.now() - t0) / 1000;
}

export async function seededSqlite(rows: number): Promise<SeededRun> {
  const cache = join(tmpdir(), `madoguchi-bench-inbox-sqlite-${rows}-${cacheKey('sqlite', rows)}`);
  let seedSeconds: number | null = null;
  // Caches of an older schema are never used again: a million rows is a gigabyte.
  for (const name of readdirSync(tmpdir())) {
    if (name.startsWith(`madoguchi-bench-inbox-sqlite-${rows}-`) && join(tmpdir(), name) !== cache) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
  if (!existsSync(join(cache, 'madoguchi.sqlite'))) {
    const building = mkdtempSync(`${cache}.seeding-`);
    seedSeconds = seed(rows, building);
    rmSync(cache, { recursive: true, force: true });
    renameSync(building, cache); // only a complete seeding becomes the cache
  }
  return { dataDir: cache, seedSeconds, cache, done: async () => {} };
}

export async function seededPg(rows: number): Promise<SeededRun> {
  const cache = `madoguchi_bench_inbox_${rows}_${cacheKey('pg', rows)}`;
  let seedSeconds: number | null = null;
  const found = await pgQuery<{ datname: string }>(PG_ADMIN_URL, `SELECT datname FROM pg_database WHERE datname LIKE 'madoguchi\\_bench\\_inbox\\_${rows}\\_%'`);
  for (const { datname } of found) if (datname !== cache) await dropDatabase(datname);
  if (!found.some((d) => d.datname === cache)) {
    const building = `${cache}_seeding`;
    await dropDatabase(building);
    await pgQuery(PG_ADMIN_URL, `CREATE DATABASE ${building}`);
    const seedDir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-seed-'));
    try {
      seedSeconds = seed(rows, seedDir, databaseUrl(building));
    } catch (error) {
      await dropDatabase(building);
      throw error;
    } finally {
      rmSync(seedDir, { recursive: true, force: true });
    }
    await pgQuery(PG_ADMIN_URL, `ALTER DATABASE ${building} RENAME TO ${cache}`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-bench-inbox-run-'));
  return {
    dataDir,
    databaseUrl: databaseUrl(cache),
    seedSeconds,
    cache: `PostgreSQL database ${cache}, drop it to free the space`,
    done: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
