// Every kind of answer the server gives carries the security headers (issue 7): a strict
// CSP without 'unsafe-inline' or 'unsafe-eval' that no other site may frame (the builder's
// preview excepted, framed by our own origin), nosniff and a referrer policy that keeps
// status-link tokens from leaking. Staff cookies are HttpOnly and SameSite always, Secure
// when served over https; X-Forwarded-* count only from a proxy the city trusts.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { ensureBuilt } from '../helpers/browser.ts';
import { libraryForm, risaiAnswers, submit } from '../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../helpers/staff.ts';

let t: TestApp;
let clerk: StaffInject;
let receiptNumber: string;
let attachmentPath: string;

beforeAll(async () => {
  ensureBuilt(); // the pages and assets are the built apps
  t = await createTestApp();
  clerk = await loginAs(t.app, 'headers-clerk', [{ department: '税務課', role: 'clerk' }]);
  const filed = await submit(t.app, 'risai-shomei', await risaiAnswers(t.app));
  expect(filed.statusCode, filed.body).toBe(201);
  receiptNumber = filed.json().receiptNumber;
  attachmentPath = (await clerk(`/api/staff/submissions/${receiptNumber}`)).json().attachments[0].path;
}, 120_000);

afterAll(() => t?.close());

function directives(res: LightMyRequestResponse): Map<string, string> {
  const csp = res.headers['content-security-policy'];
  expect(typeof csp, `CSP on ${res.statusCode} ${String(res.headers['content-type'])}`).toBe('string');
  return new Map(
    String(csp)
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.slice(d.split(/\s+/)[0]!.length).trim()] as [string, string]),
  );
}

function expectHardened(what: string, res: LightMyRequestResponse, frameAncestors = "'none'"): void {
  const csp = String(res.headers['content-security-policy'] ?? '');
  expect(csp, what).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
  const d = directives(res);
  expect(d.get('frame-ancestors'), `${what}: frame-ancestors`).toBe(frameAncestors);
  // Scripts come from us only, or from nowhere.
  const scripts = d.get('script-src') ?? d.get('default-src');
  expect(["'self'", "'none'"], `${what}: script-src ${scripts}`).toContain(scripts);
  expect(d.get('object-src') ?? d.get('default-src'), `${what}: object-src`).toBe("'none'");
  expect(res.headers['x-content-type-options'], `${what}: nosniff`).toBe('nosniff');
  expect(res.headers['referrer-policy'], `${what}: referrer policy`).toBe('no-referrer');
}

const assetOf = (html: string) => /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];

