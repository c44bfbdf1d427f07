// Resume-link mails per recipient address: someone who knows an address must not be able to
// flood it with links through our mail server. Counted in memory by the address's hash (the
// address itself is never kept), in a sliding hour; one process holds its own counts, like
// the per-address request limits.
import { sha256Hex } from '../submissions/tokens.ts';

const HOUR_MS = 60 * 60 * 1000;

export class MailLimit {
  private sent = new Map<string, number[]>();

  constructor(private readonly perHour: number) {}

  /** Minutes to wait before another mail to `address` (0: it may go now; the send is counted). */
  take(address: string, now: number): number {
    if (this.perHour <= 0) return 0;
    const key = sha256Hex(address.trim().toLowerCase());
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
