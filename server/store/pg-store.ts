import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Db, Store, Writes } from './db.ts';
import * as schema from './schema.pg.ts';

const MIGRATIONS = new URL('../../migrations/pg', import.meta.url).pathname;
// Any constant: instances starting together take turns applying migrations.
const MIGRATION_LOCK = 7_231_001;
// serialization_failure, deadlock_detected: the transaction did nothing and may simply run again.
const RETRYABLE = new Set(['40001', '40P01']);

/**
 * PostgreSQL: a pool per instance, several instances on one database. A commit is durable
 * when it returns (synchronous_commit on, PostgreSQL's default), so no group commit here.
 */
export async function openPgStore(url: string, poolSize: number): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server dropped must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const orm = drizzle(pool, { schema });
  // The lock is held on a connection of its own: the migrator needs the pool's, even with a pool of one.
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(orm, { migrationsFolder: MIGRATIONS });
  } catch (error) {
    await pool.end();
    throw error;
  } finally {
    await lock.end().catch(() => {});
  }
  const db = orm as unknown as Db;
  return {
    dialect: 'pg',
    db,
    writes: new PgWrites(db),
    ping: async () => void (await pool.query('SELECT 1')),
    close: () => pool.end(),
  };
}

class PgWrites implements Writes {
  constructor(private readonly db: Db) {}

  async run<T>(work: (tx: Db) => Promise<T> | T): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(async (tx) => work(tx as unknown as Db));
      } catch (error) {
        if (attempt >= 5 || !RETRYABLE.has((error as { code?: string }).code ?? '')) throw error;
      }
    }
  }
}
