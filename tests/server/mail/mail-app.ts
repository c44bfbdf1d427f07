// Apps for the mail tests: the real buildApp on a data directory (and database) that can
// outlive one app (a "crash" is closing one app and opening another on the same one), with a
// clock the test moves, and helpers to file a real submission the
// way a citizen does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/app.ts';
import { type Config, loadConfig, type OutboxConfig } from '../../../server/config.ts';
import { outbox } from '../../../server/store/tables.ts';
import { risaiAnswers, submit } from '../../helpers/fixtures.ts';
import { captureStream, capturedLog, capturing } from '../../helpers/log-capture.ts';
import { type TestDatabase, testDatabase } from '../../helpers/test-database.ts';

export const clock = { ms: Date.parse('2026-12-01T01:00:00.000Z') };
export const now = () => new Date(clock.ms);
export const advance = (ms: number) => {
  clock.ms += ms;
};

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'madoguchi-mail-'));
}

export interface MailAppOptions {
  dataDir: string;
  smtpUrl?: string;
  outbox?: Partial<OutboxConfig>;
  publicUrl?: string;
}

// The database of each data directory: a "crash" reopens the same one. In the PostgreSQL
// pass that is a database of its own, created with the first app on the directory.
const databases = new Map<string, Promise<TestDatabase>>();

function databaseOf(dataDir: string): Promise<TestDatabase> {
  let database = databases.get(dataDir);
  if (!database) databases.set(dataDir, (database = testDatabase()));
  return database;
}

export async function mailApp(o: MailAppOptions): Promise<FastifyInstance> {
  const defaults = loadConfig({});
  const { env } = await databaseOf(o.dataDir);
  // The proof of work is proven in its own tests; here filings go straight in.
  const config: Config = loadConfig(
    { SPAM_PROOF: 'off', ...env },
    {
      dataDir: o.dataDir,
      publicUrl: o.publicUrl,
      logLevel: process.env.TEST_LOG_LEVEL ?? 'trace',
      rateLimits: { submit: 0, upload: 0, login: 0 },
      mail: { ...defaults.mail, smtpUrl: o.smtpUrl },
      // Driven by runOnce() unless a test starts it.
      outbox: { ...defaults.outbox, enabled: false, ...o.outbox },
    },
  );
  return buildApp(config, { now, ...(capturing ? { logStream: captureStream } : {}) });
}

export async function removeDataDir(dir: string): Promise<void> {
  const database = databases.get(dir);
  databases.delete(dir);
  await (await database)?.drop();
  rmSync(dir, { recursive: true, force: true });
}

/** Files the 罹災証明書 example (it has an e-mail field) through the real route. */
export async function fileRisai(app: FastifyInstance, headers: Record<string, string> = {}) {
  const res = await submit(app, 'risai-shomei', await risaiAnswers(app), headers);
  if (res.statusCode !== 201) throw new Error(`filing failed: ${res.statusCode} ${res.body}`);
  return res.json() as { receiptNumber: string; statusUrl: string };
}

export async function outboxRows(app: FastifyInstance) {
  return app.ctx.db.select().from(outbox).orderBy(outbox.id);
}

/** The part of the captured server log written since `from` (an index into it). */
export function logSince(from: number): string {
  return capturedLog.slice(from).join('');
}
