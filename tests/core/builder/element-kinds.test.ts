import { describe, expect, it } from 'vitest';
import { ELEMENT_KINDS, isElementKind, kindInfo, PALETTE } from '../../../core/builder/element-kinds.ts';
import { WIDGETS } from '../../../core/definition.ts';

describe('the palette', () => {
  it('lists every kind once, with Japanese and English names', () => {
    expect(PALETTE.map((k) => k.kind).sort()).toEqual([...ELEMENT_KINDS].sort());
    for (const k of PALETTE) {
      expect(k.label.ja).not.toBe('');
      expect(k.label.en).toBeTruthy();
      expect(k.description.ja).not.toBe('');
      expect(k.content).toBe(k.kind === 'heading' || k.kind === 'paragraph');
    }
  });

  it('covers every widget core supports', () => {
    for (const w of WIDGETS) expect(isElementKind(w)).toBe(true);
    expect(isElementKind('heading')).toBe(true);
    expect(isElementKind('slider')).toBe(false);
    expect(kindInfo('name-kana').keyPrefix).toBe('name');
    expect(() => kindInfo('x' as never)).toThrow();
  });
});
