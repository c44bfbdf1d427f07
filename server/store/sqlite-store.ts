import { closeSync, fsync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db, Store } from './db.ts';
import * as schema from './schema.sqlite.ts';
import { WriteBatcher } from './sqlite-write-batcher.ts';

const MIGRATIONS = new URL('../../migrations/sqlite', import.meta.url).pathname;

export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'madoguchi.sqlite');
}

/**
 * Opens (creating if needed) the embedded database and applies pending migrations.
 * WAL with synchronous=NORMAL keeps every checkpoint safe; per-commit durability comes
 * from an fsync of the WAL, awaited before any write is acknowledged (ADR 0003).
 */
export function openSqliteStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const file = sqliteFile(dataDir);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  reusePreparedStatements(sqlite);
  const orm = drizzle(sqlite, { schema });
  migrate(orm, { migrationsFolder: MIGRATIONS });
  const wal = walSync(`${file}-wal`);
  const db = orm as unknown as Db;
  const ping = sqlite.prepare('SELECT 1');
  return {
    dialect: 'sqlite',
    db,
    writes: new WriteBatcher(sqlite, db, wal.sync),
    sqlite,
    ping: async () => void ping.get(),
    close: async () => {
      wal.close();
      sqlite.close();
    },
  };
}

/**
 * drizzle asks better-sqlite3 to prepare (compile) a statement for every query it runs: a
 * filing's seven statements spent more time being compiled than executed. The same SQL
 * text gets the same compiled statement back. drizzle's queries run to completion before
 * they return (no iterators), so a statement is never in use twice; `raw()` is a mode that
 * drizzle sets when it wants arrays, so a reused reader is put back to objects first.
 */
function reusePreparedStatements(sqlite: Database.Database, max = 512): void {
  const cache = new Map<string, Database.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (statement) {
      // Most recently used last, so the first key is the one to drop.
      cache.delete(source);
      cache.set(source, statement);
      if (statement.reader) statement.raw(false);
      return statement;
    }
    statement = prepare(source);
    cache.set(source, statement);
    if (cache.size > max) cache.delete(cache.keys().next().value!);
    return statement;
  }) as typeof sqlite.prepare;
}

/**
 * An fsync of the WAL file on the thread pool: afterwards every transaction committed
 * so far is on disk. The WAL file lives (same inode) as long as our connection is open.
 */
function walSync(walPath: string): { sync(): Promise<void>; close(): void } {
  const fd = openSync(walPath, 'r');
  return {
    sync: () => new Promise((resolve, reject) => fsync(fd, (error) => (error ? reject(error) : resolve()))),
    close: () => closeSync(fd),
  };
}
