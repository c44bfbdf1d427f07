import { describe, expect, it } from 'vitest';
import { printDate, printDateTime } from '../../../server/pdf/format-date.ts';

describe('printed dates', () => {
  it('prints 和暦 with 西暦 beside it', () => {
    expect(printDate('2026-11-22', 'ja')).toBe('令和8年11月22日（2026年11月22日）');
    expect(printDate('2019-05-01', 'ja')).toBe('令和元年5月1日（2019年5月1日）');
    expect(printDate('2019-04-30', 'ja')).toBe('平成31年4月30日（2019年4月30日）');
    expect(printDate('1975-06-14', 'ja')).toBe('昭和50年6月14日（1975年6月14日）');
  });

  it('prints the 西暦 alone before 明治, and anything else as given', () => {
    expect(printDate('1860-01-01', 'ja')).toBe('1860年1月1日');
    expect(printDate('2026-02-30', 'ja')).toBe('2026-02-30');
  });

  it('prints English dates in English', () => {
    expect(printDate('2026-11-22', 'en')).toBe('22 November 2026');
  });

  it('prints filing times in Japan time whatever the server zone', () => {
    // 15:30 UTC is 0:30 the next day in Japan.
    expect(printDateTime('2026-11-21T15:30:00.000Z', 'ja')).toBe('令和8年11月22日（2026年11月22日） 0:30');
    expect(printDateTime('2026-11-22T05:05:00Z', 'en')).toBe('22 November 2026, 14:05 (Japan time)');
  });
});
