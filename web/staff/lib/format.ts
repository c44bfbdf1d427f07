// Dates as staff read them, always in Japan time (the server and CI run in UTC).
const TOKYO = 'Asia/Tokyo';

function parts(date: Date): Record<string, string> {
  const list = new Intl.DateTimeFormat('en-US', {
    timeZone: TOKYO,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  return Object.fromEntries(list.map((p) => [p.type, p.value]));
}

/** '2026-04-01 09:05' in Japan time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = parts(d);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** 'hh:mm' in Japan time, for "保存しました 14:05". */
export function formatTime(iso: string): string {
  const p = parts(new Date(iso));
  return `${p.hour}:${p.minute}`;
}

/** ISO date-time → the value of an <input type="datetime-local"> in Japan time. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = parts(d);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** <input type="datetime-local"> value, read as Japan time (UTC+9, no daylight saving) → ISO. */
export function fromLocalInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  return new Date(`${value}:00+09:00`).toISOString();
}

/** A file size as staff read it: '12 KB', '1.5 MB'. */
export function formatSize(bytes: number, t: (key: 'size.kb' | 'size.mb', params: { n: string | number }) => string): string {
  if (bytes >= 1024 * 1024) return t('size.mb', { n: (bytes / (1024 * 1024)).toFixed(1) });
  return t('size.kb', { n: Math.max(1, Math.round(bytes / 1024)) });
}
