import { describe, expect, it } from 'vitest';
import type { Element } from '../../core/definition.ts';
import {
  decodePointerSegment,
  encodePointerSegment,
  fieldElements,
  itemSchema,
  pageOfField,
  propertySchema,
  resolveRef,
  splitPointer,
  topLevelFields,
} from '../../core/fields.ts';
import { form } from './fixtures.ts';

describe('fieldElements', () => {
  it('keeps field elements in order and skips content', () => {
    const elements: Element[] = [
      { content: { ja: '見出し' }, kind: 'heading' },
      { field: 'a', widget: 'text', label: { ja: 'A' } },
      { content: { ja: '説明' } },
      { field: 'b', widget: 'text', label: { ja: 'B' } },
    ];
    expect(fieldElements(elements).map((e) => e.field)).toEqual(['a', 'b']);
  });
});

describe('topLevelFields', () => {
  it('lists every page’s fields in page order, without descending into groups', () => {
    expect(topLevelFields(form()).map((f) => f.field)).toEqual([
      'applicant',
      'address',
      'householdSize',
      'cause',
      'causeOther',
      'hasSpouse',
      'spouseName',
      'spouseWorks',
      'spouseEmployer',
      'children',
      'documents',
      'remarks',
      'consent',
    ]);
  });
});

describe('pageOfField', () => {
  it('finds the page holding a top-level field', () => {
    const def = form();
    expect(pageOfField(def, 'applicant')).toBe(0);
    expect(pageOfField(def, 'children')).toBe(1);
    expect(pageOfField(def, 'consent')).toBe(2);
  });
  it('is -1 for a row field or an unknown key', () => {
    expect(pageOfField(form(), 'school')).toBe(-1);
    expect(pageOfField(form(), 'nope')).toBe(-1);
  });
});

describe('resolveRef', () => {
  const root = {
    $defs: { a: { $ref: '#/$defs/b' }, b: { type: 'string' }, 'x/y': { type: 'integer' }, loop: { $ref: '#/$defs/loop' } },
  };
  it('returns a schema without $ref as it is', () => {
    const s = { type: 'number' };
    expect(resolveRef(root, s)).toBe(s);
    expect(resolveRef(root, undefined)).toBeUndefined();
  });
  it('follows a chain of local refs', () => {
    expect(resolveRef(root, { $ref: '#/$defs/a' })).toEqual({ type: 'string' });
  });
  it('decodes pointer escapes', () => {
    expect(resolveRef(root, { $ref: '#/$defs/x~1y' })).toEqual({ type: 'integer' });
  });
  it('gives up on remote refs, missing targets and loops', () => {
    expect(resolveRef(root, { $ref: 'https://example.jp/s.json' })).toBeUndefined();
    expect(resolveRef(root, { $ref: '#/$defs/missing' })).toBeUndefined();
    expect(() => resolveRef(root, { $ref: '#/$defs/loop' })).not.toThrow();
  });
});

describe('propertySchema', () => {
  const root = { $defs: { kana: { type: 'string', format: 'katakana' } } };
  const obj = { properties: { kana: { $ref: '#/$defs/kana' }, plain: { type: 'string' } } };
  it('returns a property’s schema, following $ref', () => {
    expect(propertySchema(root, obj, 'kana')).toEqual({ type: 'string', format: 'katakana' });
    expect(propertySchema(root, obj, 'plain')).toEqual({ type: 'string' });
  });
  it('is undefined for unknown and inherited names', () => {
    expect(propertySchema(root, obj, 'nope')).toBeUndefined();
    expect(propertySchema(root, obj, 'constructor')).toBeUndefined();
    expect(propertySchema(root, obj, '__proto__')).toBeUndefined();
    expect(propertySchema(root, {}, 'kana')).toBeUndefined();
  });
});

describe('itemSchema', () => {
  it('returns the items of an array schema, following $ref on both', () => {
    const root = { $defs: { row: { type: 'object' }, list: { type: 'array', items: { $ref: '#/$defs/row' } } } };
    expect(itemSchema(root, { $ref: '#/$defs/list' })).toEqual({ type: 'object' });
    expect(itemSchema(root, { type: 'string' })).toBeUndefined();
  });
});

describe('JSON Pointer segments', () => {
  it.each([
    ['a', 'a'],
    ['a/b', 'a~1b'],
    ['a~b', 'a~0b'],
    ['~/', '~0~1'],
    ['~1', '~01'],
  ])('%j ⇄ %j', (raw, encoded) => {
    expect(encodePointerSegment(raw)).toBe(encoded);
    expect(decodePointerSegment(encoded)).toBe(raw);
  });

  it('splits a pointer into decoded segments', () => {
    expect(splitPointer('')).toEqual([]);
    expect(splitPointer('/children/1/birthDate')).toEqual(['children', '1', 'birthDate']);
    expect(splitPointer('/a~1b/~01')).toEqual(['a/b', '~1']);
    expect(splitPointer('/')).toEqual(['']);
  });
});
