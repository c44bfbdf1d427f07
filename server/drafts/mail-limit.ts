// Resume-link mails per recipient address: someone who knows an address must not be able to
// flood it with links through our mail server. Counted by the address's hash (the address
// itself is never kept): on SQLite (one instance) in memory, in a sliding hour; on
// PostgreSQL in a counter every instance shares, in a fixed hour from the first mail.
import type { Db } from '../store/db.ts';
import { dialect } from '../store/dialect.ts';
import { hit } from '../store/shared-limits-repo.ts';
import { sha256Hex } from '../submissions/tokens.ts';

const HOUR_MS = 60 * 60 * 1000;

export class MailLimit {
  private sent = new Map<string, number[]>();

  constructor(private readonly perHour: number) {}

  /** Minutes to wait before another mail to `address` (0: it may go now; the send is counted). */
  async take(db: Db, address: string, now: number): Promise<number> {
    if (this.perHour <= 0) return 0;
    const key = sha256Hex(address.trim().toLowerCase());
    if (dialect === 'pg') {
      const { count, resetAt } = await hit(db, `resume-mail:${key}`, HOUR_MS, now);
      return count > this.perHour ? Math.max(1, Math.ceil((resetAt - now) / 60_000)) : 0;
    }
    return this.takeInMemory(key, now);
  }

  private takeInMemory(key: string, now: number): number {
    const recent = (this.sent.get(key) ?? []).filter((at) => at > now - HOUR_MS);
    if (recent.length >= this.perHour) {
      this.sent.set(key, recent);
      return Math.max(1, Math.ceil((recent[0]! + HOUR_MS - now) / 60_000));
    }
    recent.push(now);
    this.sent.set(key, recent);
    // Keeps the map from growing without bound under a stream of distinct addresses.
    if (this.sent.size > 10_000) {
      for (const [k, times] of this.sent) if (times.every((at) => at <= now - HOUR_MS)) this.sent.delete(k);
    }
    return 0;
  }
}
