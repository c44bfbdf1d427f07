import { describe, expect, it } from 'vitest';
import { LANGS } from '../../core/definition.ts';
import { hasText } from '../../core/i18n.ts';
import { STATUS_LABELS, STATUSES } from '../../core/status.ts';

describe('STATUS_LABELS', () => {
  it('labels every status in Japanese and English', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...STATUSES].sort());
    for (const s of STATUSES) {
      expect(STATUS_LABELS[s].ja.trim(), s).not.toBe('');
      expect(STATUS_LABELS[s].en?.trim(), s).toBeTruthy();
    }
  });
  it('labels every status in every citizen language', () => {
    for (const s of STATUSES) for (const lang of LANGS) expect(hasText(STATUS_LABELS[s], lang), `${s} ${lang}`).toBe(true);
  });
  it('starts with received', () => {
    expect(STATUSES[0]).toBe('received');
  });
});
