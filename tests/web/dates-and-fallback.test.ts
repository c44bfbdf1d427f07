// 西暦 typed as three numbers becomes the same ISO answer as 和暦; and a page knows when
// its form content falls back to Japanese (it then says so once).
import { describe, expect, test } from 'vitest';
import { seirekiValue, warekiValue } from '../../web/citizen/fields/wareki-date.tsx';
import { fallsBack } from '../../web/citizen/i18n/fallback.ts';

const p = (year: string, month: string, day: string, era = '') => ({ era, year, month, day });

describe('西暦 parts', () => {
  test('a real date is ISO, the same as the 和暦 of that day', () => {
    expect(seirekiValue(p('1975', '6', '14'))).toBe('1975-06-14');
    expect(seirekiValue(p('１９７５', '０６', '１４'))).toBe('1975-06-14'); // full-width, as IMEs type it
    expect(seirekiValue(p('1975', '6', '14'))).toBe(warekiValue(p('50', '6', '14', 'showa')));
    expect(seirekiValue(p('2019', '5', '1'))).toBe(warekiValue(p('元', '5', '1', 'reiwa')));
  });

  test('an impossible or unfinished date keeps what was typed (validation says "enter a real date")', () => {
    expect(seirekiValue(p('2026', '2', '30'))).toBe('2026-2-30');
    expect(seirekiValue(p('75', '6', '14'))).toBe('75-6-14');
    expect(seirekiValue(p('1975', '', ''))).toBe('1975--');
    expect(seirekiValue(p('', '', ''))).toBeUndefined();
  });
});

describe('fallsBack', () => {
  const page = { title: { ja: '申請者', en: 'Applicant' }, elements: [{ field: 'a', label: { ja: '氏名', en: 'Name' }, options: { x: { ja: 'はい', en: 'Yes', vi: 'Có' } } }] };

  test('true when any text lacks the language, false when all have it', () => {
    expect(fallsBack(page, 'vi')).toBe(true);
    expect(fallsBack(page, 'en')).toBe(false);
    expect(fallsBack([{ ja: '手続き', en: 'Procedure' }, page], 'en')).toBe(false);
    expect(fallsBack([{ ja: '手続き' }, page], 'en')).toBe(true);
  });

  test('never for Japanese readers, and an empty Japanese text is not content', () => {
    expect(fallsBack(page, 'ja')).toBe(false);
    expect(fallsBack(page, 'ja-easy')).toBe(false);
    expect(fallsBack({ help: { ja: '' } }, 'vi')).toBe(false);
  });
});
