// npm run bench:submit [-- pg] — submission ingest for 罹災証明書 vs the bare /healthz route
// (which pings the database), measured in the same run against the same server at the
// same concurrency, with every 201 checked as a stored row after shutdown.
// `pg`: the server runs on a fresh PostgreSQL database, dropped afterwards.
import { join } from 'node:path';
import type autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { libraryForm } from '../tests/helpers/fixtures.ts';
import { load } from './lib/autocannon.ts';
import { type BenchDatabase, createBenchDatabase, pgQuery, pgVersion } from './lib/pg.ts';
import { notMeasured, ratio, report } from './lib/results.ts';
import { type ServerProcess, startServerProcess } from './lib/server-process.ts';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const DURATION = Number(process.env.DURATION ?? 10);
const onPg = process.argv.includes('pg');
const label = onPg ? 'PostgreSQL' : 'SQLite';
const figure = `Submission ingest, ${label} (${CONNECTIONS} connections)`;

const answers = structuredClone(libraryForm('disaster/risai-shomei.json').example);
delete answers.damagePhotos; // uploads are single-use; the answers are the load here

let database: BenchDatabase | undefined;
if (onPg) {
  const pg = await pgVersion();
  if ('error' in pg) {
    notMeasured(figure, pg.error);
    process.exit(2);
  }
  database = await createBenchDatabase();
}
let server: ServerProcess | undefined;
try {
  server = await startServerProcess(3917, {}, { databaseUrl: database?.url });
  // Warm up both routes (JIT, validator build, page cache, pool connections).
  await load({ url: `${server.url}/healthz`, connections: 10, duration: 2 });
  const body = JSON.stringify({ answers });
  const submitOptions: autocannon.Options = {
    url: `${server.url}/api/forms/risai-shomei/submissions`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
  };
  await load({ ...submitOptions, connections: 10, duration: 2 });
  const health = await load({ url: `${server.url}/healthz`, connections: CONNECTIONS, duration: DURATION });
  let created = 0;
  const statuses: Record<number, number> = {};
  const submit = await load({
    ...submitOptions,
    duration: DURATION,
    setupClient(client) {
      client.on('response', (status: number) => {
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 201) created++;
      });
    },
  });
  await server.stop();

  const stored = await storedRows(server.dataDir);
  const warmup = stored - created; // rows from the warm-up run, answered before counting began

  const row = (name: string, r: autocannon.Result) =>
    `${name.padEnd(26)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   non-2xx ${r.non2xx}`;
  console.log(`madoguchi bench:submit on ${label} — ${CONNECTIONS} connections, ${DURATION}s per route, body ${body.length} bytes`);
  console.log(row('GET /healthz', health) + `   (${health.requests.total} requests)`);
  console.log(row('POST submissions (201)', submit));
  console.log(`ratio submissions/healthz  ${ratio(submit.requests.average, health.requests.average)}   (target ≥ 0.30)`);
  console.log(`responses by status ${JSON.stringify(statuses)}`);
  console.log(`201s answered ${created}; rows stored after shutdown ${stored} (incl. ${warmup} from warm-up)`);
  const failed = warmup < 0 || submit.non2xx > 0;
  if (failed) {
    console.log('FAIL: an acknowledged submission is missing, or some requests failed');
    process.exitCode = 1;
  }
  report({
    figure,
    value: `${submit.requests.average.toFixed(0)} submissions/s, p99 ${submit.latency.p99} ms`,
    baseline: `GET /healthz ${health.requests.average.toFixed(0)} req/s, p99 ${health.latency.p99} ms`,
    ratio: ratio(submit.requests.average, health.requests.average),
    notes:
      `${DURATION} s per route; ${created} 201s, all stored${failed ? ' — FAIL: rows missing or non-2xx answers' : ''}; ` +
      `/healthz pings the database${onPg ? '; fresh database, pool of 10' : ''}`,
  });
} finally {
  await server?.stop();
  await database?.drop();
}

async function storedRows(dataDir: string): Promise<number> {
  if (database) return Number((await pgQuery<{ n: string }>(database.url, 'SELECT count(*) AS n FROM submissions'))[0]!.n);
  const db = new Database(join(dataDir, 'madoguchi.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
