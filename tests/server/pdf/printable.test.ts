import { describe, expect, it } from 'vitest';
import { printable } from '../../../server/pdf/printable.ts';

describe('printable', () => {
  it('turns every kind of line break into \\n (pdf-lib would break at them unmeasured)', () => {
    expect(printable('一\r\n二\r三\u2028四\u2029五\u0085六')).toBe('一\n二\n三\n四\n五\n六');
  });

  it('prints a tab as one space, not the four pdf-lib would draw', () => {
    expect(printable('氏名\t山田')).toBe('氏名 山田');
  });

  it('drops characters without a glyph, keeps the rest', () => {
    expect(printable('N\u0000U\u001fL\u200bL\ufeff')).toBe('NULL');
    expect(printable('𠮷野家😀葛\u{e0100}')).toBe('𠮷野家😀葛\u{e0100}');
  });

  it('replaces broken UTF-16 by the replacement character', () => {
    expect(printable('孤立\ud800サ\udc00')).toBe('孤立\ufffdサ\ufffd');
  });
});
