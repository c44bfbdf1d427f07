import { describe, expect, it } from 'vitest';
import { kindOf } from '../../../core/builder/kind-of.ts';

describe('kindOf', () => {
  it('is the widget of a field, heading or paragraph for content (paragraph by default)', () => {
    expect(kindOf({ field: 'a', widget: 'wareki-date', label: { ja: 'a' } })).toBe('wareki-date');
    expect(kindOf({ content: { ja: 'x' }, kind: 'heading' })).toBe('heading');
    expect(kindOf({ content: { ja: 'x' } })).toBe('paragraph');
  });
});
