// Online backup and restore of the SQLite database in DATA_DIR (docs: README "Backup and
// restore"). Uploads live inside the database, so the database file is the whole record;
// the generated data key (DATA_DIR/data-key) goes with it when there is one, because
// without it sealed answers cannot be opened (docs/adr/0009-sensitive-fields.md).
// PostgreSQL installations use pg_dump/pg_restore instead: nothing here is dialect-neutral.
import { chmodSync, copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { KEY_FILE } from '../sensitive/data-keys.ts';
import { dialect } from './dialect.ts';

export const DATABASE_FILE = 'madoguchi.sqlite';
const SIDE_FILES = ['-wal', '-shm', '-journal'];

export class BackupError extends Error {}

/** Everything here reads and writes SQLite files: on PostgreSQL it would copy nothing that matters. */
function refuseOnPostgres(what: string): void {
  if (dialect === 'pg') throw new BackupError(`${what} is for the embedded SQLite database only; DATABASE_URL points at PostgreSQL: for PostgreSQL use pg_dump and pg_restore; see README`);
}

export interface BackupResult {
  dir: string;
  database: string;
  /** Set when DATA_DIR held a generated data key: the backup now holds it too. */
  dataKey?: string;
}

/** `2026-12-01T15:41:56.123Z` → `20261201T154156Z`, for directory names. */
export function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/**
 * Copies the database page by page through SQLite's backup API while the server keeps
 * running (its writes are either wholly in the copy or not at all), then checks the copy.
 */
export async function backupDatabase(dataDir: string, destDir: string): Promise<BackupResult> {
  refuseOnPostgres('backup');
  const source = join(dataDir, DATABASE_FILE);
  if (!existsSync(source)) throw new BackupError(`no database at ${source}`);
  mkdirSync(destDir, { recursive: true });
  const database = join(destDir, DATABASE_FILE);
  if (existsSync(database)) throw new BackupError(`${database} exists already; give an empty directory`);
  const partial = `${database}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(partial);
  } finally {
    db.close();
  }
  // The copy takes the source's WAL mode: fold it back into one self-contained file.
  const copy = new Database(partial, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  checkIntegrity(partial);
  renameSync(partial, database);
  chmodSync(database, 0o600);
  const result: BackupResult = { dir: destDir, database };
  const key = join(dataDir, KEY_FILE);
  if (existsSync(key)) {
    result.dataKey = join(destDir, KEY_FILE);
    copyFileSync(key, result.dataKey);
    chmodSync(result.dataKey, 0o600);
  }
  return result;
}

/** Throws unless SQLite finds the file whole (PRAGMA integrity_check answers just "ok"). */
export function checkIntegrity(file: string): void {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} cannot be opened as a database: ${(error as Error).message}`);
  }
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0]!.integrity_check !== 'ok') {
      throw new BackupError(`${file} failed the integrity check: ${rows.slice(0, 5).map((r) => r.integrity_check).join('; ')}`);
    }
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'submissions'").get() as { n: number };
    if (tables.n !== 1) throw new BackupError(`${file} is not a madoguchi database (no submissions table)`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} failed the integrity check: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

/**
 * Whether some process (a running server) has the database open. Leaving WAL mode needs
 * every other connection gone, so a busy answer means someone holds it; a SIGKILLed
 * server holds nothing. On success the WAL has been folded into the main file.
 */
export function databaseInUse(file: string): boolean {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('journal_mode = DELETE');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    db.close();
  }
}

export interface RestoreResult {
  database: string;
  /** Where the files it replaced were put, if there were any. */
  keptAside?: string;
  dataKeyRestored: boolean;
}

/**
 * Brings a backup directory back into DATA_DIR. The copy is checked before anything in
 * DATA_DIR is touched; a database already there is replaced only with `force`, never while
 * a server holds it, and is moved aside (with its data key) rather than deleted.
 */
export function restoreBackup(backupDir: string, dataDir: string, options: { force: boolean; now: Date }): RestoreResult {
  refuseOnPostgres('restore');
  const source = join(backupDir, DATABASE_FILE);
  if (!existsSync(source)) throw new BackupError(`no ${DATABASE_FILE} in ${backupDir}`);
  checkIntegrity(source);
  mkdirSync(dataDir, { recursive: true });
  const target = join(dataDir, DATABASE_FILE);
  const sourceKey = join(backupDir, KEY_FILE);
  const targetKey = join(dataDir, KEY_FILE);

  // Copy into DATA_DIR first (same file system), check again, then swap by rename.
  const incoming = `${target}.restoring`;
  rmSync(incoming, { force: true });
  copyFileSync(source, incoming);
  chmodSync(incoming, 0o600);
  try {
    checkIntegrity(incoming);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }

  const present = [target, ...SIDE_FILES.map((s) => target + s)].filter(existsSync);
  let keptAside: string | undefined;
  if (existsSync(target)) {
    if (!options.force) {
      rmSync(incoming, { force: true });
      throw new BackupError(`${target} exists: stop the server, then run again with --force (the current database is kept aside, not deleted)`);
    }
    if (databaseInUse(target)) {
      rmSync(incoming, { force: true });
      throw new BackupError(`${target} is open in a running server: stop it first (restore never replaces a database in use)`);
    }
  }
  if (present.length > 0 || (existsSync(targetKey) && existsSync(sourceKey))) {
    keptAside = join(dataDir, `replaced-${stamp(options.now)}`);
    mkdirSync(keptAside, { recursive: true });
    for (const file of present) {
      if (existsSync(file)) renameSync(file, join(keptAside, basename(file)));
    }
    if (existsSync(targetKey) && existsSync(sourceKey)) renameSync(targetKey, join(keptAside, KEY_FILE));
  }
  renameSync(incoming, target);
  let dataKeyRestored = false;
  if (existsSync(sourceKey)) {
    copyFileSync(sourceKey, targetKey);
    chmodSync(targetKey, 0o600);
    dataKeyRestored = true;
  }
  return { database: target, keptAside, dataKeyRestored };
}
