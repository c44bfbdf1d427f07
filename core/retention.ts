// 保存期間: when a finished submission's answers may be deleted (docs/adr/0012-retention.md).
// As with 公文書, the period counts from 4月1日 of the fiscal year after the one in which the
// case was closed (文書完結の日の属する年度の翌年度の4月1日起算), in Japan time. Pure: no I/O.

/** Statuses after which nothing more happens to a submission; only these are ever purged. */
export const FINAL_STATUSES = ['completed', 'rejected', 'withdrawn'] as const;

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The Japanese fiscal year (年度) an instant falls in: 2027-03-31 JST is 2026年度. */
export function fiscalYear(at: Date): number {
  const jst = new Date(at.getTime() + JST_OFFSET_MS);
  return jst.getUTCMonth() >= 3 ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;
}

/** 4月1日 00:00 Japan time of the given year, as an instant. */
export function aprilFirst(year: number): Date {
  return new Date(Date.UTC(year, 3, 1) - JST_OFFSET_MS);
}

/** When a submission closed at `closedAt` and kept `years` years may be purged. */
export function retentionEnds(closedAt: Date, years: number): Date {
  return aprilFirst(fiscalYear(closedAt) + 1 + years);
}

/**
 * Submissions closed before this instant are past a retention of `years` at `now`:
 * closedAt < cutoff exactly when retentionEnds(closedAt, years) <= now.
 */
export function retentionCutoff(now: Date, years: number): Date {
  return aprilFirst(fiscalYear(now) - years);
}

/** A usable retention setting: a whole number of years ≥ 1 (anything else keeps forever). */
export function retentionYearsOf(settings: { retentionYears?: unknown } | undefined): number | undefined {
  const y = settings?.retentionYears;
  return typeof y === 'number' && Number.isInteger(y) && y >= 1 ? y : undefined;
}
