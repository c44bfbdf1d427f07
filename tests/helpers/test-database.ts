// For tests that open apps themselves: a restart on the same data (reopenTestApp), or a
// database for buildApp or a CLI child process (testDatabase). In the PostgreSQL pass that
// is a fresh PostgreSQL database; on SQLite the data directory holds the file.
import { randomBytes } from 'node:crypto';
import type { Config } from '../../server/config.ts';
import { dialect } from '../../server/store/dialect.ts';
import { createTestApp, type TestApp } from './app.ts';
import { createPgDatabase } from './pg.ts';

export interface TestDatabase {
  /** Environment for loadConfig or a child process: DATABASE_URL and a data key on PostgreSQL, nothing on SQLite. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function testDatabase(): Promise<TestDatabase> {
  if (dialect !== 'pg') return { env: {}, drop: async () => {} };
  const db = await createPgDatabase();
  // PostgreSQL refuses to start without MADOGUCHI_DATA_KEY (one key for every instance).
  return { env: { DATABASE_URL: db.url, MADOGUCHI_DATA_KEY: randomBytes(32).toString('base64') }, drop: db.drop };
}

/**
 * Another app on the data `t` used (same directory, same database), as after a restart;
 * close `t.app` first. Its close() leaves the database: `t.close()` drops it afterwards.
 */
export function reopenTestApp(t: TestApp, overrides: Partial<Config> = {}, now?: () => Date): Promise<TestApp> {
  const { databaseUrl, dataKeys } = t.app.ctx.config;
  return createTestApp({ dataDir: t.dataDir, ...(databaseUrl ? { databaseUrl, dataKeys } : {}), ...overrides }, now);
}
