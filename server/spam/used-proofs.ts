// The proofs already spent, remembered until their challenge expires (after that the
// expiry alone refuses them). SQLite runs one instance, so its memory is enough (and
// costs no write per filing); on PostgreSQL every instance records spent proofs in the
// same table, so a proof spent on one is refused on all (docs/security.md, "Spam protection").
import { eq } from 'drizzle-orm';
import type { Db, Writes } from '../store/db.ts';
import { first } from '../store/rows.ts';
import { purgeSharedLimits, spendOnce } from '../store/shared-limits-repo.ts';
import { usedProofs } from '../store/tables.ts';
import { sha256Hex } from '../submissions/tokens.ts';

export interface Spent {
  /** Hash of the Idempotency-Key the proof was spent with: its retries may show it again. */
  keyHash?: string;
}

export interface SpentProofs {
  /** Marks `id` spent until `expiresAt` (ms); answers the earlier spending if there was one. */
  spend(id: string, expiresAt: number, now: number, spent: Spent): Spent | undefined | Promise<Spent | undefined>;
}

// At most once a minute, so a flood of proofs costs one pass per minute, not per request.
const SWEEP_MS = 60_000;

export class UsedProofs implements SpentProofs {
  private readonly used = new Map<string, Spent & { expiresAt: number }>();
  private nextSweep = 0;

  spend(id: string, expiresAt: number, now: number, spent: Spent): Spent | undefined {
    this.sweep(now);
    const earlier = this.used.get(id);
    if (earlier && earlier.expiresAt > now) return earlier;
    this.used.set(id, { ...spent, expiresAt });
    return undefined;
  }

  get size(): number {
    return this.used.size;
  }

  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + SWEEP_MS;
    for (const [id, entry] of this.used) if (entry.expiresAt <= now) this.used.delete(id);
  }
}

/**
 * Spent proofs in the database. The proof is one row (its hash); spent with an
 * Idempotency-Key, a second row (the hash of proof and key) says which key may show it
 * again. Both are written in one transaction, so a filing racing on another instance
 * with the same proof waits for it and then sees which key spent it.
 */
export class SharedUsedProofs implements SpentProofs {
  private nextSweep = 0;

  constructor(private readonly store: { db: Db; writes: Writes }) {}

  async spend(id: string, expiresAt: number, now: number, spent: Spent): Promise<Spent | undefined> {
    await this.sweep(now);
    const proof = sha256Hex(`proof\0${id}`);
    const withKey = spent.keyHash === undefined ? undefined : sha256Hex(`proof\0${id}\0${spent.keyHash}`);
    return this.store.writes.run(async (tx) => {
      if (await spendOnce(tx, proof, expiresAt)) {
        if (withKey) await spendOnce(tx, withKey, expiresAt);
        return undefined;
      }
      // Rows stay until swept, and this proof's expiry is checked before: a row here is live.
      const sameKey = withKey !== undefined && first(await tx.select({ hash: usedProofs.hash }).from(usedProofs).where(eq(usedProofs.hash, withKey)).limit(1));
      return sameKey ? { keyHash: spent.keyHash } : {};
    });
  }

  private async sweep(now: number): Promise<void> {
    if (now < this.nextSweep) return;
    this.nextSweep = now + SWEEP_MS;
    await purgeSharedLimits(this.store.db, now);
  }
}
