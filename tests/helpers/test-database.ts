// For tests that open apps themselves: a restart on the same data (reopenTestApp), or a
// database for buildApp or a CLI child process (testDatabase). In the PostgreSQL pass that
// is a fresh PostgreSQL database; on SQLite the data directory holds the file.
import type { Config } from '../../server/config.ts';
import { createTestApp, type TestApp } from './app.ts';
export { type TestDatabase, testDatabase } from './pg.ts';

/**
 * Another app on the data `t` used (same directory, same database), as after a restart;
 * close `t.app` first. Its close() leaves the database: `t.close()` drops it afterwards.
 */
export function reopenTestApp(t: TestApp, overrides: Partial<Config> = {}, now?: () => Date): Promise<TestApp> {
  const { databaseUrl, dataKeys } = t.app.ctx.config;
  return createTestApp({ dataDir: t.dataDir, ...(databaseUrl ? { databaseUrl, dataKeys } : {}), ...overrides }, now);
}
