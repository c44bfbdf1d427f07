// The two dialect schemas must describe the same database (docs/adr/0013-two-databases.md):
// same tables, same columns with the same nullability and defaults, same indexes. A column
// added to one and forgotten in the other would make a feature work on one database only.
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { is } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as pg from '../../server/store/schema.pg.ts';
import * as sqlite from '../../server/store/schema.sqlite.ts';

interface Shape {
  columns: Record<string, { notNull: boolean; hasDefault: boolean; primary: boolean }>;
  indexes: string[];
  primaryKeys: string[][];
}

function shapes(mod: Record<string, unknown>, kind: 'pg' | 'sqlite'): Record<string, Shape> {
  const out: Record<string, Shape> = {};
  for (const value of Object.values(mod)) {
    if (kind === 'pg' ? !is(value, PgTable) : !is(value, SQLiteTable)) continue;
    const c = kind === 'pg' ? pgConfig(value as PgTable) : sqliteConfig(value as SQLiteTable);
    out[c.name] = {
      columns: Object.fromEntries(c.columns.map((col) => [col.name, { notNull: col.notNull, hasDefault: col.hasDefault || col.name === 'id' && col.primary, primary: col.primary }])),
      indexes: c.indexes.map((i) => i.config.name ?? '').sort(),
      primaryKeys: c.primaryKeys.map((pk) => pk.columns.map((col) => col.name)),
    };
  }
  return out;
}

describe('SQLite and PostgreSQL schemas', () => {
  const a = shapes(sqlite, 'sqlite');
  const b = shapes(pg, 'pg');

  it('have the same tables', () => {
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(Object.keys(a).length).toBeGreaterThan(15);
  });

  it('have the same columns, nullability, defaults, keys and indexes in every table', () => {
    for (const name of Object.keys(a)) expect(b[name], name).toEqual(a[name]);
  });
});
