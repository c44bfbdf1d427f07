// One row of `npm run bench`'s table. Each bench prints its own detail and, when run by
// bench/all.ts (BENCH_RESULTS names a file), appends its rows there as JSON lines.
import { appendFileSync } from 'node:fs';

export interface ResultRow {
  figure: string;
  value: string;
  baseline: string;
  /** value ÷ baseline, or '—' when not measured. */
  ratio: string;
  notes: string;
}

export function report(row: ResultRow): void {
  const file = process.env.BENCH_RESULTS;
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
}

/** A figure that could not be measured: said loudly here and in the table, never left out. */
export function notMeasured(figure: string, why: string): void {
  console.error(`\n*** NOT MEASURED: ${figure}: ${why} ***\n`);
  report({ figure, value: 'NOT MEASURED', baseline: '—', ratio: '—', notes: why });
}

export const ratio = (value: number, baseline: number, digits = 2) => (baseline > 0 ? `${(value / baseline).toFixed(digits)}` : '—');
export const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;
