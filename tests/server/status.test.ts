import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { libraryForm, submit } from '../helpers/fixtures.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => t.close());

describe('GET /api/submissions/:token', () => {
  it('shows the applicant their status and when they filed, only through the secret token', async () => {
    const filed = (await submit(t.app, 'shichou-tayori', libraryForm('opinion/shichou-tayori.json').example)).json();
    const token = filed.statusUrl.split('/s/')[1];
    const res = await t.app.inject(`/api/submissions/${token}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body).toMatchObject({ receiptNumber: filed.receiptNumber, status: 'received', statusLabel: '受付済み' });
    expect(Date.parse(body.submittedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(body.history).toEqual([expect.objectContaining({ status: 'received', statusLabel: '受付済み' })]);
    expect(body).not.toHaveProperty('answers');

    const en = await t.app.inject({ url: `/api/submissions/${token}`, headers: { 'accept-language': 'en' } });
    expect(en.json().statusLabel).toBe('Received');

    const wrongSecret = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const guess of [filed.receiptNumber, filed.receiptNumber.replace(/-/g, ''), '1', wrongSecret, token.slice(10)]) {
      expect((await t.app.inject(`/api/submissions/${encodeURIComponent(guess)}`)).statusCode).toBe(404);
    }
  });
});
