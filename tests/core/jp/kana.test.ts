import { describe, expect, it } from 'vitest';
import { isKatakana, toKatakana } from '../../../core/jp/kana.ts';

describe('toKatakana', () => {
  it.each([
    ['やまだ たろう', 'ヤマダ\u3000タロウ'],
    ['ぁあぃいゔゕゖ', 'ァアィイヴヵヶ'],
    ['ゐゑをん', 'ヰヱヲン'],
    ['ヤマダ', 'ヤマダ'],
    ['ﾔﾏﾀﾞ ﾀﾛｳ', 'ヤマダ\u3000タロウ'],
    ['ｶﾞｷﾞｸﾞｹﾞｺﾞ', 'ガギグゲゴ'],
    ['ｻﾞｼﾞｽﾞｾﾞｿﾞ', 'ザジズゼゾ'],
    ['ﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞ', 'ダヂヅデド'],
    ['ﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞ', 'バビブベボ'],
    ['ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ', 'パピプペポ'],
    ['ｳﾞｧｲｵﾘﾝ', 'ヴァイオリン'],
    ['ﾜﾞｦﾞ', 'ヷヺ'],
    ['ｧｨｩｪｫｬｭｮｯ', 'ァィゥェォャュョッ'],
    ['ｽｰﾊﾟｰ･ﾏｰｹｯﾄ', 'スーパー・マーケット'],
    ['ｱﾞ', 'ア゛'], // cannot be voiced: the mark stays visible so validation rejects it
    ['ｶﾟ', 'カ゜'],
    ['か\u3099', 'ガ'], // decomposed (NFD) input
    ['は\u309A', 'パ'],
    ['  ヤマダ\u3000\u3000 タロウ  ', 'ヤマダ\u3000タロウ'],
    ['\u3000やまだ\u3000', 'ヤマダ'],
    ['すずき　いちろう', 'スズキ\u3000イチロウ'],
    ['abc', 'abc'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(toKatakana(input)).toBe(expected);
  });

  it('maps every half-width katakana letter to its full-width form', () => {
    const half = 'ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ';
    const full = 'ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';
    expect(toKatakana(half)).toBe(full);
    expect(isKatakana(toKatakana(half))).toBe(true);
  });

  it('converts every hiragana letter', () => {
    let hira = '';
    for (let c = 0x3041; c <= 0x3096; c++) hira += String.fromCharCode(c);
    const kata = toKatakana(hira);
    expect(kata).toHaveLength(hira.length);
    expect(isKatakana(kata)).toBe(true);
  });

  it('is idempotent', () => {
    for (const s of ['ﾔﾏﾀﾞ ﾀﾛｳ', 'やまだ　はなこ', 'ｳﾞｪﾙﾃﾞｨ']) {
      expect(toKatakana(toKatakana(s))).toBe(toKatakana(s));
    }
  });
});

describe('isKatakana', () => {
  it.each([
    ['ヤマダ', true],
    ['ヤマダ\u3000タロウ', true],
    ['ヴァイオリン', true],
    ['ァ', true], // first of the range
    ['ヺ', true], // last of the range
    ['スーパー・マーケット', true],
    ['', false],
    ['\u3000', false],
    ['\u3000\u3000', false],
    ['やまだ', false],
    ['ﾔﾏﾀﾞ', false],
    ['ヤマダ タロウ', false], // half-width space is not canonical
    ['ヤマダ太郎', false],
    ['yamada', false],
    ['ア゛', false],
    ['ヽ', false],
    ['ヤマダ\n', false],
  ])('%j → %s', (input, expected) => {
    expect(isKatakana(input)).toBe(expected);
  });
});
