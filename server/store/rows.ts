// What the two drivers answer differently, read the same way.
import { type SQL } from 'drizzle-orm';
import type { Db } from './db.ts';
import { dialect } from './dialect.ts';

/** The first row of a query's rows, or undefined: `first(await db.select()…limit(1))`. */
export function first<T>(rows: readonly T[]): T | undefined {
  return rows[0];
}

/** Rows an UPDATE or DELETE touched: node-postgres says rowCount, better-sqlite3 changes. */
export function affected(result: unknown): number {
  const r = result as { rowCount?: number | null; changes?: number };
  return r.rowCount ?? r.changes ?? 0;
}

/** Rows of a raw SQL query, for the few queries drizzle's builder cannot say. */
export async function rawRows<T>(db: Db, query: SQL): Promise<T[]> {
  if (dialect === 'pg') return (await db.execute(query)).rows as T[];
  return (db as unknown as { all(q: SQL): T[] }).all(query);
}

/** Runs a raw SQL statement (no rows wanted). */
export async function rawRun(db: Db, query: SQL): Promise<void> {
  if (dialect === 'pg') await db.execute(query);
  else (db as unknown as { run(q: SQL): unknown }).run(query);
}
