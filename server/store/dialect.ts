// Which database this process talks to, fixed at start from DATABASE_URL: SQLite (the
// embedded default) or PostgreSQL (docs/adr/0013-two-databases.md). One process, one
// dialect: the tables every repository imports are that dialect's (tables.ts).
export type Dialect = 'sqlite' | 'pg';

export function dialectOf(databaseUrl: string | undefined): Dialect {
  if (databaseUrl === undefined || databaseUrl === '') return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return 'pg';
  throw new Error('DATABASE_URL must start with postgres:// (leave it unset for the embedded SQLite database)');
}

export const dialect: Dialect = dialectOf(process.env.DATABASE_URL);
