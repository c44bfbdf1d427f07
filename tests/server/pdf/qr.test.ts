import { describe, expect, it } from 'vitest';
import { qrRuns } from '../../../server/pdf/qr.ts';

function matrix(text: string): boolean[][] {
  const { size, runs } = qrRuns(text);
  const m = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const r of runs) for (let c = r.col; c < r.col + r.length; c++) m[r.row]![c] = true;
  return m;
}

/** A finder pattern: a dark 7×7 ring, a light ring, a dark 3×3 centre. */
function hasFinder(m: boolean[][], top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (m[top + r]![left + c] !== (ring !== 2)) return false;
    }
  }
  return true;
}

describe('QR code', () => {
  it('encodes a receipt number compactly (alphanumeric mode: version 1, 21 modules)', () => {
    const m = matrix('1234-5678-90');
    expect(m.length).toBe(21);
    expect(hasFinder(m, 0, 0) && hasFinder(m, 0, 14) && hasFinder(m, 14, 0)).toBe(true);
  });

  it('encodes a status link in byte mode', () => {
    const m = matrix('https://madoguchi.example.jp/s/1234567890AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEf');
    const n = m.length;
    expect(n).toBeGreaterThan(21);
    expect(hasFinder(m, 0, 0) && hasFinder(m, 0, n - 7) && hasFinder(m, n - 7, 0)).toBe(true);
  });

  it('merges neighbouring dark modules into one rectangle', () => {
    const { runs } = qrRuns('1234-5678-90');
    // The top row starts with the finder's 7 dark modules: one run, not seven squares.
    expect(runs[0]).toEqual({ row: 0, col: 0, length: 7 });
  });
});
