// 和暦 is only a way to type and print dates; the stored value is always ISO YYYY-MM-DD.
import { normalizeHyphens, toHalfWidthAscii } from './width.ts';

export type Era = 'meiji' | 'taisho' | 'showa' | 'heisei' | 'reiwa';

// Ordered by start; an era ends the day before the next one starts.
export const ERAS: readonly { id: Era; name: string; start: string; firstYear: number }[] = [
  { id: 'meiji', name: '明治', start: '1868-01-25', firstYear: 1868 },
  { id: 'taisho', name: '大正', start: '1912-07-30', firstYear: 1912 },
  { id: 'showa', name: '昭和', start: '1926-12-25', firstYear: 1926 },
  { id: 'heisei', name: '平成', start: '1989-01-08', firstYear: 1989 },
  { id: 'reiwa', name: '令和', start: '2019-05-01', firstYear: 2019 },
];

const pad2 = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The ISO date, or null if y-m-d is not a real date of years 0000..9999. */
function toIso(y: number, m: number, d: number): string | null {
  if (![y, m, d].every(Number.isInteger) || y < 0 || y > 9999 || m < 1 || m > 12) return null;
  if (d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && toIso(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

export function warekiToIso(era: Era, year: number, month: number, day: number): string | null {
  const i = ERAS.findIndex((e) => e.id === era);
  const e = ERAS[i];
  if (!e || !(year >= 1)) return null;
  const iso = toIso(e.firstYear + year - 1, month, day);
  const next = ERAS[i + 1];
  // ISO dates compare correctly as strings.
  return iso !== null && iso >= e.start && (!next || iso < next.start) ? iso : null;
}

function locate(iso: string) {
  if (!isIsoDate(iso)) return null;
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const e = ERAS[i]!;
    if (iso >= e.start) {
      const y = Number(iso.slice(0, 4));
      return { e, y, year: y - e.firstYear + 1, month: Number(iso.slice(5, 7)), day: Number(iso.slice(8)) };
    }
  }
  return null;
}

export function isoToWareki(iso: string): { era: Era; year: number; month: number; day: number } | null {
  const w = locate(iso);
  return w && { era: w.e.id, year: w.year, month: w.month, day: w.day };
}

// The first year of an era is written 元年, never 1年.
const eraYear = (year: number): string => (year === 1 ? '元' : String(year));

/** '令和6年4月1日'; '' if the date is invalid or before 明治. */
export function formatWareki(iso: string): string {
  const w = locate(iso);
  return w ? `${w.e.name}${eraYear(w.year)}年${w.month}月${w.day}日` : '';
}

/** '令和6年（2024年）4月1日', as many official forms print it. */
export function formatWarekiWithSeireki(iso: string): string {
  const w = locate(iso);
  return w ? `${w.e.name}${eraYear(w.year)}年（${w.y}年）${w.month}月${w.day}日` : '';
}

/**
 * Reads the ways people type a date (2024/4/1, 2024-4-1, ２０２４年４月１日, 20240401,
 * 昭和60年3月15日) into YYYY-MM-DD. Anything that is not a real date is returned unchanged
 * so that validation can report it as typed.
 */
export function normalizeIsoDate(s: string): string {
  const t = normalizeHyphens(toHalfWidthAscii(s)).replace(/\s+/g, '');
  const g = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日?|(\d{2})(\d{2}))$/.exec(t);
  if (g) return toIso(Number(g[1]), Number(g[3] ?? g[5] ?? g[7]), Number(g[4] ?? g[6] ?? g[8])) ?? s;
  const w = /^(明治|大正|昭和|平成|令和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日?$/.exec(t);
  const era = w && ERAS.find((e) => e.name === w[1]);
  if (!w || !era) return s;
  return warekiToIso(era.id, w[2] === '元' ? 1 : Number(w[2]), Number(w[3]), Number(w[4])) ?? s;
}
