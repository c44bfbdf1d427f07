import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../server/pdf/wrap-text.ts';

// Monospace measure: every character is one unit wide, Latin ones half, selectors none.
const width = (s: string) => [...s].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : /[\u{e0100}-\u{e01ef}]/u.test(ch) ? 0 : 1), 0);

describe('wrapText', () => {
  it('breaks Japanese between any two characters', () => {
    expect(wrapText('あいうえおかきくけこ', 4, width)).toEqual(['あいうえ', 'おかきく', 'けこ']);
  });

  it('never starts a line with closing punctuation: the character before it moves down', () => {
    expect(wrapText('あいうえ。かき', 4, width)).toEqual(['あいう', 'え。かき']);
    expect(wrapText('あいう」。かき', 4, width)).toEqual(['あい', 'う」。か', 'き']);
    expect(wrapText('あいうえ、お', 4, width)).toEqual(['あいう', 'え、お']);
  });

  it('never ends a line with an opening bracket', () => {
    expect(wrapText('あいう（えお）', 4, width)).toEqual(['あいう', '（えお）']);
  });

  it('keeps Latin words and numbers whole and breaks them at spaces', () => {
    expect(wrapText('contact taro@example.jp now', 8, width)).toEqual(['contact', 'taro@example.jp', 'now']);
    expect(wrapText('電話 090-1234-5678 まで', 9, width)).toEqual(['電話 090-1234-5678', 'まで']);
    expect(wrapText('電話 090-1234-5678 まで', 8, width)).toEqual(['電話', '090-1234-5678 ま', 'で']);
  });

  it('splits a word longer than the line rather than overflowing', () => {
    const lines = wrapText('https://example.jp/a/very/long/path', 5, width);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(5);
    expect(lines.join('')).toBe('https://example.jp/a/very/long/path');
  });

  it('keeps the line breaks of the text, blank lines included', () => {
    expect(wrapText('一行目\n\n三行目\r\n四', 10, width)).toEqual(['一行目', '', '三行目', '四']);
  });

  it('keeps a variation selector with its character (異体字)', () => {
    expect(wrapText('葛\u{e0100}飾区', 1, width)).toEqual(['葛\u{e0100}', '飾', '区']);
    expect(wrapText('ab\u{e0100}c', 0.5, width)).toEqual(['a', 'b\u{e0100}', 'c']);
  });

  it('no line is wider than asked, and no character is lost', () => {
    const text = '床上約40cmまで浸水した（木造2階建ての1階部分）。1階の床板・畳・壁の石こうボードが水に浸かり、張り替えが必要。';
    for (const max of [3, 5, 8, 13, 21]) {
      const lines = wrapText(text, max, width);
      for (const line of lines) expect(width(line)).toBeLessThanOrEqual(max);
      expect(lines.join('')).toBe(text);
      for (const line of lines.slice(1)) expect('、。）」').not.toContain(line[0]);
    }
  });
});
