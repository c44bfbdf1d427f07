// Builds the real app on a fresh database, for app.inject() tests: a SQLite file in a temp
// directory, or (in the PostgreSQL pass, DATABASE_URL set) a fresh PostgreSQL database.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { type Config, loadConfig } from '../../server/config.ts';
import { dialect } from '../../server/store/dialect.ts';
import { captureStream, capturing } from './log-capture.ts';
import { createPgDatabase } from './pg.ts';

export interface TestApp {
  app: FastifyInstance;
  dataDir: string;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Config> = {}, now?: () => Date): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-test-'));
  // Logged at trace into a buffer that tests/setup checks for personal data.
  // Rate limits and the proof of work off unless a test asks for them: suites file hundreds
  // of answers from one address.
  const pg = dialect === 'pg' && overrides.databaseUrl === undefined ? await createPgDatabase() : undefined;
  // PostgreSQL wants the data key set (one key for every instance); a fresh one per app, like the file SQLite apps generate.
  const pgEnv = pg ? { DATABASE_URL: pg.url, MADOGUCHI_DATA_KEY: randomBytes(32).toString('base64') } : {};
  const config = loadConfig({ SPAM_PROOF: 'off', ...pgEnv }, { dataDir, databasePoolSize: 4, logLevel: process.env.TEST_LOG_LEVEL ?? 'trace', rateLimits: { submit: 0, upload: 0, login: 0 }, ...overrides });
  let app: FastifyInstance;
  try {
    app = await buildApp(config, { now, ...(capturing ? { logStream: captureStream } : {}) });
  } catch (error) {
    await pg?.drop();
    throw error;
  }
  return {
    app,
    dataDir,
    async close() {
      await app.close();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
