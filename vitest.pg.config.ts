// The PostgreSQL pass: the HTTP suite again, with DATABASE_URL set, so every route and
// repository is exercised on both databases (issue 6). Files about SQLite itself (WAL,
// the group commit, file backups) are listed in tests/sqlite-only.ts and run in the
// SQLite pass only. If PostgreSQL cannot be reached, the global setup fails the run.
import { defineConfig } from 'vitest/config';
import { sqliteOnly } from './tests/sqlite-only.ts';
import base from './vitest.config.ts';

const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export default defineConfig({
  test: {
    ...base.test,
    include: ['tests/server/**/*.test.ts'],
    // Multi-instance tests start their own server processes on their own PostgreSQL database, in the SQLite pass.
    exclude: [...sqliteOnly, 'tests/server/multi-instance/**'],
    env: { DATABASE_URL: url },
    globalSetup: ['./tests/setup/postgres-reachable.ts'],
    reporters: ['default', ['./tests/summary-reporter.ts', { label: 'PostgreSQL' }]],
  },
});
