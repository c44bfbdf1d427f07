import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { WriteBatcher } from '../../server/store/write-batcher.ts';

function table() {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (v INTEGER UNIQUE)');
  return db;
}

describe('WriteBatcher', () => {
  it('acknowledges nothing before the commit is made durable', async () => {
    const db = table();
    let release!: () => void;
    let syncs = 0;
    const batcher = new WriteBatcher(db, () => {
      syncs++;
      return new Promise<void>((r) => (release = r));
    });
    let acked = false;
    const write = batcher.run(() => db.prepare('INSERT INTO t VALUES (1)').run()).then(() => (acked = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(syncs).toBe(1);
    expect(acked).toBe(false);
    release();
    await write;
    expect(acked).toBe(true);
  });

  it('shares one commit and one sync among writes that arrive together, each atomic on its own', async () => {
    const db = table();
    let syncs = 0;
    const batcher = new WriteBatcher(db, async () => void syncs++);
    const results = await Promise.allSettled([
      batcher.run(() => db.prepare('INSERT INTO t VALUES (1)').run()),
      batcher.run(() => {
        db.prepare('INSERT INTO t VALUES (2)').run();
        db.prepare('INSERT INTO t VALUES (1)').run(); // fails: its own first insert is undone too
      }),
      batcher.run(() => db.prepare('INSERT INTO t VALUES (3)').run()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.prepare('SELECT v FROM t ORDER BY v').pluck().all()).toEqual([1, 3]);
    expect(syncs).toBe(1);
  });

  it('fails the writes whose sync failed', async () => {
    const db = table();
    const batcher = new WriteBatcher(db, () => Promise.reject(new Error('disk gone')));
    await expect(batcher.run(() => db.prepare('INSERT INTO t VALUES (1)').run())).rejects.toThrow('disk gone');
  });
});
