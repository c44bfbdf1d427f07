// Entry point: `npm start`. Builds the app, listens, and runs the periodic clean-up.
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { runMaintenance } from './maintenance.ts';
import { warmPostalData } from './postal/lookup.ts';
import { DataKeyError } from './sensitive/data-keys.ts';
import { errorForLog } from './store/error-for-log.ts';
import { hit } from './store/shared-limits-repo.ts';

const config = loadConfig();
const app = await buildApp(config).catch((error: unknown) => {
  // A setting the server cannot run with: say which, without a stack trace, and stop.
  if (error instanceof DataKeyError) {
    console.error(`madoguchi cannot start: ${error.message}`);
    process.exit(1);
  }
  throw error;
});
await app.listen({ port: config.port, host: config.host });
warmPostalData();

const HOUR = 60 * 60 * 1000;
// Instances sharing PostgreSQL take turns: the first to tick in a window runs it, the others
// skip (a crashed one's turn passes to the next tick). The clean-up is safe to run twice;
// this only keeps it from running once per instance.
const LEASE_MS = HOUR - 60 * 1000;
const myTurn = async () => app.ctx.store.dialect !== 'pg' || (await hit(app.ctx.db, 'maintenance', LEASE_MS, Date.now())).count === 1;
const maintain = async () => {
  try {
    if (await myTurn()) app.log.info(await runMaintenance(app.ctx), 'maintenance done');
  } catch (error) {
    app.log.error({ err: errorForLog(error) }, 'maintenance failed');
  }
};
void maintain();
const timer = setInterval(() => void maintain(), HOUR);
timer.unref();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    clearInterval(timer);
    void app.close().then(() => process.exit(0));
  });
}
