import { describe, expect, it } from 'vitest';
import { CATEGORIES, isFieldElement, LANGS, WIDGETS } from '../../core/definition.ts';

describe('isFieldElement', () => {
  it('is true for an element with a field key', () => {
    expect(isFieldElement({ field: 'a', widget: 'text', label: { ja: 'A' } })).toBe(true);
  });
  it('is false for content', () => {
    expect(isFieldElement({ content: { ja: '説明' } })).toBe(false);
  });
  it('is false when field is not a string', () => {
    expect(isFieldElement({ field: 1, content: { ja: 'x' } } as never)).toBe(false);
  });
});

describe('constants', () => {
  it('list Japanese first and have no duplicates', () => {
    expect(LANGS[0]).toBe('ja');
    for (const list of [LANGS, WIDGETS, CATEGORIES]) expect(new Set(list).size).toBe(list.length);
  });
  it('include every widget ADR 0002 gives a value shape for', () => {
    for (const w of ['name-kana', 'postal-address', 'wareki-date', 'date', 'attachments', 'group', 'checkboxes', 'yes-no', 'consent', 'email', 'tel', 'number']) {
      expect(WIDGETS).toContain(w);
    }
  });
});
