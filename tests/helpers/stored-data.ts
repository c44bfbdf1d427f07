// What the database itself holds, for tests that a value never reaches it in clear: on
// SQLite the bytes of the file and its WAL, on PostgreSQL every row of every table as text
// (there is no file of ours to read there).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { dialect } from '../../server/store/dialect.ts';
import { rawRows } from '../../server/store/rows.ts';
import type { TestApp } from './app.ts';

async function pgTables(t: TestApp): Promise<string[]> {
  const rows = await rawRows<{ name: string }>(t.app.ctx.db, sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`);
  return rows.map((r) => r.name);
}

/** Whether `text` is anywhere in what the database stores. */
export async function inDatabase(t: TestApp, text: string): Promise<boolean> {
  if (dialect === 'pg') {
    for (const table of await pgTables(t)) {
      const [row] = await rawRows<{ found: boolean }>(t.app.ctx.db, sql`SELECT EXISTS (SELECT 1 FROM ${sql.identifier(table)} t WHERE strpos(t::text, ${text}) > 0) AS found`);
      if (row?.found) return true;
    }
    return false;
  }
  const bytes = ['madoguchi.sqlite', 'madoguchi.sqlite-wal']
    .map((f) => join(t.dataDir, f))
    .filter(existsSync)
    .map((f) => readFileSync(f).toString('latin1'))
    .join('');
  return bytes.includes(Buffer.from(text, 'utf8').toString('latin1'));
}

/** A table's column names, in the order the table declares them. */
export async function columnsOf(t: TestApp, table: string): Promise<string[]> {
  const rows =
    dialect === 'pg'
      ? await rawRows<{ name: string }>(t.app.ctx.db, sql`SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table} ORDER BY ordinal_position`)
      : await rawRows<{ name: string }>(t.app.ctx.db, sql`SELECT name FROM pragma_table_info(${table}) ORDER BY cid`);
  return rows.map((r) => r.name);
}
