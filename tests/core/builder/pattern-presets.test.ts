import { describe, expect, it } from 'vitest';
import { applyPreset, PATTERN_PRESETS, patternPreset, presetOf } from '../../../core/builder/pattern-presets.ts';
import { normalizeValue } from '../../../core/normalize.ts';
import { buildServerValidator } from '../../../core/validator-code.ts';

describe('pattern presets', () => {
  it.each(PATTERN_PRESETS.map((p) => [p.id, p]))('%s: its example is valid and canonical', (_id, preset) => {
    const schema = { type: 'string', ...(preset.pattern ? { pattern: preset.pattern } : {}), ...(preset.format ? { format: preset.format } : {}) };
    const v = buildServerValidator({ schema, rules: [] });
    expect(v.validate(preset.example)).toBe(true);
    expect(normalizeValue(schema, schema, preset.example)).toBe(preset.example);
    expect(preset.label.ja).not.toBe('');
    expect(preset.label.en).toBeTruthy();
  });

  it('digits: full-width digits typed by citizens become half-width before validation', () => {
    const schema = { type: 'string', pattern: patternPreset('digits')!.pattern };
    expect(normalizeValue(schema, schema, '０１２３')).toBe('0123');
  });

  it('presetOf reads a schema back; hand-written patterns are custom', () => {
    expect(presetOf({ type: 'string' })).toBeNull();
    expect(presetOf({ type: 'string', format: 'jp-postal-code' })).toBe('postal-code');
    expect(presetOf({ type: 'string', pattern: '^[0-9]+$' })).toBe('digits');
    expect(presetOf({ type: 'string', pattern: '^x' })).toBe('custom');
  });

  it('applyPreset replaces pattern and format, keeps a custom pattern, refuses unknown ids', () => {
    const s: Record<string, unknown> = { type: 'string', pattern: '^x' };
    applyPreset(s, 'custom');
    expect(s.pattern).toBe('^x');
    applyPreset(s, 'email');
    expect(s).toEqual({ type: 'string', format: 'email' });
    applyPreset(s, null);
    expect(s).toEqual({ type: 'string' });
    expect(() => applyPreset(s, 'custom')).toThrow(expect.objectContaining({ code: 'badPattern' }));
    expect(() => applyPreset(s, 'zip')).toThrow(expect.objectContaining({ code: 'badPattern' }));
  });
});
