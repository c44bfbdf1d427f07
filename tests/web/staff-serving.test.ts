// The built apps as the server serves them: /staff/* gets the staff app, /preview/* the
// citizen app and may be framed by our own pages only, every other page by nobody.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { ensureBuilt } from '../helpers/browser.ts';

let t: TestApp;

beforeAll(async () => {
  ensureBuilt();
  t = await createTestApp();
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('serving the two apps', () => {
  test('staff URLs get the staff page, others the citizen page; missing assets are 404', async () => {
    expect(existsSync(join(t.app.ctx.config.webDir, 'staff/index.html'))).toBe(true);
    const staff = await t.app.inject('/staff/forms/risai-shomei/build');
    expect(staff.statusCode).toBe(200);
    expect(staff.body).toContain('/staff/assets/');
    const citizen = await t.app.inject('/forms/risai-shomei');
    expect(citizen.body).not.toContain('/staff/assets/');
    expect(citizen.body).toMatch(/src="\/assets\/index-[^"]+\.js"/);
    const preview = await t.app.inject('/preview/risai-shomei/');
    expect(preview.body).toBe(citizen.body);
    expect((await t.app.inject('/staff/assets/nothing.js')).statusCode).toBe(404);
    expect((await t.app.inject('/assets/nothing.js')).statusCode).toBe(404);
  });

  test("frame-ancestors 'self' on /preview/* only, 'none' everywhere else", async () => {
    const preview = await t.app.inject('/preview/risai-shomei/');
    expect(preview.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(preview.headers['content-security-policy']).not.toContain("frame-ancestors 'none'");
    expect(preview.headers['x-frame-options']).toBe('SAMEORIGIN');
    for (const url of ['/', '/forms/risai-shomei', '/staff/', '/api/forms']) {
      const res = await t.app.inject(url);
      expect(res.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options'], url).toBe('DENY');
    }
  });
});
