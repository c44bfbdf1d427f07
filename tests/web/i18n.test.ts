import { describe, expect, test } from 'vitest';
import { en } from '../../web/citizen/i18n/en.ts';
import { hasCatalogue, loadCatalogue, translate } from '../../web/citizen/i18n/index.ts';
import { ja } from '../../web/citizen/i18n/ja.ts';

describe('UI texts', () => {
  test('English has exactly the Japanese keys, with the same parameters', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(ja) as (keyof typeof ja)[]) expect(params(en[key]), key).toEqual(params(ja[key]));
  });

  test('fills parameters and falls back to Japanese for unknown or unloaded languages', async () => {
    expect(translate('ja', 'wizard.progress', { current: 2, total: 5 })).toBe('2 / 5');
    expect(translate('ko', 'wizard.next')).toBe('次へ');
    await loadCatalogue('en');
    expect(hasCatalogue('en')).toBe(true);
    expect(translate('en', 'wizard.next')).toBe('Continue');
  });
});
