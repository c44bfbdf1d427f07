// Fills an empty database with ROWS submissions of 罹災証明書, the forms library and two
// staff users, through the app's own store (DATABASE_URL picks the dialect of this process).
// Run as a child process by bench/inbox.ts: `tsx bench/lib/seed-inbox.ts ROWS`.
// The rows are made by the database itself (one INSERT … SELECT over a generated series),
// which is what makes a million rows take seconds rather than minutes.
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'drizzle-orm';
import { storeUser } from '../../server/auth/create-user.ts';
import { hashPassword } from '../../server/auth/password.ts';
import { loadConfig } from '../../server/config.ts';
import type { AppContext } from '../../server/context.ts';
import { seedFormsLibrary } from '../../server/forms/seed.ts';
import { openStore } from '../../server/store/db.ts';
import { rawRun } from '../../server/store/rows.ts';
import { dammCheckDigit } from '../../core/receipt-number.ts';
import { libraryForm } from '../../tests/helpers/fixtures.ts';
import { FORM, NAMES, PASSWORD, SPAN_MS, START_MS, STATUS_MIX } from './inbox-data.ts';

const ROWS = Number(process.argv[2]);
const config = loadConfig();
const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
const pg = store.dialect === 'pg';
const quiet = { info() {}, warn() {}, error() {}, debug() {}, trace() {}, fatal() {}, child: () => quiet } as unknown as FastifyBaseLogger;
// Publishing the library needs only the database of an app's context.
await seedFormsLibrary({ db: store.db, writes: store.writes } as Pick<AppContext, 'db' | 'writes'> as AppContext, config.formsDir, quiet);

const example = structuredClone(libraryForm('disaster/risai-shomei.json').example);
delete example.damagePhotos;

// Damm's check digit over 9 digits, in SQL: three lookups of 3 digits each in a table of
// (interim before, 3 digits) → interim after, made here from the app's own function.
const damm: string[] = [];
for (let s = 0; s < 10; s++) {
  for (let d = 0; d < 1000; d++) {
    // The interim after some digits is the check digit of a prefix that leads to it.
    damm.push(`(${s},${d},${dammAfter(s, String(d).padStart(3, '0'))})`);
  }
}
const step = Math.floor(SPAN_MS / ROWS);
const series = pg
  ? sql.raw(`generate_series(0::bigint, ${ROWS - 1}) AS n(i)`)
  : sql.raw(`(WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${ROWS - 1}) SELECT i FROM n) AS n`);
const nine = pg ? sql.raw(`lpad(v::text, 9, '0')`) : sql.raw(`printf('%09d', v)`);
const at = pg
  ? sql.raw(`to_char(to_timestamp((${START_MS} + i * ${step}) / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`)
  : sql.raw(`strftime('%Y-%m-%dT%H:%M:%fZ', (${START_MS} + i * ${step}) / 1000.0, 'unixepoch')`);

const t0 = performance.now();
const passwordHash = await hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 });
await store.writes.run(async (tx) => {
  await rawRun(tx, sql.raw(`CREATE TEMP TABLE bench_damm (s integer, d integer, o integer, PRIMARY KEY (s, d))`));
  await rawRun(tx, sql.raw(`INSERT INTO bench_damm VALUES ${damm.join(',')}`));
  await rawRun(tx, sql.raw(`CREATE TEMP TABLE bench_answers (k integer PRIMARY KEY, status text, answers ${pg ? 'json' : 'text'})`));
  for (let k = 0; k < NAMES.length; k++) {
    const answers = { ...example, applicantName: { ...(example.applicantName as object), family: NAMES[k] } };
    await rawRun(tx, sql`INSERT INTO bench_answers VALUES (${k}, ${STATUS_MIX[k]}, ${JSON.stringify(answers)})`);
  }
  await rawRun(
    tx,
    sql`INSERT INTO submissions (receipt_number, form_id, form_version, answers, status, token_hash, lang, revision, created_at, updated_at)
      SELECT substr(d9, 1, 4) || '-' || substr(d9, 5, 4) || '-' || substr(d9, 9, 1) || c3.o,
             ${FORM}, 1, a.answers, a.status, 'bench-' || i, 'ja', 0, at, at
      FROM (SELECT i, v, ${nine} AS d9, ${at} AS at
            FROM (SELECT i, (i * 7919 + 12345) % 1000000000 AS v FROM ${series}) AS m) AS s
      JOIN bench_damm c1 ON c1.s = 0 AND c1.d = s.v / 1000000
      JOIN bench_damm c2 ON c2.s = c1.o AND c2.d = (s.v / 1000) % 1000
      JOIN bench_damm c3 ON c3.s = c2.o AND c3.d = s.v % 1000
      JOIN bench_answers a ON a.k = s.i % ${NAMES.length}
      ORDER BY s.i`,
  );
  await rawRun(tx, sql.raw('DROP TABLE bench_damm'));
  await rawRun(tx, sql.raw('DROP TABLE bench_answers'));
  const now = new Date().toISOString();
  await storeUser(tx, { login: 'bench-clerk', displayName: 'bench', roles: [{ department: '税務課', role: 'clerk' }], passwordHash }, now);
  await storeUser(tx, { login: 'bench-admin', displayName: 'bench', roles: [{ department: '情報政策課', role: 'admin' }], passwordHash }, now);
});
// A long-running PostgreSQL has its statistics and visibility map (which lets a count read
// only an index) from autovacuum; a freshly filled one gets them now.
if (pg) await rawRun(store.db, sql.raw('VACUUM ANALYZE'));
else store.sqlite?.pragma('wal_checkpoint(TRUNCATE)');
await store.close();
console.log(`seeded ${ROWS} submissions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

/** The Damm interim after feeding `digits` to a run that stands at `start`. */
function dammAfter(start: number, digits: string): number {
  // dammCheckDigit runs from 0; a one-digit prefix p with table[0][p] = start reaches `start` (row 0 is a permutation).
  for (let p = 0; p < 10; p++) if (dammCheckDigit(String(p)) === start) return dammCheckDigit(String(p) + digits);
  throw new Error('unreachable');
}
