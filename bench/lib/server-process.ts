// Runs the real server (server/main.ts) in its own process so the load generator does
// not share its event loop, and so it can run on PostgreSQL while the bench process
// stays on SQLite: the dialect is chosen per process from DATABASE_URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    // One load generator on one address is what the rate limits exist to stop: off here.
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      // Never inherited: which database a run measures is the bench's choice, not the shell's.
      DATABASE_URL: options.databaseUrl ?? '',
      LOG_LEVEL: 'warn',
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
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}) before answering /healthz`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i >= 600) {
      await stop();
      throw new Error('the server did not answer /healthz within 60 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, dataDir, child, stop };
}
