// Builds the real app on a fresh database, for app.inject() tests: a SQLite file in a temp
// directory, or (in the PostgreSQL pass, DATABASE_URL set) a fresh PostgreSQL database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { type Config, loadConfig } from '../../server/config.ts';
import { captureStream, capturing } from './log-capture.ts';
import { testDatabase } from './pg.ts';

export interface TestApp {
  app: FastifyInstance;
  dataDir: string;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Config> = {}, now?: () => Date): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-test-'));
  // A test that brings its own database (a restart on the same data) keeps it.
  const database = overrides.databaseUrl === undefined ? await testDatabase() : undefined;
  // Logged at trace into a buffer that tests/setup checks for personal data.
  // Rate limits and the proof of work off unless a test asks for them: suites file hundreds
  // of answers from one address.
  const config = loadConfig({ SPAM_PROOF: 'off', ...database?.env }, { dataDir, databasePoolSize: 4, logLevel: process.env.TEST_LOG_LEVEL ?? 'trace', rateLimits: { submit: 0, upload: 0, login: 0 }, ...overrides });
  let app: FastifyInstance;
  try {
    app = await buildApp(config, { now, ...(capturing ? { logStream: captureStream } : {}) });
  } catch (error) {
    await database?.drop();
    throw error;
  }
  return {
    app,
    dataDir,
    async close() {
      await app.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
