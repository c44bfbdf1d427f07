// Calendar days as people in Japan mean them ("filed on 2026-12-01"), turned into the UTC
// instants the database stores. Japan has no daylight saving: a day starts at 15:00 UTC
// of the day before.
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real YYYY-MM-DD date (no 2026-02-30). */
export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(Date.UTC(y, mo, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo && date.getUTCDate() === d;
}

/** The first instant (UTC ISO) of the Japan-time day `days` after `date` (YYYY-MM-DD). */
export function japanDayStart(date: string, days = 0): string {
  const m = DATE.exec(date);
  if (!m) throw new RangeError('japanDayStart: expected YYYY-MM-DD');
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days) - 9 * 3600_000).toISOString();
}
