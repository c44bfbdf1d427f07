import { describe, expect, it } from 'vitest';
import { isCalendarDate, japanDayStart } from '../../core/japan-day.ts';

describe('Japan-time days', () => {
  it('start at 15:00 UTC of the day before, across months and years', () => {
    expect(japanDayStart('2026-04-01')).toBe('2026-03-31T15:00:00.000Z');
    expect(japanDayStart('2026-04-30', 1)).toBe('2026-04-30T15:00:00.000Z');
    expect(japanDayStart('2026-12-31', 1)).toBe('2026-12-31T15:00:00.000Z');
    expect(japanDayStart('2024-02-28', 1)).toBe('2024-02-28T15:00:00.000Z');
    expect(() => japanDayStart('2026/04/01')).toThrow(RangeError);
  });
  it('accept real dates only', () => {
    for (const ok of ['2026-04-01', '2024-02-29', '1989-01-08']) expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-4-1', '20260401', '', '2026-04-01T00:00']) expect(isCalendarDate(bad), bad).toBe(false);
  });
});
