import { describe, expect, it } from 'vitest';
import { STATUS_LABELS, STATUSES } from '../../core/status.ts';

describe('STATUS_LABELS', () => {
  it('labels every status in Japanese and English', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...STATUSES].sort());
    for (const s of STATUSES) {
      expect(STATUS_LABELS[s].ja.trim(), s).not.toBe('');
      expect(STATUS_LABELS[s].en?.trim(), s).toBeTruthy();
    }
  });
  it('starts with received', () => {
    expect(STATUSES[0]).toBe('received');
  });
});
