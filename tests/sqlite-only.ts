// Test files about SQLite itself (WAL, the group commit, file backups, SIGKILL of the
// embedded database, the key generated into DATA_DIR): they run in the SQLite pass only;
// vitest.pg.config.ts excludes them. Each says why in its first lines.
export const sqliteOnly: string[] = [
  // The group commit (sqlite-write-batcher.ts): PostgreSQL commits on its own.
  'tests/server/write-batcher.test.ts',
  // npm run backup / restore copy the SQLite file; PostgreSQL is backed up with its own tools.
  'tests/server/backup-restore.test.ts',
  // SIGKILL during filings, then WAL recovery of the embedded database.
  'tests/server/durability-sigkill.test.ts',
  // Without MADOGUCHI_DATA_KEY a key is generated into DATA_DIR; PostgreSQL refuses to start without one.
  'tests/server/sensitive/generated-data-key.test.ts',
];
