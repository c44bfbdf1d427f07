// Builds the real app on a fresh SQLite file in a temp directory, for app.inject() tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { type Config, loadConfig } from '../../server/config.ts';
import { captureStream, capturing } from './log-capture.ts';

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
  const config = loadConfig({ SPAM_PROOF: 'off' }, { dataDir, logLevel: process.env.TEST_LOG_LEVEL ?? 'trace', rateLimits: { submit: 0, upload: 0, login: 0 }, ...overrides });
  const app = await buildApp(config, { now, ...(capturing ? { logStream: captureStream } : {}) });
  return {
    app,
    dataDir,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
