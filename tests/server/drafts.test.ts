// 一時保存 through the real server on a real database: save, open, save again, discard;
// wrong and expired links answer 404; sensitive answers sealed in the drafts table; the
// uploads a draft references survive the unclaimed clean-up until the draft expires, and
// go with it; the resume-link mail holds the link and nothing of the answers; limits.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isMyNumber } from '../../core/jp/my-number.ts';
import { runMaintenance } from '../../server/maintenance.ts';
import { attachments, drafts, outbox } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { exampleWithUploads, submit, upload } from '../helpers/fixtures.ts';
import { inDatabase } from '../helpers/stored-data.ts';

const FORM = 'jidou-teate-nintei';
const DAY = 24 * 60 * 60 * 1000;

function freshMyNumber(): string {
  for (;;) {
    const base = Array.from(randomBytes(11), (b) => String(b % 10)).join('');
    for (let d = 0; d <= 9; d++) if (isMyNumber(base + d)) return base + d;
  }
}

describe('一時保存 (resume links)', () => {
  let t: TestApp;
  let clock = new Date('2026-12-01T03:00:00Z');
  afterEach(async () => {
    await t?.close();
    clock = new Date('2026-12-01T03:00:00Z');
  });
  const start = (overrides = {}) => createTestApp({ publicUrl: 'https://city.example.jp', ...overrides }, () => clock);
  const version = () => t.app.ctx.catalog.currentVersion(FORM)!.version;
  const save = (payload: unknown, headers: Record<string, string> = {}, remoteAddress?: string) =>
    t.app.inject({ method: 'POST', url: `/api/forms/${FORM}/drafts`, payload: payload as object, headers, ...(remoteAddress ? { remoteAddress } : {}) });
  const tokenOf = (resumeUrl: string) => resumeUrl.split('/resume/')[1]!;

  it('saves half a form, opens it by the link, saves again, discards it after filing', async () => {
    t = await start();
    const res = await save({ version: version(), answers: { claimantName: ' 窓口　花子 ' }, page: 1 });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as { resumeUrl: string; expiresAt: string };
    expect(body.resumeUrl).toMatch(/^https:\/\/city\.example\.jp\/resume\/[A-Za-z0-9_-]{43}$/);
    expect(body.expiresAt).toBe(new Date(clock.getTime() + 14 * DAY).toISOString());
    const token = tokenOf(body.resumeUrl);

    // Only the hash is kept.
    const row = (await t.app.ctx.db.select().from(drafts).orderBy(drafts.id).limit(1))[0]!;
    expect(row.tokenHash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);

    const opened = await t.app.inject({ url: `/api/drafts/${token}` });
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['cache-control']).toBe('no-store');
    expect(opened.json()).toMatchObject({ formId: FORM, version: version(), page: 1, expiresAt: body.expiresAt });
    expect((opened.json() as { answers: Record<string, unknown> }).answers.claimantName).toBeDefined();

    const put = await t.app.inject({ method: 'PUT', url: `/api/drafts/${token}`, payload: { version: version(), answers: { claimantName: '窓口 太郎' }, page: 2 } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toEqual({ resumeUrl: body.resumeUrl, expiresAt: body.expiresAt });
    expect((await t.app.inject({ url: `/api/drafts/${token}` })).json()).toMatchObject({ page: 2, answers: { claimantName: '窓口 太郎' } });

    const del = await t.app.inject({ method: 'DELETE', url: `/api/drafts/${token}` });
    expect(del.statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/drafts/${token}` })).statusCode).toBe(404);
    expect(await t.app.ctx.db.select().from(drafts).orderBy(drafts.id)).toHaveLength(0);
  });

  it('a wrong, malformed or expired link answers 404 in the citizen language', async () => {
    t = await start();
    const token = tokenOf((await save({ version: version(), answers: {}, page: 0 })).json().resumeUrl);
    const wrong = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    for (const url of [`/api/drafts/${wrong}`, '/api/drafts/short', `/api/drafts/${token}x`]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: 'draftNotFound', message: expect.stringContaining('有効期限') });
    }
    expect((await t.app.inject({ method: 'PUT', url: `/api/drafts/${wrong}`, payload: { version: version(), answers: {} } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/drafts/${wrong}` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/drafts/${wrong}`, headers: { 'accept-language': 'en' } })).json().message).toMatch(/expired/);

    clock = new Date(clock.getTime() + 14 * DAY + 1000);
    expect((await t.app.inject({ url: `/api/drafts/${token}` })).statusCode).toBe(404);
  });

  it('refuses unknown keys, unknown questions, a bad page or address with field errors; a missing form 404', async () => {
    t = await start();
    const bad = await save({ version: version(), answers: { claimantName: 'x', notAQuestion: 1 }, page: 99, email: 'not an address', extra: true }, { 'accept-language': 'en' });
    expect(bad.statusCode).toBe(400);
    const paths = (bad.json() as { errors: { path: string; message: string }[] }).errors.map((e) => e.path).sort();
    expect(paths).toEqual(['/answers/notAQuestion', '/email', '/extra', '/page']);
    expect((bad.json() as { errors: { message: string }[] }).errors.every((e) => /[a-z]/.test(e.message))).toBe(true);
    const ja = await save({ answers: [] });
    expect(ja.statusCode).toBe(400);
    expect(ja.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['/answers', '/version']);
    expect(ja.json().errors[0].message).toMatch(/[ぁ-んァ-ン一-龠]/);
    expect((await save('"just text"', { 'content-type': 'application/json' })).statusCode).toBe(400);
    expect((await save({ version: 999, answers: {} })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'POST', url: '/api/forms/no-such-form/drafts', payload: { version: 1, answers: {} } })).statusCode).toBe(404);
    const huge = await save({ version: version(), answers: { claimantName: 'あ'.repeat(2 * 1024 * 1024) } });
    expect(huge.statusCode).toBe(413);
    expect(await t.app.ctx.db.select().from(drafts).orderBy(drafts.id)).toHaveLength(0);
  });

  it('generated answers (nested, __proto__, huge numbers, control characters) get a 201 or a 4xx, never a 500', async () => {
    t = await start({ drafts: { ttlDays: 14, createPerMinute: 0, mailsPerAddressPerHour: 0 } });
    const keys = fc.constantFrom('claimantName', 'claimantMyNumber', 'children', '__proto__', 'constructor', 'nope');
    await fc.assert(
      fc.asyncProperty(fc.dictionary(keys, fc.jsonValue({ maxDepth: 6 })), fc.oneof(fc.constant(0), fc.integer(), fc.double()), async (answers, page) => {
        const payload = `{"version":${version()},"page":${JSON.stringify(page) ?? 0},"answers":${JSON.stringify(answers).replace('"nope"', '"__proto__"')}}`;
        const res = await save(payload, { 'content-type': 'application/json' });
        expect([201, 400], res.body).toContain(res.statusCode);
        if (res.statusCode === 201) expect((await t.app.inject({ url: `/api/drafts/${tokenOf(res.json().resumeUrl)}` })).statusCode).toBe(200);
      }),
      { numRuns: 60 },
    );
  });

  it('seals a sensitive answer in the drafts table and gives it back through the link', async () => {
    t = await start();
    const myNumber = freshMyNumber();
    const res = await save({ version: version(), answers: { claimantMyNumber: myNumber, claimantName: '窓口 花子' }, page: 0 });
    expect(res.statusCode, res.body).toBe(201);
    const stored = (await t.app.ctx.db.select().from(drafts).orderBy(drafts.id).limit(1))[0]!.answers as Record<string, unknown>;
    expect(stored.claimantMyNumber).toEqual({ $sealed: expect.stringMatching(/^v1:/) });
    expect(JSON.stringify(stored)).not.toContain(myNumber);
    expect(await inDatabase(t, myNumber)).toBe(false);
    const opened = await t.app.inject({ url: `/api/drafts/${tokenOf(res.json().resumeUrl)}` });
    expect(opened.json().answers.claimantMyNumber).toBe(myNumber);
  });

  it('keeps the uploads a draft references past the unclaimed TTL, lets filing claim them, purges them with an expired draft', async () => {
    t = await start({ unclaimedAttachmentTtlMs: 60 * 60 * 1000, drafts: { ttlDays: 3, createPerMinute: 0, mailsPerAddressPerHour: 0 } });
    const answers = await exampleWithUploads(t.app, `childcare/${FORM}.json`);
    const loose = (await upload(t.app, FORM)).json() as { id: string };
    const kept = (await save({ version: version(), answers, page: 2 })).json() as { resumeUrl: string };
    const filedLater = (await save({ version: version(), answers: await exampleWithUploads(t.app, `childcare/${FORM}.json`), page: 2 })).json() as { resumeUrl: string };
    const files = async () => (await t.app.ctx.db.select({ id: attachments.id, draftId: attachments.draftId, submissionId: attachments.submissionId }).from(attachments));
    const draftFiles = (await files()).filter((f) => f.draftId !== null);
    expect(draftFiles.length).toBeGreaterThanOrEqual(2);

    // Two days on: the loose upload is gone, the drafts' uploads are not.
    clock = new Date(clock.getTime() + 2 * DAY);
    const first = await runMaintenance(t.app.ctx);
    expect(first.drafts).toBe(0);
    expect((await files()).map((f) => f.id)).not.toContain(loose.id);
    expect((await files()).filter((f) => f.draftId !== null)).toHaveLength(draftFiles.length);

    // The second draft is opened and filed: its uploads are claimed, the draft discarded.
    const token2 = tokenOf(filedLater.resumeUrl);
    const back = (await t.app.inject({ url: `/api/drafts/${token2}` })).json() as { answers: Record<string, unknown>; version: number };
    const filed = await submit(t.app, FORM, back.answers, {}, back.version);
    expect(filed.statusCode, filed.body).toBe(201);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/drafts/${token2}` })).statusCode).toBe(204);
    const claimed = (await files()).filter((f) => f.submissionId !== null).length;
    expect(claimed).toBeGreaterThan(0);

    // Past the first draft's expiry: it and its unfiled uploads go; filed ones stay.
    clock = new Date(clock.getTime() + 2 * DAY);
    const second = await runMaintenance(t.app.ctx);
    expect(second.drafts).toBe(1);
    expect(second.attachments).toBeGreaterThan(0);
    expect(await t.app.ctx.db.select().from(drafts).orderBy(drafts.id)).toHaveLength(0);
    expect(await files()).toHaveLength(claimed);
    expect((await files()).every((f) => f.submissionId !== null)).toBe(true);
    expect((await t.app.inject({ url: `/api/drafts/${tokenOf(kept.resumeUrl)}` })).statusCode).toBe(404);
  });

  it('mails the link in the citizen language with Japanese beside it, with the expiry and nothing of the answers', async () => {
    t = await start({ outbox: { enabled: false, pollMs: 1000, leaseMs: 1000, maxAttempts: 1, retryBaseMs: 1000, retryMaxMs: 1000 } });
    const name = '秘密の名前さん';
    const res = await save({ version: version(), answers: { claimantName: name, claimantMyNumber: freshMyNumber() }, page: 0, email: ' hanako@example.jp ' }, { 'accept-language': 'en' });
    expect(res.statusCode, res.body).toBe(201);
    const rows = await t.app.ctx.db.select().from(outbox).orderBy(outbox.id);
    expect(rows).toHaveLength(1);
    const mail = rows[0]!.payload as { to: string[]; subject: string; text: string; html?: string };
    expect(mail.to).toEqual(['hanako@example.jp']);
    expect(mail.subject).toMatch(/^Saved: .* \/ 【一時保存】/);
    expect(mail.text).toContain(res.json().resumeUrl);
    expect(mail.text).toMatch(/do not share it/);
    expect(mail.text).toMatch(/他の人には教えないでください/);
    // 14 days from 12:00 JST on 1 December: 15 December, Japan time.
    expect(mail.text).toContain('2026年12月15日');
    expect(mail.text).toMatch(/15 December 2026.*Japan time/);
    expect(JSON.stringify(mail)).not.toContain(name);
    // The address is nowhere else.
    expect(JSON.stringify(await t.app.ctx.db.select().from(drafts).orderBy(drafts.id))).not.toContain('hanako');
  });

  it('limits saving per client address and resume-link mails per recipient address, with a clear 429', async () => {
    t = await start({ drafts: { ttlDays: 14, createPerMinute: 3, mailsPerAddressPerHour: 2 } });
    const body = { version: version(), answers: {}, page: 0 };
    for (let i = 0; i < 3; i++) expect((await save(body, {}, '198.51.100.7')).statusCode).toBe(201);
    const refused = await save(body, {}, '198.51.100.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: 'rateLimited', message: expect.stringContaining('入力した内容は消えていません') });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    const mailTo = (ip: string, email: string) => save({ ...body, email }, {}, ip);
    expect((await mailTo('203.0.113.1', 'victim@example.jp')).statusCode).toBe(201);
    expect((await mailTo('203.0.113.2', 'Victim@Example.jp')).statusCode).toBe(201);
    const third = await mailTo('203.0.113.3', 'victim@example.jp');
    expect(third.statusCode).toBe(429);
    expect(third.json()).toMatchObject({ error: 'resumeMailLimited', message: expect.stringMatching(/分ほど待って/) });
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    expect((await mailTo('203.0.113.3', 'someone-else@example.jp')).statusCode).toBe(201);
    // An hour later the address may receive links again.
    clock = new Date(clock.getTime() + 61 * 60 * 1000);
    expect((await mailTo('203.0.113.4', 'victim@example.jp')).statusCode).toBe(201);
  });

  it('is configured by RESUME_LINK_TTL_DAYS and the limits have defaults', async () => {
    const { loadConfig } = await import('../../server/config.ts');
    expect(loadConfig({}).drafts).toEqual({ ttlDays: 14, createPerMinute: 30, mailsPerAddressPerHour: 5 });
    expect(loadConfig({ RESUME_LINK_TTL_DAYS: '30' }).drafts.ttlDays).toBe(30);
    t = await start({ drafts: { ttlDays: 30, createPerMinute: 0, mailsPerAddressPerHour: 0 } });
    const res = await save({ version: version(), answers: {}, page: 0 });
    expect(res.json().expiresAt).toBe(new Date(clock.getTime() + 30 * DAY).toISOString());
    // The panel says it before anything is saved.
    expect((await t.app.inject({ url: '/api/drafts/policy' })).json()).toEqual({ ttlDays: 30 });
  });
});
