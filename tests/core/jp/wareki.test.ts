import { describe, expect, it } from 'vitest';
import {
  ERAS,
  formatWareki,
  formatWarekiWithSeireki,
  isIsoDate,
  isoToWareki,
  normalizeIsoDate,
  warekiToIso,
  type Era,
} from '../../../core/jp/wareki.ts';

describe('ERAS', () => {
  it('lists the five modern eras in order with their first days', () => {
    expect(ERAS.map((e) => [e.id, e.name, e.start, e.firstYear])).toEqual([
      ['meiji', '明治', '1868-01-25', 1868],
      ['taisho', '大正', '1912-07-30', 1912],
      ['showa', '昭和', '1926-12-25', 1926],
      ['heisei', '平成', '1989-01-08', 1989],
      ['reiwa', '令和', '2019-05-01', 2019],
    ]);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2024-04-01', true],
    ['2024-02-29', true], // divisible by 4
    ['2023-02-29', false],
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100 only
    ['2100-02-29', false],
    ['2024-02-30', false],
    ['2024-04-30', true],
    ['2024-04-31', false],
    ['2024-06-31', false],
    ['2024-09-31', false],
    ['2024-11-31', false],
    ['2024-12-31', true],
    ['2024-01-31', true],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-4-1', false],
    ['2024/04/01', false],
    ['24-04-01', false],
    ['02024-04-01', false],
    ['2024-04-01T00:00:00Z', false],
    ['2024-04-01\n', false],
    [' 2024-04-01', false],
    ['２０２４-０４-０１', false],
    ['', false],
  ])('%j → %s', (input, expected) => {
    expect(isIsoDate(input)).toBe(expected);
  });
});

describe('warekiToIso', () => {
  it.each<[Era, number, number, number, string | null]>([
    ['reiwa', 6, 4, 1, '2024-04-01'],
    ['reiwa', 1, 5, 1, '2019-05-01'],
    ['reiwa', 1, 4, 30, null], // still 平成
    ['heisei', 31, 4, 30, '2019-04-30'],
    ['heisei', 31, 5, 1, null], // already 令和
    ['heisei', 1, 1, 8, '1989-01-08'],
    ['heisei', 1, 1, 7, null],
    ['showa', 64, 1, 7, '1989-01-07'],
    ['showa', 64, 1, 8, null],
    ['showa', 1, 12, 25, '1926-12-25'],
    ['showa', 1, 12, 24, null],
    ['taisho', 15, 12, 24, '1926-12-24'],
    ['taisho', 15, 12, 25, null],
    ['taisho', 1, 7, 30, '1912-07-30'],
    ['taisho', 1, 7, 29, null],
    ['meiji', 45, 7, 29, '1912-07-29'],
    ['meiji', 45, 7, 30, null],
    ['meiji', 1, 1, 25, '1868-01-25'],
    ['meiji', 1, 1, 24, null],
    ['showa', 60, 3, 15, '1985-03-15'],
    ['heisei', 12, 2, 29, '2000-02-29'],
    ['heisei', 11, 2, 29, null], // 1999 is not a leap year
    ['reiwa', 6, 2, 30, null],
    ['reiwa', 6, 13, 1, null],
    ['reiwa', 6, 0, 1, null],
    ['reiwa', 6, 4, 0, null],
    ['reiwa', 0, 5, 1, null],
    ['reiwa', -1, 5, 1, null],
    ['reiwa', 1.5, 5, 1, null],
    ['reiwa', 6, 4.5, 1, null],
    ['reiwa', Number.NaN, 4, 1, null],
    ['reiwa', 100, 1, 1, '2118-01-01'], // the current era has no end
  ])('%s %d/%d/%d → %s', (era, y, m, d, expected) => {
    expect(warekiToIso(era, y, m, d)).toBe(expected);
  });

  it('returns null for an unknown era', () => {
    expect(warekiToIso('edo' as Era, 1, 1, 1)).toBeNull();
  });
});

