// PostgreSQL for the benches: a throwaway database per run on the server the tests use.
// The bench process itself stays on SQLite's dialect; only the server it starts (a child
// process with DATABASE_URL) talks PostgreSQL through the app's own store.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { withDatabase } from '../../tests/helpers/pg.ts';

/** The maintenance database to create bench databases from; trust auth on 127.0.0.1. */
export const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function databaseUrl(name: string): string {
  return withDatabase(PG_ADMIN_URL, name);
}

export async function pgQuery<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The server's version, or the reason it cannot be reached. */
export async function pgVersion(): Promise<{ version: string } | { error: string }> {
  try {
    const [row] = await pgQuery<{ server_version: string }>(PG_ADMIN_URL, 'SHOW server_version');
    return { version: row!.server_version };
  } catch (error) {
    return { error: `PostgreSQL at ${PG_ADMIN_URL} unreachable (${(error as Error).message})` };
  }
}

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(prefix = 'madoguchi_bench'): Promise<BenchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await pgQuery(PG_ADMIN_URL, `CREATE DATABASE ${name}`);
  return { name, url: databaseUrl(name), drop: () => dropDatabase(name) };
}

export async function dropDatabase(name: string): Promise<void> {
  await pgQuery(PG_ADMIN_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
