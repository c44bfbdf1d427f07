import { describe, expect, test } from 'vitest';
import { en } from '../../web/staff/i18n/en.ts';
import { translate } from '../../web/staff/i18n/index.ts';
import { ja } from '../../web/staff/i18n/ja.ts';

describe('staff UI texts', () => {
  test('English has exactly the Japanese keys, with the same parameters', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ja) as (keyof typeof ja)[]) expect(params(en[key]), key).toEqual(params(ja[key]));
  });

  test('fills parameters and falls back to Japanese', () => {
    expect(translate('ja', 'autosave.saved', { time: '14:05' })).toBe('保存しました 14:05');
    expect(translate('en', 'autosave.saved', { time: '14:05' })).toBe('Saved 14:05');
    expect(translate('ko', 'builder.up')).toBe('上へ');
  });
});
