import { describe, expect, it } from 'vitest';
import { createElement } from '../../../core/builder/create-element.ts';
import { ELEMENT_KINDS } from '../../../core/builder/element-kinds.ts';
import { matches } from '../../../core/builder/json-match.ts';
import { sampleValue } from '../../../core/builder/sample-value.ts';
import type { FieldElement } from '../../../core/definition.ts';
import { normalizeValue } from '../../../core/normalize.ts';

describe('sampleValue', () => {
  it.each(ELEMENT_KINDS.filter((k) => !['group', 'heading', 'paragraph'].includes(k)).map((k) => [k]))('%s: a valid, canonical answer', (kind) => {
    const { element, schema } = createElement(kind, 'x');
    const value = sampleValue({}, element as FieldElement, schema);
    expect(value).not.toBeUndefined();
    expect(matches({}, schema, value)).toBe(true);
    expect(normalizeValue({}, schema, value)).toEqual(value);
  });

  it('fits limits and ranges', () => {
    const el = createElement('text', 'x').element as FieldElement;
    expect(sampleValue({}, el, { type: 'string', minLength: 5, maxLength: 6 })).toHaveLength(6);
    expect(sampleValue({}, el, { type: 'string', maxLength: 2 })).toBe('記入');
    const n = createElement('number', 'n').element as FieldElement;
    expect(sampleValue({}, n, { type: 'integer', minimum: 3 })).toBe(3);
    expect(sampleValue({}, n, { type: 'integer', maximum: -2 })).toBe(-2);
    expect(sampleValue({}, n, { type: 'number', exclusiveMinimum: 5, maximum: 5.2 })).toBe(5.2);
  });

  it('uses a valid default, honours checkbox minimums and attachment types', () => {
    const radio = createElement('radio', 'r');
    expect(sampleValue({}, radio.element as FieldElement, { ...radio.schema, default: 'option2' })).toBe('option2');
    const boxes = createElement('checkboxes', 'c');
    expect(sampleValue({}, boxes.element as FieldElement, { ...boxes.schema, minItems: 2 })).toEqual(['option1', 'option2']);
    const files = createElement('attachments', 'f');
    const photos = sampleValue({}, { ...(files.element as FieldElement), accept: ['image/*'] }, files.schema) as Array<{ type: string }>;
    expect(photos[0]?.type).toBe('image/jpeg');
  });

  it('gives up (undefined) when nothing fits a hand-written pattern', () => {
    const el = createElement('text', 'x').element as FieldElement;
    expect(sampleValue({}, el, { type: 'string', pattern: '^Q{3}$' })).toBeUndefined();
  });
});
