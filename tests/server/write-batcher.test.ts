// SQLite only (tests/sqlite-only.ts): the group commit of the embedded database.
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../server/store/db.ts';
import { rawRows, rawRun } from '../../server/store/rows.ts';
import { WriteBatcher } from '../../server/store/sqlite-write-batcher.ts';

function table() {
  const sqlite = new Database(':memory:');
  sqlite.exec('CREATE TABLE t (v INTEGER UNIQUE)');
  return { sqlite, db: drizzle(sqlite) as unknown as Db };
}

const insert = (tx: Db, v: number) => rawRun(tx, sql`INSERT INTO t VALUES (${v})`);
const values = async (db: Db) => (await rawRows<{ v: number }>(db, sql`SELECT v FROM t ORDER BY v`)).map((r) => r.v);

describe('WriteBatcher', () => {
  it('acknowledges nothing before the commit is made durable', async () => {
    const { sqlite, db } = table();
    let release!: () => void;
    let syncs = 0;
    const batcher = new WriteBatcher(sqlite, db, () => {
      syncs++;
      return new Promise<void>((r) => (release = r));
    });
    let acked = false;
    const write = batcher.run((tx) => insert(tx, 1)).then(() => (acked = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(syncs).toBe(1);
    expect(acked).toBe(false);
    release();
    await write;
    expect(acked).toBe(true);
  });

  it('shares one commit and one sync among writes that arrive together, each atomic on its own', async () => {
    const { sqlite, db } = table();
    let syncs = 0;
    const batcher = new WriteBatcher(sqlite, db, async () => void syncs++);
    const results = await Promise.allSettled([
      batcher.run((tx) => insert(tx, 1)),
      batcher.run(async (tx) => {
        await insert(tx, 2);
        await insert(tx, 1); // fails: its own first insert is undone too
      }),
      batcher.run((tx) => insert(tx, 3)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await values(db)).toEqual([1, 3]);
    expect(syncs).toBe(1);
  });

  it('runs async jobs one after another: a job that awaits between statements sees no other job in between', async () => {
    const { sqlite, db } = table();
    const batcher = new WriteBatcher(sqlite, db, async () => {});
    const seen: number[][] = [];
    await Promise.all([
      batcher.run(async (tx) => {
        await insert(tx, 1);
        await new Promise((r) => setTimeout(r, 10));
        seen.push(await values(tx));
        await insert(tx, 2);
      }),
      batcher.run(async (tx) => {
        seen.push(await values(tx));
        await insert(tx, 3);
      }),
    ]);
    expect(seen).toEqual([[1], [1, 2]]);
    expect(await values(db)).toEqual([1, 2, 3]);
  });

  it('gives each job its value, and a synchronous job works as before', async () => {
    const { sqlite, db } = table();
    const batcher = new WriteBatcher(sqlite, db, async () => {});
    expect(await batcher.run(() => 42)).toBe(42);
    expect(await batcher.run(async (tx) => (await insert(tx, 7), 'done'))).toBe('done');
  });

  it('fails the writes whose sync failed', async () => {
    const { sqlite, db } = table();
    const batcher = new WriteBatcher(sqlite, db, () => Promise.reject(new Error('disk gone')));
    await expect(batcher.run((tx) => insert(tx, 1))).rejects.toThrow('disk gone');
  });
});
