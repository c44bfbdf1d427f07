import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Browser tests drive a real Chromium against a real server; give them room.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The SQLite pass, whatever the shell exports; vitest.pg.config.ts is the PostgreSQL pass.
    env: { DATABASE_URL: '' },
    setupFiles: ['./tests/setup/no-personal-data-in-logs.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
