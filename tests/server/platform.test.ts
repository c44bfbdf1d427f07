import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRows } from '../../server/store/rows.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('platform', () => {
  it('reports liveness and database reachability', async () => {
    const res = await t.app.inject('/healthz');
    expect(res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('keeps every acknowledged commit: SQLite in WAL mode with safe checkpoints, PostgreSQL with synchronous commits', async () => {
    const { store } = t.app.ctx;
    if (store.dialect === 'sqlite') {
      // Per-commit fsync of the WAL: see the write-batcher tests.
      expect(store.sqlite!.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.sqlite!.pragma('synchronous', { simple: true })).toBe(1);
    } else {
      // A commit returns once its WAL record is flushed (the app never turns this off for a session).
      const setting = async (name: string) => (await rawRows<{ v: string }>(store.db, sql`SELECT current_setting(${name}) AS v`))[0]!.v;
      expect(await setting('synchronous_commit')).toBe('on');
    }
  });

  it('sends a strict CSP and the other security headers', async () => {
    const res = await t.app.inject('/api/forms');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('compresses a form definition for old phones on metered data, but not a tiny answer', async () => {
    const res = await t.app.inject({ url: '/api/forms/risai-shomei', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.headers['content-encoding']).toBe('br');
    const body = brotliDecompressSync(res.rawPayload);
    expect(JSON.parse(body.toString('utf8')).id).toBe('risai-shomei');
    expect(res.rawPayload.length).toBeLessThan(body.length / 3);
    const health = await t.app.inject({ url: '/healthz', headers: { 'accept-encoding': 'br, gzip' } });
    expect(health.headers['content-encoding']).toBeUndefined();
  });

  it('serves built assets precompressed', async () => {
    const assets = join(t.app.ctx.config.webDir, 'assets');
    if (!existsSync(assets)) throw new Error('dist/web is not built: run `npm run build` (npm test does) before this test');
    const js = readdirSync(assets).find((f) => f.endsWith('.js'))!;
    const res = await t.app.inject({ url: `/assets/${js}`, headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('looks up a postal code from the bundled Japan Post data', async () => {
    const res = await t.app.inject('/api/postal-codes/1000001');
    expect(res.json().addresses).toEqual([{ prefecture: '東京都', city: '千代田区', town: '千代田' }]);
    expect((await t.app.inject('/api/postal-codes/0000000')).json().addresses).toEqual([]);
  });

  it('serves the web app for app routes and JSON 404 for unknown API routes', async () => {
    expect(existsSync(t.app.ctx.config.webDir), 'run `npm run build` before the tests (npm test does)').toBe(true);
    const page = await t.app.inject('/forms/risai-shomei');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const api = await t.app.inject('/api/nothing-here');
    expect(api.statusCode).toBe(404);
    expect(api.json().error).toBe('notFound');
  });
});
