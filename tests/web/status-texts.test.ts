import { describe, expect, test } from 'vitest';
import { statusEn } from '../../web/citizen/i18n/status-en.ts';
import { statusJa } from '../../web/citizen/i18n/status-ja.ts';
import { statusText } from '../../web/citizen/i18n/status.ts';
import { latestComment, setFlash, takeFlash } from '../../web/citizen/lib/status-api.ts';

describe('status page texts', () => {
  test('English has exactly the Japanese keys, with the same parameters', () => {
    expect(Object.keys(statusEn).sort()).toEqual(Object.keys(statusJa).sort());
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(statusJa) as (keyof typeof statusJa)[]) expect(params(statusEn[key]), key).toEqual(params(statusJa[key]));
  });

  test('fills parameters; an unknown language reads Japanese', () => {
    expect(statusText('ja', 'fix.banner', { n: '2026-0001-23' })).toBe('受付番号 2026-0001-23 の申請を修正しています。');
    expect(statusText('en', 'fix.banner', { n: '2026-0001-23' })).toBe('You are correcting application 2026-0001-23.');
    expect(statusText('fr', 'returned.fix')).toBe('修正する');
    expect(statusText('vi', 'returned.fix')).toBe('Sửa');
  });
});

describe('status helpers', () => {
  const h = (status: string, comment?: string) => ({ status, statusLabel: status, at: '2026-12-01T00:00:00Z', comment });

  test("the office's comment is the one on the current status", () => {
    expect(latestComment({ status: 'returned', history: [h('received'), h('returned', '住所を確認してください')] })).toBe('住所を確認してください');
    // Resubmitted since: the old request to correct is history, not the current comment.
    expect(latestComment({ status: 'received', history: [h('received'), h('returned', '古い'), h('received')] })).toBeUndefined();
    expect(latestComment({ status: 'returned', returnedComment: 'サーバーから', history: [h('received'), h('returned')] })).toBe('サーバーから');
  });

  test('a flash is read once, and only by the status page it was left for', () => {
    setFlash('a', 'fix.sent');
    expect(takeFlash('b')).toBeNull();
    setFlash('a', 'fix.sent');
    expect(takeFlash('a')).toBe('fix.sent');
    expect(takeFlash('a')).toBeNull();
  });
});
