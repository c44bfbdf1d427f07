// Group commit (ADR 0003). Each write runs in its own savepoint, writes that arrive
// together share one transaction, and a caller's promise settles only after an fsync
// of the WAL that began after its commit. The fsync runs on libuv's thread pool with at
// most one in flight: commits made meanwhile share the next one, and the event loop
// keeps reading and validating requests while the disk works.
import type Database from 'better-sqlite3';

interface Job {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Settle = (syncError?: unknown) => void;

export class WriteBatcher {
  private queue: Job[] = [];
  private scheduled = false;
  private syncing = false;
  private awaitingSync: Settle[] = [];
  // Prepared once: building a transaction wrapper per write cost more than the write.
  private readonly sql: Record<'begin' | 'commit' | 'rollback' | 'savepoint' | 'release' | 'undo', Database.Statement>;

  constructor(
    private readonly sqlite: Database.Database,
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

  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (this.queue.length >= this.eagerBatch) queueMicrotask(() => this.flush());
      else if (!this.scheduled) {
        this.scheduled = true;
        // setImmediate lets every request already read from the sockets join this batch.
        setImmediate(() => {
          this.scheduled = false;
          this.flush();
        });
      }
    });
  }

  private flush(): void {
    const batch = this.queue.splice(0);
    if (batch.length === 0) return;
    const outcomes: { ok: boolean; value: unknown }[] = [];
    const { sql } = this;
    try {
      sql.begin.run();
      for (const job of batch) {
        sql.savepoint.run();
        try {
          outcomes.push({ ok: true, value: job.work() });
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
