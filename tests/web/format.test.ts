import { describe, expect, test } from 'vitest';
import { translator } from '../../web/citizen/i18n/index.ts';
import { formatDate, formatDateTime, formatSize, tokyoDate } from '../../web/citizen/lib/format.ts';

describe('display formats', () => {
  test('date-times are shown in Japan time whatever the machine runs in', () => {
    // 2026-11-21 15:30 UTC is already the 22nd in Tokyo.
    expect(tokyoDate('2026-11-21T15:30:00Z')).toBe('2026-11-22');
    expect(formatDateTime('2026-11-21T15:30:00Z', 'ja')).toBe('令和8年（2026年）11月22日 0:30');
    expect(formatDateTime('2026-11-21T15:30:00Z', 'en')).toBe('22 November 2026, 00:30 (Japan time)');
  });

  test('dates: 和暦 with the Gregorian year in Japanese, plain English otherwise', () => {
    expect(formatDate('2019-05-01', 'ja')).toBe('令和元年（2019年）5月1日');
    expect(formatDate('1975-06-14', 'en')).toBe('14 June 1975');
    expect(formatDate('not a date', 'ja')).toBe('not a date');
  });

  test('file sizes', () => {
    const t = translator('ja');
    expect(formatSize(200, t)).toBe('1 KB');
    expect(formatSize(150 * 1024, t)).toBe('150 KB');
    expect(formatSize(2.5 * 1024 * 1024, t)).toBe('2.5 MB');
  });
});
