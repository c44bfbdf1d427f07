import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendOptions, parseOptionList, splitOptionText } from '../../../core/builder/parse-options.ts';

describe('splitOptionText', () => {
  it('one per line (a column pasted from Excel), blank lines and duplicates dropped', () => {
    expect(splitOptionText('父\r\n母\n\n  祖父  \n母\n')).toEqual(['父', '母', '祖父']);
  });

  it('one line: tab separated (a row from Excel) or commas (、，,)', () => {
    expect(splitOptionText('A\tB\tC')).toEqual(['A', 'B', 'C']);
    expect(splitOptionText('電話、メール，郵送,窓口')).toEqual(['電話', 'メール', '郵送', '窓口']);
  });

  it('keeps commas inside labels when there are several lines, and strips bullets', () => {
    expect(splitOptionText('・東京都、神奈川県\n- その他')).toEqual(['東京都、神奈川県', 'その他']);
  });
});

describe('parseOptionList', () => {
  it('makes values: slugs for ASCII labels, option1.. for the rest', () => {
    expect(parseOptionList('電話\nメール\nOther')).toEqual([
      { value: 'option1', label: { ja: '電話' } },
      { value: 'option2', label: { ja: 'メール' } },
      { value: 'other', label: { ja: 'Other' } },
    ]);
  });

  it('gives common labels the values the library uses', () => {
    expect(parseOptionList('自宅\nその他').map((o) => o.value)).toEqual(['option1', 'other']);
  });

  it('keeps the value (and translations) of options that already exist; new values do not clash', () => {
    const existing = [
      { value: 'option1', label: { ja: '父', en: 'Father' } },
      { value: 'option2', label: { ja: '母' } },
    ];
    expect(parseOptionList('母\n祖母\n父', existing)).toEqual([
      { value: 'option2', label: { ja: '母' } },
      { value: 'option3', label: { ja: '祖母' } },
      { value: 'option1', label: { ja: '父', en: 'Father' } },
    ]);
    expect(appendOptions(existing, '母\n祖母').map((o) => o.value)).toEqual(['option1', 'option2', 'option3']);
  });

  it('always gives unique, non-empty values and non-empty labels', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const options = parseOptionList(text);
        expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
        for (const o of options) {
          expect(o.value).not.toBe('');
          expect(o.label.ja.trim()).not.toBe('');
        }
      }),
    );
  });
});