describe('security headers on every kind of answer', () => {
  it('pages of both apps, their scripts and the validator modules', async () => {
    const citizen = await t.app.inject('/');
    expect(citizen.statusCode).toBe(200);
    expect(citizen.headers['content-type']).toMatch(/text\/html/);
    expectHardened('citizen page', citizen);
    expectHardened('a status page', await t.app.inject('/s/12345678901234567890'));
    expectHardened('a form page', await t.app.inject('/forms/risai-shomei/p/1'));
    const staff = await t.app.inject('/staff/');
    expect(staff.statusCode).toBe(200);
    expectHardened('staff page', staff);
    for (const [what, html] of [['citizen script', citizen.body], ['staff script', staff.body]] as const) {
      const src = assetOf(html);
      expect(src, what).toBeTruthy();
      const js = await t.app.inject(src!);
      expect(js.statusCode).toBe(200);
      expect(js.headers['content-type']).toMatch(/javascript/);
      expectHardened(what, js);
    }
    const validator = await t.app.inject('/api/forms/risai-shomei/versions/1/validator.js');
    expect(validator.statusCode).toBe(200);
    expectHardened('validator module', validator);
  });

  it('the API: JSON, refusals and errors', async () => {
    const json = await t.app.inject('/api/forms');
    expect(json.headers['content-type']).toMatch(/application\/json/);
    expectHardened('JSON', json);
    expectHardened('404 of the API', await t.app.inject('/api/no-such-thing'));
    expectHardened('404 of an asset', await t.app.inject('/assets/no-such-file.js'));
    expectHardened('400 of bad JSON', await t.app.inject({ method: 'POST', url: '/api/forms/risai-shomei/submissions', payload: '{', headers: { 'content-type': 'application/json' } }));
    expectHardened('400 with field errors', await submit(t.app, 'risai-shomei', {}));
    expectHardened('401 of staff', await t.app.inject('/api/staff/submissions'));
    expectHardened('403 of CSRF', await clerk({ method: 'POST', url: `/api/staff/submissions/${receiptNumber}/notes`, payload: { body: 'x' }, headers: { 'x-csrf-token': '' } }));
    expectHardened('413', await t.app.inject({ method: 'POST', url: '/api/forms/risai-shomei/submissions', payload: { answers: { x: 'あ'.repeat(1_100_000) } } }));
    expectHardened('a status link', await t.app.inject('/api/submissions/12345678901234567890'));
  });

  it('what the router refuses by itself: an overlong or malformed path is a plain 404, hardened, path not echoed', async () => {
    const long = `/api/submissions/${'a'.repeat(150)}`;
    for (const url of [long, '/api/forms/%E0%A4%A']) {
      const res = await t.app.inject({ url, headers: { 'accept-language': 'en' } });
      expect(res.statusCode, url).toBe(404);
      expectHardened(url, res);
      expect(res.json()).toEqual({ error: 'notFound', message: expect.stringMatching(/not found/i) });
      expect(res.body).not.toContain('aaaa');
    }
  });

  it('files: PDF, CSV, an attachment download and the counter QR code', async () => {
    const pdf = await clerk(`/api/staff/submissions/${receiptNumber}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expectHardened('PDF', pdf);
    const csv = await clerk('/api/staff/forms/risai-shomei/export.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment;/);
    expectHardened('CSV', csv);
    const file = await clerk(attachmentPath);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expectHardened('attachment download', file);
    const qr = await t.app.inject(`/api/receipts/${receiptNumber}/qr.svg`);
    expect(qr.statusCode).toBe(200);
    expect(qr.headers['content-type']).toMatch(/image\/svg\+xml/);
    expectHardened('QR svg', qr);
    // Opened on its own the SVG is a document: it runs nothing, loads nothing, is sandboxed.
    expect(directives(qr).get('default-src')).toBe("'none'");
    expect(directives(qr).has('sandbox')).toBe(true);
    expectHardened('400 of the QR code', await t.app.inject('/api/receipts/not-a-number/qr.svg'));
  });

  it('only the builder’s preview may be framed, and only by our own origin', async () => {
    const preview = await t.app.inject('/preview/risai-shomei/');
    expect(preview.statusCode).toBe(200);
    expectHardened('preview page', preview, "'self'");
    expect(preview.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect((await t.app.inject('/')).headers['x-frame-options']).toBe('DENY');
    // Not a prefix trick: /previewer is an ordinary page.
    expectHardened('not the preview', await t.app.inject('/previewer'));
  });
});

describe('staff cookies', () => {
  function cookie(res: LightMyRequestResponse): string {
    const header = res.headers['set-cookie'];
    return String(Array.isArray(header) ? header[0] : header);
  }

  it('are HttpOnly and SameSite=Strict always; Secure when PUBLIC_URL is https', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/staff/session', payload: { login: 'headers-clerk', password: 'correct horse battery staple' } });
    expect(cookie(login)).toMatch(/; HttpOnly/);
    expect(cookie(login)).toMatch(/; SameSite=Strict/);
    expect(cookie(login)).not.toMatch(/Secure/); // plain http on this test server
    const out = await t.app.inject({ method: 'DELETE', url: '/api/staff/session', headers: { cookie: cookie(login).split(';')[0]!, 'x-csrf-token': login.json().csrfToken } });
    expect(cookie(out)).toMatch(/Max-Age=0.*HttpOnly|HttpOnly.*Max-Age=0/);

    const https = await createTestApp({ publicUrl: 'https://shinsei.example.lg.jp' });
    try {
      await loginAs(https.app, 'secure-clerk', [{ department: '税務課', role: 'clerk' }]);
      const res = await https.app.inject({ method: 'POST', url: '/api/staff/session', payload: { login: 'secure-clerk', password: 'correct horse battery staple' } });
      expect(cookie(res)).toMatch(/; HttpOnly/);
      expect(cookie(res)).toMatch(/; SameSite=Strict/);
      expect(cookie(res)).toMatch(/; Secure/);
    } finally {
      await https.close();
    }
  });

  it('are Secure when the request came over https through a trusted proxy, even without PUBLIC_URL', async () => {
    const proxied = await createTestApp({ trustProxy: ['10.0.0.5'] });
    try {
      await loginAs(proxied.app, 'proxied-clerk', [{ department: '税務課', role: 'clerk' }]);
      const login = (remoteAddress: string) =>
        proxied.app.inject({
          method: 'POST',
          url: '/api/staff/session',
          remoteAddress,
          payload: { login: 'proxied-clerk', password: 'correct horse battery staple' },
          headers: { 'x-forwarded-proto': 'https' },
        });
      expect(cookie(await login('10.0.0.5'))).toMatch(/; Secure/);
      // Anyone else claiming https changes nothing: the header is only believed from the proxy.
      expect(cookie(await login('192.0.2.9'))).not.toMatch(/Secure/);
    } finally {
      await proxied.close();
    }
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  it('reads the setting: off unless set, true, or the proxies’ addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8']);
  });

  const from = (app: TestApp, forwardedFor: string) =>
    app.app.inject({ method: 'POST', url: '/api/forms/shichou-tayori/submissions', remoteAddress: '10.0.0.5', payload: {}, headers: { 'x-forwarded-for': forwardedFor } });

  // The status link of a filing, when the request says it came over https for shinsei.example.lg.jp.
  async function linkOf(app: TestApp, remoteAddress: string): Promise<string> {
    const res = await app.app.inject({
      method: 'POST',
      url: '/api/forms/shichou-tayori/submissions',
      remoteAddress,
      payload: { answers: libraryForm('opinion/shichou-tayori.json').example },
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'shinsei.example.lg.jp', 'x-forwarded-for': '192.0.2.50' },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().statusUrl;
  }

  it('off: nobody picks their own address for the rate limits with X-Forwarded-For, nor the scheme and host of links', async () => {
    const direct = await createTestApp({ rateLimits: { submit: 3, upload: 0, login: 0 } });
    try {
      const codes = [];
      for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) codes.push((await from(direct, ip)).statusCode);
      expect(codes).toEqual([400, 400, 400]);
      expect((await from(direct, '192.0.2.4')).statusCode).toBe(429);
      const filed = await linkOf(direct, '203.0.113.7');
      expect(filed).toMatch(/^http:\/\/localhost(:80)?\/s\//);
    } finally {
      await direct.close();
    }
  });

  it('set to the proxy: the citizen’s address counts, and only when it comes through that proxy', async () => {
    const proxied = await createTestApp({ rateLimits: { submit: 2, upload: 0, login: 0 }, trustProxy: ['10.0.0.5'] });
    try {
      const codes = [];
      for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.1', '192.0.2.1']) codes.push((await from(proxied, ip)).statusCode);
      expect(codes).toEqual([400, 400, 400, 400, 429]);
      // The same header from anywhere else is not believed.
      const other = (ip: string) =>
        proxied.app.inject({ method: 'POST', url: '/api/forms/shichou-tayori/submissions', remoteAddress: '203.0.113.7', payload: {}, headers: { 'x-forwarded-for': ip } });
      expect([(await other('192.0.2.8')).statusCode, (await other('192.0.2.9')).statusCode, (await other('192.0.2.10')).statusCode]).toEqual([400, 400, 429]);
      // Without PUBLIC_URL, links take the scheme and host the proxy says the citizen used.
      expect(await linkOf(proxied, '10.0.0.5')).toMatch(/^https:\/\/shinsei\.example\.lg\.jp\/s\//);
      expect(await linkOf(proxied, '198.51.100.1')).toMatch(/^http:\/\/localhost(:80)?\/s\//);
    } finally {
      await proxied.close();
    }
  });
});
