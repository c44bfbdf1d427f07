// npm run bench:submit — submission ingest for 罹災証明書 vs the bare /healthz route,
// measured in the same run at the same concurrency, with every 201 checked on disk.
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { libraryForm } from '../tests/helpers/fixtures.ts';
import { startServerProcess } from './lib/server-process.ts';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const DURATION = Number(process.env.DURATION ?? 10);

const answers = structuredClone(libraryForm('disaster/risai-shomei.json').example);
delete answers.damagePhotos; // uploads are single-use; the answers are the load here

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))));
}

const server = await startServerProcess(3917);
try {
  // Warm up both routes (JIT, validator build, page cache).
  await run({ url: `${server.url}/healthz`, connections: 10, duration: 2 });
  const body = JSON.stringify({ answers });
  const submitOptions: autocannon.Options = {
    url: `${server.url}/api/forms/risai-shomei/submissions`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
  };
  await run({ ...submitOptions, connections: 10, duration: 2 });
  const health = await run({ url: `${server.url}/healthz`, connections: CONNECTIONS, duration: DURATION });
  const before = health.requests.total; // unused by the DB; kept for the printout
  let created = 0;
  const statuses: Record<number, number> = {};
  const submit = await run({
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

  const db = new Database(join(server.dataDir, 'madoguchi.sqlite'), { readonly: true });
  const stored = (db.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n;
  db.close();
  const warmup = stored - created; // rows from the warm-up run, answered before counting began

  const row = (name: string, r: autocannon.Result) =>
    `${name.padEnd(26)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   non-2xx ${r.non2xx}`;
  console.log(`madoguchi bench:submit — ${CONNECTIONS} connections, ${DURATION}s per route, body ${body.length} bytes`);
  console.log(row('GET /healthz', health) + `   (${before} requests)`);
  console.log(row('POST submissions (201)', submit));
  console.log(`ratio submissions/healthz  ${(submit.requests.average / health.requests.average).toFixed(2)}   (target ≥ 0.30)`);
  console.log(`responses by status ${JSON.stringify(statuses)}`);
  console.log(`201s answered ${created}; rows on disk after shutdown ${stored} (incl. ${warmup} from warm-up)`);
  if (warmup < 0 || submit.non2xx > 0) {
    console.log('FAIL: an acknowledged submission is missing on disk, or some requests failed');
    process.exitCode = 1;
  }
} finally {
  await server.stop();
}
