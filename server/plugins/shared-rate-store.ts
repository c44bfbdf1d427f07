// @fastify/rate-limit's counters kept in the database (rate_counters) instead of this
// process's memory, so that several instances behind one address count every request
// once, whichever instance it reached. Windows are fixed from their first hit, like the
// plugin's own memory store.
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from '../store/db.ts';
import { hit } from '../store/shared-limits-repo.ts';

// Keeps these keys apart from the other counters in the same table (mail limits).
const PREFIX = 'rate:';

export function sharedRateStore(db: Db): FastifyRateLimitStoreCtor {
  class SharedRateStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      const now = Date.now();
      hit(db, PREFIX + key, timeWindow, now).then(
        (counted) => callback(null, { current: counted.count, ttl: Math.max(0, counted.resetAt - now) }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    // The route's group is already part of the key the plugin passes (ip + groupId).
    child(): FastifyRateLimitStore {
      return new SharedRateStore();
    }
  }
  return SharedRateStore;
}
