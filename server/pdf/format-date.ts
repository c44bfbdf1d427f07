// Dates as a Japanese office prints them: 和暦 first, 西暦 beside it. Filing times are
// instants and are shown in Japan time whatever the server's zone (it runs in UTC).
import { formatWareki, isIsoDate } from '../../core/jp/wareki.ts';

const TOKYO = 'Asia/Tokyo';

/** 'YYYY-MM-DD' → '令和8年11月22日（2026年11月22日）' (ja) or '22 November 2026' (en). */
export function printDate(iso: string, lang: string | undefined): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (lang === 'en') {
    return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(Date.UTC(y, m - 1, d));
  }
  const seireki = `${y}年${m}月${d}日`;
  const wareki = formatWareki(iso);
  // Before 明治 there is no 和暦 to print: the 西暦 alone.
  return wareki ? `${wareki}（${seireki}）` : seireki;
}

function tokyoParts(date: Date): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TOKYO,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/** An ISO instant → '令和8年11月22日（2026年11月22日）9:05' in Japan time. */
export function printDateTime(iso: string, lang: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = tokyoParts(date);
  const day = printDate(`${p.year}-${p.month}-${p.day}`, lang);
  return lang === 'en' ? `${day}, ${p.hour}:${p.minute} (Japan time)` : `${day} ${Number(p.hour)}:${p.minute}`;
}
