import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMaintenance } from '../../server/maintenance.ts';
import { attachments } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { publishDefinition } from '../../server/forms/publish.ts';
import { minimalForm, PNG, upload } from '../helpers/fixtures.ts';

let t: TestApp;
let clock = new Date();
beforeEach(async () => {
  clock = new Date('2026-11-22T00:00:00Z');
  t = await createTestApp({ attachmentMaxBytes: 64 * 1024 }, () => clock);
});
afterEach(async () => t.close());

describe('POST /api/forms/:id/attachments', () => {
  it('stores a photo with its hash and detected type, under an unguessable id', async () => {
    const res = await upload(t.app, 'risai-shomei', '../../etc/被害\u0000.png');
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ name: '被害.png', size: PNG.length, type: 'image/png' });
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const [row] = await t.app.ctx.db.select().from(attachments);
    expect(row!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.compare(row!.data, PNG)).toBe(0);
  });

  it('judges the type by content, not by name or declared type', async () => {
    const res = await upload(t.app, 'risai-shomei', 'photo.png', Buffer.from('<html><script>alert(1)</script>'), 'image/png');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('ファイルの種類');
  });

  it('refuses a file over the limit with 413 and a message giving the limit', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(100 * 1024)]);
    const res = await upload(t.app, 'risai-shomei', 'big.png', big);
    expect(res.statusCode).toBe(413);
    expect(await t.app.ctx.db.select().from(attachments)).toHaveLength(0);
  });

  it('refuses uploads to a form without file questions', async () => {
    await t.app.ctx.writes.run((tx) => publishDefinition(tx, minimalForm(), null));
    await t.app.ctx.catalog.reload();
    expect((await upload(t.app, 'test-minimal')).statusCode).toBe(400);
  });

  it('removes uploads never used by a submission after a day', async () => {
    await upload(t.app, 'risai-shomei');
    clock = new Date(clock.getTime() + 23 * 3600_000);
    expect((await runMaintenance(t.app.ctx)).attachments).toBe(0);
    clock = new Date(clock.getTime() + 2 * 3600_000);
    expect((await runMaintenance(t.app.ctx)).attachments).toBe(1);
    expect(await t.app.ctx.db.select().from(attachments)).toHaveLength(0);
  });
});
