// A fresh PostgreSQL database per test app, so tests never see each other's rows, like
// the fresh SQLite file each gets. Created on the server DATABASE_URL names, dropped on close.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { dialect } from '../../server/store/dialect.ts';

export interface PgDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

let counter = 0;

/** The server the PostgreSQL pass runs against (its own database is only used to create others). */
export function pgServerUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: this test needs PostgreSQL');
  return url;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL at ${new URL(url).host} is unreachable (${(error as Error).message}): the PostgreSQL test pass cannot run`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createPgDatabase(serverUrl = pgServerUrl()): Promise<PgDatabase> {
  const name = `madoguchi_t_${process.pid}_${++counter}_${randomBytes(3).toString('hex')}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    url: withDatabase(serverUrl, name),
    name,
    drop: () => admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Drops databases that interrupted runs left behind: those whose creating process is gone (a running suite's stay). */
export async function dropLeftoverDatabases(serverUrl = pgServerUrl()): Promise<number> {
  return admin(serverUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'madoguchi\\_t\\_%'");
    const left = rows.filter(({ datname }) => !alive(Number(datname.split('_')[2])));
    for (const { datname } of left) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    return left.length;
  });
}

export interface TestDatabase {
  /** Environment for loadConfig or a child process: DATABASE_URL and a data key on PostgreSQL, nothing on SQLite. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A database for one test app or CLI child: in the PostgreSQL pass a fresh one, on SQLite the data directory holds the file. */
export async function testDatabase(): Promise<TestDatabase> {
  if (dialect !== 'pg') return { env: {}, drop: async () => {} };
  const db = await createPgDatabase();
  // PostgreSQL refuses to start without MADOGUCHI_DATA_KEY (one key for every instance).
  return { env: { DATABASE_URL: db.url, MADOGUCHI_DATA_KEY: randomBytes(32).toString('base64') }, drop: db.drop };
}
