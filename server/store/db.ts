import { closeSync, fsync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.sqlite.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database; walPath: string };

const MIGRATIONS = new URL('../../migrations/sqlite', import.meta.url).pathname;

/**
 * Opens (creating if needed) the embedded database and applies pending migrations.
 * WAL with synchronous=NORMAL keeps every checkpoint safe; per-commit durability comes
 * from `walSync` below, awaited before any write is acknowledged (ADR 0003).
 */
export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'madoguchi.sqlite');
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS });
  db.walPath = `${file}-wal`;
  return db;
}

/**
 * An fsync of the WAL file on the thread pool: afterwards every transaction committed
 * so far is on disk. The WAL file lives (same inode) as long as our connection is open.
 */
export function walSync(db: Db): { sync(): Promise<void>; close(): void } {
  const fd = openSync(db.walPath, 'r');
  return {
    sync: () => new Promise((resolve, reject) => fsync(fd, (error) => (error ? reject(error) : resolve()))),
    close: () => closeSync(fd),
  };
}
