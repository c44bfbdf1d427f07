// Delivers the outbox (ADR 0008). Each round claims a few due rows for this process
// (a lease in the database, so any number of processes can share one outbox), delivers
// them one by one and records each outcome. A worker that dies holding a claim loses
// nothing: when the lease runs out the rows are due again for whoever looks next.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { OutboxConfig } from '../config.ts';
import type { Db, Writes } from '../store/db.ts';
import { claimDueMail, hasDueMail, markAttemptFailed, markSent, type OutgoingMail, releaseClaims } from './outbox-repo.ts';
import { errorForLog } from '../store/error-for-log.ts';
import { describeFailure, isPermanentFailure, retryDelayMs } from './retry-policy.ts';
import type { MailTransport } from './transport.ts';

export interface RunResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  /** Claimed but handed back unattempted (stopping, or the lease nearly over). */
  released: number;
}

/** What the rest of the server sees (ctx.outbox). */
export interface Outbox {
  /** Look for due mail now instead of at the next poll: called once a job that queued mail has committed. */
  wake(): void;
  /** One round: claim, deliver, record. Tests drive the worker with it. */
  runOnce(): Promise<RunResult>;
}

interface Deps {
  db: Db;
  writes: Writes;
  now: () => Date;
}

const BATCH = 10;
// A delivery is not started unless this much of the lease is left: more than one SMTP
// attempt can take with the transport's timeouts.
const LEASE_MARGIN_MS = 150_000;
const STOP_GRACE_MS = 15_000;

export class OutboxWorker implements Outbox {
  /** Per process and start; hostname and pid tell an admin which process holds a claim. */
  readonly id = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<RunResult> | undefined;
  private wokenWhileRunning = false;
  private ticking = false;
  private started = false;
  private stopping = false;

  constructor(
    private readonly deps: Deps,
    private readonly transport: MailTransport,
    private readonly config: OutboxConfig,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Polls every config.pollMs, and whenever woken by a mail queued in this process. */
  start(): void {
    if (this.started || this.stopping) return;
    this.started = true;
    this.log.info({ worker: this.id, pollMs: this.config.pollMs }, `outbox worker started: mail goes to ${this.transport.description}`);
    this.schedule(0);
  }

  wake(): void {
    if (!this.started || this.stopping) return;
    if (this.running) this.wokenWhileRunning = true;
    else this.schedule(0);
  }

  runOnce(): Promise<RunResult> {
    this.running ??= this.round().finally(() => {
      this.running = undefined;
      // A round started from outside (not by the timer) must not swallow a wake.
      if (this.wokenWhileRunning && !this.ticking && this.started && !this.stopping) {
        this.wokenWhileRunning = false;
        this.schedule(0);
      }
    });
    return this.running;
  }

  /**
   * Stops polling, lets the delivery in flight finish (up to a grace period) and hands
   * back claimed rows not yet attempted. Whatever is still claimed after that is due
   * again when its lease ends.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    const running = this.running;
    if (running) {
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([running.catch(() => undefined), new Promise((r) => (grace = setTimeout(r, STOP_GRACE_MS)))]);
      clearTimeout(grace);
    }
    this.transport.close();
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    let full = false;
    this.ticking = true;
    try {
      full = (await this.runOnce()).claimed === BATCH;
    } catch (error) {
      if (this.stopping) return;
      // A round fails on the database, not the transport: log the driver's error, not the query's parameters.
      this.log.error({ err: { message: describeFailure(errorForLog(error)) } }, 'outbox round failed');
    } finally {
      this.ticking = false;
    }
    if (this.stopping) return;
    // More may be waiting right now: go on at once instead of after a poll interval.
    const again = full || this.wokenWhileRunning;
    this.wokenWhileRunning = false;
    this.schedule(again ? 0 : this.config.pollMs);
  }

  private async round(): Promise<RunResult> {
    const result: RunResult = { claimed: 0, sent: 0, retried: 0, failed: 0, released: 0 };
    const { db, writes, now } = this.deps;
    const start = now();
    if (this.stopping || !(await hasDueMail(db, start.toISOString()))) return result;
    const leaseEnd = start.getTime() + this.config.leaseMs;
    const rows = await writes.run((tx) => claimDueMail(tx, this.id, start.toISOString(), new Date(leaseEnd).toISOString(), BATCH));
    result.claimed = rows.length;
    const margin = Math.min(LEASE_MARGIN_MS, this.config.leaseMs / 2);

    for (const [i, row] of rows.entries()) {
      if (this.stopping || now().getTime() > leaseEnd - margin) {
        const rest = rows.slice(i).map((r) => r.id);
        await writes.run((tx) => releaseClaims(tx, rest, this.id));
        result.released = rest.length;
        break;
      }
      const attempts = row.attempts + 1;
      try {
        await this.transport.deliver({ id: row.id, createdAt: row.createdAt, mail: row.payload as OutgoingMail });
      } catch (error) {
        const lastError = describeFailure(error);
        const at = now();
        if (isPermanentFailure(error) || attempts >= this.config.maxAttempts) {
          await writes.run((tx) => markAttemptFailed(tx, row.id, this.id, { attempts, lastError, failedAt: at.toISOString() }));
          result.failed++;
          this.log.error({ outboxId: row.id, attempts, error: lastError }, 'mail not delivered; given up');
        } else {
          const retryAt = new Date(at.getTime() + retryDelayMs(attempts, this.config.retryBaseMs, this.config.retryMaxMs)).toISOString();
          await writes.run((tx) => markAttemptFailed(tx, row.id, this.id, { attempts, lastError, retryAt }));
          result.retried++;
          this.log.warn({ outboxId: row.id, attempts, retryAt, error: lastError }, 'mail not delivered; will retry');
        }
        continue;
      }
      await writes.run((tx) => markSent(tx, row.id, now().toISOString(), attempts));
      result.sent++;
      this.log.info({ outboxId: row.id, attempts }, 'mail delivered');
    }
    return result;
  }
}
