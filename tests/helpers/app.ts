// Builds the real app on a fresh SQLite file in a temp directory, for app.inject() tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { type Config, loadConfig } from '../../server/config.ts';

export interface TestApp {
  app: FastifyInstance;
  dataDir: string;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<Config> = {}, now?: () => Date): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-test-'));
  const config = loadConfig({}, { dataDir, logLevel: process.env.TEST_LOG_LEVEL ?? 'silent', ...overrides });
  const app = await buildApp(config, { now });
  return {
    app,
    dataDir,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
