// Opens the database this process uses (dialect.ts) and gives every caller the same three
// things: `db` for reads, `writes.run(tx => …)` for every change (durable when it resolves),
// and `ping`/`close` (docs/adr/0013-two-databases.md).
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type * as pgSchema from './schema.pg.ts';
import { dialect, type Dialect } from './dialect.ts';

/** Both dialects' database, typed as PostgreSQL's async query API (see tables.ts). */
export type Db = PgDatabase<NodePgQueryResultHKT, typeof pgSchema>;

export interface Writes {
  /**
   * Runs `work` in a transaction and resolves once it is committed and durable. Every
   * statement of the work goes through `tx`. Slow work that needs no database (hashing a
   * password, reading a file) belongs before the call: on SQLite the transaction is shared
   * with the other writes of its batch.
   */
  run<T>(work: (tx: Db) => Promise<T> | T): Promise<T>;
}

export interface Store {
  dialect: Dialect;
  db: Db;
  writes: Writes;
  /** Throws if the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The embedded database's own connection, for what only SQLite has (backup, WAL). */
  sqlite?: import('better-sqlite3').Database;
}

export interface StoreOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** PostgreSQL connections per instance. */
  poolSize?: number;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const wanted = options.databaseUrl ? 'pg' : 'sqlite';
  if (wanted !== dialect) {
    // The tables were chosen when the process started (tables.ts); a config that disagrees would query the wrong ones.
    throw new Error(`this process was started for ${dialect === 'pg' ? 'PostgreSQL' : 'SQLite'} (DATABASE_URL), but the config asks for ${wanted === 'pg' ? 'PostgreSQL' : 'SQLite'}`);
  }
  if (dialect === 'pg') return (await import('./pg-store.ts')).openPgStore(options.databaseUrl!, options.poolSize ?? 10);
  return (await import('./sqlite-store.ts')).openSqliteStore(options.dataDir);
}