describe('isoToWareki', () => {
  it.each([
    ['2024-04-01', { era: 'reiwa', year: 6, month: 4, day: 1 }],
    ['2019-05-01', { era: 'reiwa', year: 1, month: 5, day: 1 }],
    ['2019-04-30', { era: 'heisei', year: 31, month: 4, day: 30 }],
    ['1989-01-08', { era: 'heisei', year: 1, month: 1, day: 8 }],
    ['1989-01-07', { era: 'showa', year: 64, month: 1, day: 7 }],
    ['1926-12-25', { era: 'showa', year: 1, month: 12, day: 25 }],
    ['1926-12-24', { era: 'taisho', year: 15, month: 12, day: 24 }],
    ['1912-07-30', { era: 'taisho', year: 1, month: 7, day: 30 }],
    ['1912-07-29', { era: 'meiji', year: 45, month: 7, day: 29 }],
    ['1868-01-25', { era: 'meiji', year: 1, month: 1, day: 25 }],
  ])('%s', (iso, expected) => {
    expect(isoToWareki(iso)).toEqual(expected);
  });

  it.each(['1868-01-24', '1800-01-01', '2023-02-29', '2024-4-1', 'not a date', ''])('%j → null', (iso) => {
    expect(isoToWareki(iso)).toBeNull();
  });

  it('round-trips with warekiToIso across every era boundary', () => {
    for (const iso of ['1868-01-25', '1912-07-29', '1912-07-30', '1926-12-24', '1926-12-25', '1989-01-07', '1989-01-08', '2019-04-30', '2019-05-01', '2024-02-29']) {
      const w = isoToWareki(iso);
      expect(w).not.toBeNull();
      expect(warekiToIso(w!.era, w!.year, w!.month, w!.day)).toBe(iso);
    }
  });
});

describe('formatWareki', () => {
  it.each([
    ['2024-04-01', '令和6年4月1日'],
    ['2019-05-01', '令和元年5月1日'],
    ['2019-04-30', '平成31年4月30日'],
    ['1989-01-08', '平成元年1月8日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1985-12-31', '昭和60年12月31日'],
    ['1926-12-25', '昭和元年12月25日'],
    ['1920-10-01', '大正9年10月1日'],
    ['1900-01-01', '明治33年1月1日'],
    ['2030-11-11', '令和12年11月11日'],
    ['1868-01-24', ''],
    ['2024-02-30', ''],
    ['2024/04/01', ''],
    ['', ''],
  ])('%j → %j', (iso, expected) => {
    expect(formatWareki(iso)).toBe(expected);
  });
});

describe('formatWarekiWithSeireki', () => {
  it.each([
    ['2024-04-01', '令和6年（2024年）4月1日'],
    ['2019-05-01', '令和元年（2019年）5月1日'],
    ['1989-01-07', '昭和64年（1989年）1月7日'],
    ['1985-03-15', '昭和60年（1985年）3月15日'],
    ['2024-13-01', ''],
    ['garbage', ''],
  ])('%j → %j', (iso, expected) => {
    expect(formatWarekiWithSeireki(iso)).toBe(expected);
  });
});

describe('normalizeIsoDate', () => {
  it.each([
    ['2024-04-01', '2024-04-01'],
    ['2024/4/1', '2024-04-01'],
    ['2024-4-1', '2024-04-01'],
    ['2024.4.1', '2024-04-01'],
    ['2024/04/01', '2024-04-01'],
    ['２０２４年４月１日', '2024-04-01'],
    ['2024年4月1日', '2024-04-01'],
    ['2024年 4月 1日', '2024-04-01'],
    ['2024年4月1', '2024-04-01'],
    ['２０２４／１２／３１', '2024-12-31'],
    ['２０２４－１２－３１', '2024-12-31'],
    ['２０２４ー１２ー３１', '2024-12-31'], // IME kana-mode hyphen
    ['  2024/4/1  ', '2024-04-01'],
    ['20240401', '2024-04-01'],
    ['2024/2/29', '2024-02-29'],
    ['令和6年4月1日', '2024-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['昭和６０年３月１５日', '1985-03-15'],
    ['平成31年4月30日', '2019-04-30'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeIsoDate(input)).toBe(expected);
  });

  it.each([
    '2023/2/29', // not a real date
    '2024/13/1',
    '2024/4/31',
    '2024-04/01', // mixed separators
    '2024/4',
    '24/4/1',
    '4/1/2024',
    '20241301',
    '2024040',
    '平成31年5月1日', // outside the era
    '令和元年4月30日',
    '大化1年1月1日',
    'あした',
    '',
  ])('%j is returned unchanged', (input) => {
    expect(normalizeIsoDate(input)).toBe(input);
  });

  it('always yields a valid ISO date when it changes the input', () => {
    for (const s of ['2024/4/1', '２０２４年４月１日', '令和元年5月1日', '20001231']) {
      expect(isIsoDate(normalizeIsoDate(s))).toBe(true);
    }
  });
});
