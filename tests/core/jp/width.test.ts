import { describe, expect, it } from 'vitest';
import { normalizeHyphens, toHalfWidthAscii, toHalfWidthDigits } from '../../../core/jp/width.ts';

describe('toHalfWidthDigits', () => {
  it.each([
    ['０１２３４５６７８９', '0123456789'],
    ['０３－１２３４', '03－1234'], // only digits change
    ['ＡＢＣ１２３', 'ＡＢＣ123'],
    ['abc 123', 'abc 123'],
    ['令和６年', '令和6年'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(toHalfWidthDigits(input)).toBe(expected);
  });
});

describe('toHalfWidthAscii', () => {
  it.each([
    ['ＴＡＲＯ＠ＥＸＡＭＰＬＥ．ＪＰ', 'TARO@EXAMPLE.JP'],
    ['ｔａｒｏ＿１２３', 'taro_123'],
    ['！', '!'], // U+FF01, first of the range
    ['～', '~'], // U+FF5E, last of the range
    ['（０３）', '(03)'],
    ['ａ\u3000ｂ', 'a b'],
    ['\u3000\u3000', '  '],
    ['かなカナ漢字', 'かなカナ漢字'],
    ['ｶﾅ', 'ｶﾅ'], // half-width katakana is beyond the ASCII block
    ['￥', '￥'], // U+FFE5 is outside FF01..FF5E
  ])('%s → %s', (input, expected) => {
    expect(toHalfWidthAscii(input)).toBe(expected);
  });
});

describe('normalizeHyphens', () => {
  it.each([
    ['03－1234－5678', '03-1234-5678'],
    ['a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h\uFF0Di', 'a-b-c-d-e-f-g-h-i'],
    ['03ー1234ー5678', '03-1234-5678'],
    ['０３ー１２３４', '０３-１２３４'],
    ['1ｰ2', '1-2'],
    ['1ー2ー3ー4', '1-2-3-4'], // consecutive groups: the lookahead must not swallow digits
    ['サーバー', 'サーバー'], // long-vowel mark inside a word is kept
    ['3ーA', '3ーA'],
    ['ーー1', 'ーー1'],
    ['1ーー2', '1ーー2'], // not directly between digits
    ['ｻｰﾋﾞｽ', 'ｻｰﾋﾞｽ'],
    ['already-fine', 'already-fine'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHyphens(input)).toBe(expected);
  });
});
