// Display formats: dates in Japan time (the server runs in UTC), file sizes.
import { formatWarekiWithSeireki } from '../../../core/jp/wareki.ts';
import type { Translate } from '../i18n/index.ts';

const TOKYO = 'Asia/Tokyo';

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

/** The calendar date in Japan, 'YYYY-MM-DD'. */
export function tokyoDate(iso: string): string {
  const p = tokyoParts(new Date(iso));
  return `${p.year}-${p.month}-${p.day}`;
}

/** '令和6年（2024年）4月1日 9:05' in Japanese; '1 April 2024, 09:05 (Japan time)' in English. */
export function formatDateTime(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = tokyoParts(date);
  if (lang === 'ja' || lang === 'ja-easy') {
    return `${formatWarekiWithSeireki(`${p.year}-${p.month}-${p.day}`)} ${Number(p.hour)}:${p.minute}`;
  }
  if (lang !== 'en') {
    return new Intl.DateTimeFormat(lang, { timeZone: TOKYO, dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' } as Intl.DateTimeFormatOptions).format(date) + ' (JST)';
  }
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: TOKYO, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  return `${day}, ${p.hour}:${p.minute} (Japan time)`;
}

/** An ISO date as the citizen reads it: 和暦 with the Gregorian year, or a date in their language. */
export function formatDate(isoDate: string, lang: string): string {
  if (lang === 'ja' || lang === 'ja-easy') return formatWarekiWithSeireki(isoDate) || isoDate;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

export function formatSize(bytes: number, t: Translate): string {
  if (bytes >= 1024 * 1024) return t('size.mb', { n: (bytes / (1024 * 1024)).toFixed(1) });
  return t('size.kb', { n: Math.max(1, Math.round(bytes / 1024)) });
}
