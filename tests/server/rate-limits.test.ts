import { afterEach, describe, expect, it } from 'vitest';
import { submissions } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { minimalForm, upload } from '../helpers/fixtures.ts';
import { loginAs } from '../helpers/staff.ts';

describe('rate limits per address', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('filing: past the limit a clear 429 in the citizen language with Retry-After; other addresses go on', async () => {
    t = await createTestApp({ rateLimits: { submit: 3, upload: 0, login: 0 } });
    const designer = await loginAs(t.app, 'rl-designer', [{ department: 'テスト課', role: 'designer' }]);
    expect((await designer({ method: 'POST', url: '/api/staff/forms', payload: { definition: minimalForm() } })).statusCode).toBe(201);
    expect((await designer({ method: 'POST', url: '/api/staff/forms/test-minimal/publish', payload: {} })).statusCode).toBe(201);

    const from = (ip: string, lang = 'ja') =>
      t.app.inject({ method: 'POST', url: '/api/forms/test-minimal/submissions', remoteAddress: ip, payload: { answers: { name: '窓口 花子' } }, headers: { 'accept-language': lang } });
    for (let i = 0; i < 3; i++) expect((await from('198.51.100.7')).statusCode).toBe(201);
    const refused = await from('198.51.100.7');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({ error: 'rateLimited', message: expect.stringMatching(/秒ほど待ってから.*入力した内容は消えていません/) });
    expect((await from('198.51.100.7', 'en')).json().message).toMatch(/Nothing you typed is lost/);
    expect((await from('203.0.113.9')).statusCode).toBe(201);
    expect(await t.app.ctx.db.select().from(submissions).orderBy(submissions.id)).toHaveLength(4);
    // Reading is never limited.
    for (let i = 0; i < 10; i++) expect((await t.app.inject({ url: '/api/forms', remoteAddress: '198.51.100.7' })).statusCode).toBe(200);
  });

  it('uploads and logins have their own limits', async () => {
    t = await createTestApp({ rateLimits: { submit: 0, upload: 2, login: 2 } });
    await loginAs(t.app, 'rl-clerk', [{ department: 'テスト課', role: 'clerk' }]); // one login used
    expect((await upload(t.app, 'risai-shomei')).statusCode).toBe(201);
    expect((await upload(t.app, 'risai-shomei')).statusCode).toBe(201);
    expect((await upload(t.app, 'risai-shomei')).statusCode).toBe(429);
    const login = () => t.app.inject({ method: 'POST', url: '/api/staff/session', payload: { login: 'rl-clerk', password: 'wrong password here' } });
    expect((await login()).statusCode).toBe(401);
    expect((await login()).statusCode).toBe(429);
  });

  it('is on by default outside tests', async () => {
    const { loadConfig } = await import('../../server/config.ts');
    expect(loadConfig({}).rateLimits).toEqual({ submit: 60, upload: 300, login: 30 });
    expect(loadConfig({ RATE_LIMIT_SUBMIT_PER_MINUTE: '0' }).rateLimits.submit).toBe(0);
  });
});
