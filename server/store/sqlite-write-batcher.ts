// Group commit (ADR 0003). Each write runs in its own savepoint, writes that arrive
// together share one transaction, and a caller's promise settles only after an fsync
// of the WAL that began after its commit. The fsync runs on libuv's thread pool with at
// most one in flight: commits made meanwhile share the next one, and the event loop
// keeps reading and validating requests while the disk works.
//
// A job may be async (the repositories await their queries, so the same code runs on
// PostgreSQL): a batch runs its jobs one after another, and the next batch starts when
// this one has committed. better-sqlite3 answers synchronously, so awaiting a query only
// yields to other promise callbacks, never to another request's write.
import type Database from 'better-sqlite3';
import type { Db, Writes } from './db.ts';

interface Job {
  work: (tx: Db) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Settle = (syncError?: unknown) => void;

export class WriteBatcher implements Writes {
  private queue: Job[] = [];
  private scheduled = false;
  private flushing = false;
  private syncing = false;
  private awaitingSync: Settle[] = [];
  // Prepared once: building a transaction wrapper per write cost more than the write.
  private readonly sql: Record<'begin' | 'commit' | 'rollback' | 'savepoint' | 'release' | 'undo', Database.Statement>;

  constructor(
    private readonly sqlite: Database.Database,
    /** The drizzle database on the same connection, handed to each job as its `tx`. */
    private readonly db: Db,
    /** Makes every commit so far durable (fsync of the WAL). */
    private readonly makeDurable: () => Promise<void>,
    /** Commit as soon as this many writes wait, so the disk starts early under load. */
    private readonly eagerBatch = 16,
  ) {
    const prepare = (text: string) => sqlite.prepare(text);
    this.sql = {
      begin: prepare('BEGIN IMMEDIATE'),
      commit: prepare('COMMIT'),
      rollback: prepare('ROLLBACK'),
      savepoint: prepare('SAVEPOINT job'),
      release: prepare('RELEASE job'),
      undo: prepare('ROLLBACK TO job'),
    };
  }

  run<T>(work: (tx: Db) => Promise<T> | T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (this.queue.length >= this.eagerBatch) queueMicrotask(() => void this.flush());
      else if (!this.scheduled) {
        this.scheduled = true;
        // setImmediate lets every request already read from the sockets join this batch.
        setImmediate(() => {
          this.scheduled = false;
          void this.flush();
        });
      }
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    const batch = this.queue.splice(0);
    if (batch.length === 0) return;
    this.flushing = true;
    try {
      await this.commit(batch);
    } finally {
      this.flushing = false;
      // Jobs that arrived while this batch ran form the next one.
      if (this.queue.length > 0) void this.flush();
    }
  }

  private async commit(batch: Job[]): Promise<void> {
    const outcomes: { ok: boolean; value: unknown }[] = [];
    const { sql } = this;
    try {
      sql.begin.run();
      for (const job of batch) {
        sql.savepoint.run();
        try {
          let value = job.work(this.db);
          // Awaited only when the job is async: a synchronous job keeps the batch synchronous.
          if (value instanceof Promise) value = await value;
          outcomes.push({ ok: true, value });
          sql.release.run();
        } catch (error) {
          sql.undo.run();
          sql.release.run();
          outcomes.push({ ok: false, value: error });
        }
      }
      sql.commit.run();
    } catch (error) {
      if (this.sqlite.inTransaction) sql.rollback.run();
      for (const job of batch) job.reject(error);
      return;
    }
    const settle: Settle = (syncError) =>
      batch.forEach((job, i) => {
        const outcome = outcomes[i]!;
        if (syncError !== undefined && outcome.ok) job.reject(syncError);
        else if (outcome.ok) job.resolve(outcome.value);
        else job.reject(outcome.value);
      });
    // Nothing was written if every job failed; no need to wait for the disk.
    if (!outcomes.some((o) => o.ok)) return settle();
    this.awaitingSync.push(settle);
    if (!this.syncing) this.sync();
  }

  private sync(): void {
    const settles = this.awaitingSync;
    this.awaitingSync = [];
    this.syncing = true;
    const done = (error?: unknown) => {
      this.syncing = false;
      for (const settle of settles) settle(error);
      if (this.awaitingSync.length > 0) this.sync();
    };
    this.makeDurable().then(() => done(), (error: unknown) => done(error ?? new Error('fsync failed')));
  }
}
