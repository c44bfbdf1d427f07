import { describe, expect, it } from 'vitest';
import { deepEqual, instantiateValidator, ucs2length, type ValidatorFactory } from '../../core/validator-runtime.ts';

describe('ucs2length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['日本語', 3],
    ['😀', 1], // one code point, two UTF-16 units
    ['a😀b', 3],
    ['𠮷野家', 3], // a surrogate-pair kanji
    ['👍🏽', 2], // emoji + skin-tone modifier: two code points
  ])('%j → %d', (s, n) => {
    expect(ucs2length(s)).toBe(n);
  });
});

describe('deepEqual', () => {
  it.each([
    [1, 1],
    ['a', 'a'],
    [null, null],
    [NaN, NaN],
    [{}, {}],
    [[], []],
    [{ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }],
  ])('%j equals %j', (a, b) => {
    expect(deepEqual(a, b)).toBe(true);
  });

  it.each([
    [1, '1'],
    [0, false],
    [null, {}],
    [{}, null],
    [undefined, null],
    [[], {}],
    [['a'], { 0: 'a' }],
    [[1, 2], [2, 1]],
    [[1], [1, 1]],
    [{ a: 1 }, { a: 1, b: 2 }],
    [{ a: undefined }, { b: undefined }],
    [{ a: { b: 1 } }, { a: { b: 2 } }],
    [NaN, 0],
  ])('%j differs from %j', (a, b) => {
    expect(deepEqual(a, b)).toBe(false);
  });
});

function fakeFactory(validate: ((data: unknown) => boolean) & { errors?: unknown }, extra: Record<string, (d: unknown) => boolean> = {}) {
  return (() => ({ validate, ...extra })) as unknown as ValidatorFactory;
}

describe('instantiateValidator', () => {
  it('returns no errors for valid data and the errors for invalid data', () => {
    const error = { instancePath: '/a', keyword: 'required', params: {} };
    const validate = Object.assign((d: unknown) => {
      validate.errors = d === 'ok' ? null : [error];
      return d === 'ok';
    }, { errors: null as unknown });
    const v = instantiateValidator(fakeFactory(validate));
    expect(v.validate('ok')).toEqual([]);
    expect(v.validate('bad')).toEqual([error]);
  });

  it('returns a copy, so a later run does not change earlier results', () => {
    const errors = [{ instancePath: '', keyword: 'type', params: {} }];
    const validate = Object.assign(() => false, { errors });
    const first = instantiateValidator(fakeFactory(validate)).validate(1);
    errors.length = 0;
    expect(first).toHaveLength(1);
  });

  it('runs rules by id and treats an unknown rule as shown', () => {
    const v = instantiateValidator(fakeFactory(Object.assign(() => true, {}), { r0: (d) => d === 1 }));
    expect(v.rule('r0', 1)).toBe(true);
    expect(v.rule('r0', 2)).toBe(false);
    expect(v.rule('r9', 2)).toBe(true);
  });

  it('gives the module the runtime helpers and the core formats', () => {
    let seen: { ucs: unknown; equal: unknown; formats: string[] } | undefined;
    const factory = ((require: (name: string) => unknown, formats: Record<string, unknown>) => {
      seen = {
        ucs: (require('ajv/dist/runtime/ucs2length') as { default: unknown }).default,
        equal: (require('ajv/dist/runtime/equal') as { default: unknown }).default,
        formats: Object.keys(formats),
      };
      return { validate: () => true };
    }) as unknown as ValidatorFactory;
    instantiateValidator(factory);
    expect(seen!.ucs).toBe(ucs2length);
    expect(seen!.equal).toBe(deepEqual);
    expect(seen!.formats).toEqual(expect.arrayContaining(['katakana', 'jp-postal-code', 'date', 'attachment-id']));
  });

  it('refuses a module that needs another ajv runtime helper', () => {
    const factory = ((require: (name: string) => unknown) => {
      require('ajv/dist/runtime/uri');
      return { validate: () => true };
    }) as unknown as ValidatorFactory;
    expect(() => instantiateValidator(factory)).toThrow(/ajv\/dist\/runtime\/uri/);
  });
});
