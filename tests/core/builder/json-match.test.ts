import { describe, expect, it } from 'vitest';
import { jsonEqual, matches } from '../../../core/builder/json-match.ts';
import { compile } from '../../../core/compile.ts';
import { library } from './helpers.ts';

describe('matches', () => {
  it('accepts every library example against its compiled schema, and refuses empty answers where ajv does', () => {
    for (const [, def] of library()) {
      const { schema } = compile(def);
      expect(matches(schema, schema, def.example)).toBe(true);
      expect(matches(schema, schema, {})).toBe(false);
    }
  });

  it('checks types, formats, lengths (in code points), ranges, arrays and objects', () => {
    expect(matches({}, { type: 'integer' }, 1.5)).toBe(false);
    expect(matches({}, { type: 'string', format: 'jp-postal-code' }, '100-0001')).toBe(true);
    expect(matches({}, { type: 'string', format: 'jp-postal-code' }, '1000001')).toBe(false);
    expect(matches({}, { type: 'string', maxLength: 2 }, '𠮷野')).toBe(true);
    expect(matches({}, { exclusiveMinimum: 3 }, 3)).toBe(false);
    expect(matches({}, { type: 'array', uniqueItems: true }, ['a', 'a'])).toBe(false);
    expect(matches({}, { contains: { const: 'x' } }, ['y'])).toBe(false);
    expect(matches({}, { type: 'object', additionalProperties: false, properties: { a: {} } }, { b: 1 })).toBe(false);
    expect(matches({}, { not: { const: 1 } }, 1)).toBe(false);
    expect(matches({}, { oneOf: [{ type: 'number' }, { type: 'integer' }] }, 1)).toBe(false);
    expect(matches({}, { if: { const: 1 }, then: false }, 1)).toBe(false);
    expect(matches({}, { type: 'string', pattern: '(' }, 'x')).toBe(false); // invalid pattern: refuse rather than guess
  });

  it('follows local $refs', () => {
    const root = { $defs: { a: { type: 'string' } } };
    expect(matches(root, { $ref: '#/$defs/a' }, 'x')).toBe(true);
    expect(matches(root, { $ref: '#/$defs/a' }, 1)).toBe(false);
  });
});

describe('jsonEqual', () => {
  it('compares deeply, key order aside', () => {
    expect(jsonEqual({ a: [1, { b: 2 }], c: 'x' }, { c: 'x', a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
    expect(jsonEqual({ a: undefined }, {})).toBe(false);
  });
});
