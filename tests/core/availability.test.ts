import { describe, expect, it } from 'vitest';
import { availability } from '../../core/availability.ts';
import type { Settings } from '../../core/definition.ts';

const base: Settings = { department: '福祉課' };
const at = (iso: string) => new Date(iso);

describe('availability', () => {
  it('is open when nothing limits it', () => {
    expect(availability(base, at('2025-01-01T00:00:00Z'))).toEqual({ open: true });
    expect(availability(base, at('2025-01-01T00:00:00Z'), 1_000_000)).toEqual({ open: true });
  });

  describe('opensAt', () => {
    const s: Settings = { ...base, opensAt: '2025-04-01T09:00:00+09:00' };
    it('is not yet open a moment before', () => {
      expect(availability(s, at('2025-03-31T23:59:59.999Z'))).toEqual({ open: false, reason: 'notYetOpen' });
    });
    it('opens exactly at opensAt (time zones respected)', () => {
      expect(availability(s, at('2025-04-01T00:00:00Z'))).toEqual({ open: true });
    });
  });

  describe('closesAt', () => {
    const s: Settings = { ...base, closesAt: '2025-04-30T17:00:00+09:00' };
    it('is open a moment before', () => {
      expect(availability(s, at('2025-04-30T07:59:59.999Z'))).toEqual({ open: true });
    });
    it('is closed exactly at closesAt and after', () => {
      expect(availability(s, at('2025-04-30T08:00:00Z'))).toEqual({ open: false, reason: 'closed' });
      expect(availability(s, at('2026-01-01T00:00:00Z'))).toEqual({ open: false, reason: 'closed' });
    });
  });

  it('uses the window when both are set', () => {
    const s: Settings = { ...base, opensAt: '2025-04-01T00:00:00Z', closesAt: '2025-05-01T00:00:00Z' };
    expect(availability(s, at('2025-03-01T00:00:00Z'))).toMatchObject({ reason: 'notYetOpen' });
    expect(availability(s, at('2025-04-15T00:00:00Z'))).toEqual({ open: true });
    expect(availability(s, at('2025-06-01T00:00:00Z'))).toMatchObject({ reason: 'closed' });
  });

  describe('capacity', () => {
    const s: Settings = { ...base, capacity: 3 };
    it('is open below capacity', () => {
      expect(availability(s, at('2025-01-01T00:00:00Z'), 2)).toEqual({ open: true });
    });
    it('is full at capacity and above', () => {
      expect(availability(s, at('2025-01-01T00:00:00Z'), 3)).toEqual({ open: false, reason: 'full' });
      expect(availability(s, at('2025-01-01T00:00:00Z'), 4)).toEqual({ open: false, reason: 'full' });
    });
    it('is not checked when the count is not given', () => {
      expect(availability(s, at('2025-01-01T00:00:00Z'))).toEqual({ open: true });
    });
    it('treats capacity 0 as full', () => {
      expect(availability({ ...base, capacity: 0 }, at('2025-01-01T00:00:00Z'), 0)).toEqual({ open: false, reason: 'full' });
    });
    it('reports closed before full', () => {
      const closed: Settings = { ...s, closesAt: '2024-12-31T00:00:00Z' };
      expect(availability(closed, at('2025-01-01T00:00:00Z'), 3)).toEqual({ open: false, reason: 'closed' });
    });
  });
});
