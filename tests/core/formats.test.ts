import { describe, expect, it } from 'vitest';
import { FORMATS, formatsForValidator } from '../../core/formats.ts';

const check = (format: string, value: string) => FORMATS[format]!(value);

describe('FORMATS', () => {
  it('has every custom format of ADR 0002', () => {
    expect(Object.keys(FORMATS).sort()).toEqual(['attachment-id', 'date', 'email', 'jp-my-number', 'jp-phone', 'jp-postal-code', 'katakana']);
  });

  it.each(['a@example.jp', 'taro.yamada.@docomo.ne.jp', 'x+y@mail.example.co.jp'])('email accepts %j', (s) => {
    expect(check('email', s)).toBe(true);
  });

  it.each(['', 'a', 'a@b', 'a@@b.jp', 'a b@c.jp', '@example.jp', 'a@example..jp', 'a@.jp', `${'a'.repeat(65)}@example.jp`])(
    'email refuses %j',
    (s) => {
      expect(check('email', s)).toBe(false);
    },
  );

  it('email refuses more than 254 characters', () => {
    const long = `a@${'b'.repeat(62)}.${'c'.repeat(62)}.${'d'.repeat(62)}.${'e'.repeat(62)}.jp`;
    expect(long.length).toBeGreaterThan(254);
    expect(check('email', long)).toBe(false);
  });

  it.each([
    ['abcdefghijklmnopqrstuv', true], // 22
    ['A-_0'.repeat(16), true], // 64
    ['abcdefghijklmnopqrstu', false], // 21
    ['a'.repeat(65), false],
    ['abcdefghijklmnopqrstu/', false],
    ['abcdefghijklmnopqrstu.', false],
  ])('attachment-id %j → %s', (s, ok) => {
    expect(check('attachment-id', s)).toBe(ok);
  });

  it.each([
    ['date', '2024-02-29', true],
    ['date', '2023-02-29', false],
    ['jp-postal-code', '100-0001', true],
    ['jp-postal-code', '1000001', false],
    ['katakana', 'ヤマダ', true],
    ['katakana', 'やまだ', false],
    ['jp-phone', '090-1234-5678', true],
    ['jp-phone', '123', false],
  ])('%s %j → %s (backed by core/jp)', (format, s, ok) => {
    expect(check(format, s)).toBe(ok);
  });
});

describe('formatsForValidator', () => {
  it('wraps every format as { validate } for ajv', () => {
    const f = formatsForValidator();
    expect(Object.keys(f)).toEqual(Object.keys(FORMATS));
    for (const [name, fn] of Object.entries(FORMATS)) expect(f[name]!.validate).toBe(fn);
  });
});
