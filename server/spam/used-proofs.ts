// The proofs already spent, remembered until their challenge expires (after that the
// expiry alone refuses them). One process's memory: several server processes behind one
// address need a shared store instead (docs/security.md, "Spam protection").
export interface Spent {
  /** Hash of the Idempotency-Key the proof was spent with: its retries may show it again. */
  keyHash?: string;
}

export class UsedProofs {
  private readonly used = new Map<string, Spent & { expiresAt: number }>();
  private nextSweep = 0;

  /** Marks `id` spent until `expiresAt` (ms); answers the earlier spending if there was one. */
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

  // At most once a minute, so a flood of proofs costs one pass per minute, not per request.
  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + 60_000;
    for (const [id, entry] of this.used) if (entry.expiresAt <= now) this.used.delete(id);
  }
}
