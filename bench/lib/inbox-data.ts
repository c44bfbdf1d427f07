// The 1,000,000 submissions bench:inbox reads, as the seeder (seed-inbox.ts) writes them:
// row i's receipt number follows from i, so the bench knows real ones to look up.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { receiptNumberFromDigits } from '../../core/receipt-number.ts';

export const FORM = 'risai-shomei';
export const PASSWORD = 'bench password, not a secret';
export const NAMES = ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '中村'];
export const STATUS_MIX = ['completed', 'completed', 'completed', 'in_progress', 'received', 'rejected', 'returned', 'withdrawn'];
/** One year of filings, as after a disaster: row i is filed at START + i·span/rows. */
export const START_MS = Date.parse('2025-12-01T00:00:00Z');
export const SPAN_MS = 365 * 24 * 3600_000;

// 7919 is prime to 10⁹: i ↦ (i·7919 + 12345) mod 10⁹ never repeats below 10⁹ rows.
export const digitsOf = (i: number) => (i * 7919 + 12345) % 1_000_000_000;
export const receiptOf = (i: number) => receiptNumberFromDigits(String(digitsOf(i)).padStart(9, '0'));

const ROOT = new URL('../..', import.meta.url).pathname;

/**
 * Names the cached seeded database: changes with the schema (the dialect's migrations),
 * the forms library, the seeding code and the row count, so a stale cache is never used.
 */
export function cacheKey(dialect: 'sqlite' | 'pg', rows: number): string {
  const hash = createHash('sha256').update(`${dialect} ${rows}`);
  const files = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
  for (const f of [...files(`migrations/${dialect}`), ...files('forms'), join(ROOT, 'bench/lib/seed-inbox.ts'), join(ROOT, 'bench/lib/inbox-data.ts')]) {
    hash.update(f.slice(ROOT.length)).update(readFileSync(f));
  }
  return hash.digest('hex').slice(0, 12);
}
