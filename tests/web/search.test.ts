import { describe, expect, test } from 'vitest';
import { fold, matches, search } from '../../web/citizen/lib/search.ts';

const risai = {
  title: { ja: '罹災証明書交付申請', en: 'Disaster damage certificate' },
  description: { ja: '台風・大雨などで家屋が被害を受けたとき' },
  keywords: ['りさいしょうめい', '浸水'],
};
const jidou = { title: { ja: '児童手当 認定請求', en: 'Child allowance' }, keywords: ['じどうてあて'] };

describe('procedure search', () => {
  test('folds hiragana, half-width kana, full-width letters and case to one form', () => {
    expect(fold('りさい')).toBe('リサイ');
    expect(fold('ﾘｻｲ')).toBe('リサイ');
    expect(fold('ＣＨＩＬＤ')).toBe('child');
  });

  test('hiragana finds katakana and katakana finds hiragana keywords', () => {
    expect(matches(risai, 'リサイ')).toBe(true);
    expect(matches(risai, 'りさい')).toBe(true);
    expect(matches({ title: { ja: 'マイナンバーカード' } }, 'まいなんばー')).toBe(true);
  });

  test('matches the title in any language, the description and keywords', () => {
    expect(matches(risai, 'disaster')).toBe(true);
    expect(matches(risai, 'DISASTER')).toBe(true);
    expect(matches(risai, '大雨')).toBe(true);
    expect(matches(risai, '浸水')).toBe(true);
    expect(matches(risai, '保育')).toBe(false);
  });

  test('every word must match; spaces of either width separate words; empty matches all', () => {
    expect(matches(jidou, '児童\u3000請求')).toBe(true);
    expect(matches(jidou, '児童 保育')).toBe(false);
    expect(search([risai, jidou], '  ')).toHaveLength(2);
    expect(search([risai, jidou], 'じどう')).toEqual([jidou]);
  });
});
