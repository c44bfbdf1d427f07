// Runs the real server (server/main.ts) in its own process so the load generator does
// not share its event loop, and so it can run on PostgreSQL while the bench process
// stays on SQLite: the dialect is chosen per process from DATABASE_URL. The process itself
// is started as the tests start theirs (tests/helpers/server-process.ts); this adds the
// bench's settings.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess as startProcess } from '../../tests/helpers/server-process.ts';

export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** postgres://… to run the server on PostgreSQL; unset: SQLite in the data directory. */
  databaseUrl?: string | undefined;
}

export async function startServerProcess(port: number, env: Record<string, string> = {}, options: ServerOptions = {}): Promise<ServerProcess> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'madoguchi-bench-'));
  const server = await startProcess(
    {
      DATA_DIR: dataDir,
      // Never inherited: which database a run measures is the bench's choice, not the shell's.
      DATABASE_URL: options.databaseUrl ?? '',
      LOG_LEVEL: 'warn',
      // One load generator on one address is what the rate limits exist to stop: off here.
      RATE_LIMIT_SUBMIT_PER_MINUTE: '0',
      RATE_LIMIT_UPLOAD_PER_MINUTE: '0',
      RATE_LIMIT_LOGIN_PER_MINUTE: '0',
      // A load generator cannot solve a proof of work per request the way a phone does once.
      SPAM_PROOF: 'off',
      // PostgreSQL wants the key from the environment (every instance the same); a bench's
      // data is made up, so a fixed key that is no secret will do.
      ...(options.databaseUrl ? { MADOGUCHI_DATA_KEY: Buffer.alloc(32, 'madoguchi-bench').toString('base64') } : {}),
      ...env,
    },
    { port, stdout: 'inherit' },
  );
  return { url: server.url, dataDir, child: server.child, stop: server.stop };
}
