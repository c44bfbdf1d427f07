// 「申請の一覧」 through the real server: the same 202 for an address with filings and one
// without (only the first is mailed), the mailed link lists exactly that address's
// submissions, newest first, with the office's messages and never its internal notes;
// a wrong or expired link is a 404; requests are limited per client and per address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMaintenance } from '../../server/maintenance.ts';
import { outbox } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { capturedLog } from '../helpers/log-capture.ts';
import { risaiAnswers, submit } from '../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../helpers/staff.ts';

const ZEIMU = '税務課';
const clock = { ms: Date.parse('2026-12-01T01:00:00.000Z') };
const now = () => new Date(clock.ms);
const PUBLIC = 'https://madoguchi.city.example.lg.jp';

type Mail = { to: string[]; subject: string; text: string };

describe('my applications', () => {
  let t: TestApp;
  let clerk: StaffInject;
  const hers: string[] = [];
  let similar: string;

  const mails = async () => (await t.app.ctx.db.select().from(outbox).orderBy(outbox.id)).map((r) => r.payload as Mail);
  const ask = (email: unknown, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url: '/api/my-applications', payload: { email }, headers });
  const fileWith = async (email: string) => {
    const answers = await risaiAnswers(t.app);
    answers.applicantEmail = email;
    const res = await submit(t.app, 'risai-shomei', answers);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().receiptNumber as string;
  };
  const linkIn = (mail: Mail) => {
    const m = mail.text.match(new RegExp(`${PUBLIC}/my/([A-Za-z0-9_-]{43})`));
    expect(m, mail.text).not.toBeNull();
    return m![1]!;
  };

  beforeAll(async () => {
    t = await createTestApp({ publicUrl: PUBLIC, applicationsLink: { ttlHours: 24, perMinute: 0, perEmailPerHour: 0 } }, now);
    clerk = await loginAs(t.app, 'zeimu-clerk', [{ department: ZEIMU, role: 'clerk' }]);
    hers.push(await fileWith('hanako.sato@example.jp'));
    clock.ms += 60_000;
    hers.push(await fileWith('Hanako.Sato@Example.JP'));
    similar = await fileWith('hanako.sato@example.jp.net');
    await clerk({ method: 'POST', url: `/api/staff/submissions/${hers[0]}/messages`, payload: { body: '写真をもう一枚お願いします。' } });
    await clerk({ method: 'POST', url: `/api/staff/submissions/${hers[0]}/notes`, payload: { body: '内部メモ：現地調査済み' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers the same 202 for an address with filings and one without, and mails only the first', async () => {
    const before = (await mails()).length;
    const known = await ask('  hanako.sato@example.jp ');
    const unknown = await ask('nobody.here@example.jp');
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(Object.keys(unknown.headers).sort()).toEqual(Object.keys(known.headers).sort());
    const sent = (await mails()).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toEqual(['hanako.sato@example.jp']);
    expect(sent[0]!.subject).toContain('申請の一覧');
    // The mail carries the link, not the applications.
    expect(sent[0]!.text).not.toContain(hers[0]);
  });

  it("lists exactly that address's submissions, newest first, with messages and without notes", async () => {
    const before = (await mails()).length;
    await ask('hanako.sato@example.jp');
    const token = linkIn((await mails())[before]!);
    const res = await t.app.inject(`/api/my-applications/${token}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { applications } = res.json();
    expect(applications.map((a: { receiptNumber: string }) => a.receiptNumber)).toEqual([hers[1], hers[0]]);
    expect(applications.map((a: { receiptNumber: string }) => a.receiptNumber)).not.toContain(similar);
    expect(applications[1]).toEqual({
      receiptNumber: hers[0],
      formTitle: '罹災証明書交付申請',
      status: 'received',
      statusLabel: '受付済み',
      submittedAt: '2026-12-01T01:00:00.000Z',
      updatedAt: expect.any(String),
      messages: [{ at: expect.any(String), body: '写真をもう一枚お願いします。', fromApplicant: false }],
    });
    expect(res.body).not.toContain('現地調査済み');
    const en = (await t.app.inject({ url: `/api/my-applications/${token}`, headers: { 'accept-language': 'en' } })).json();
    expect(en.applications[0].formTitle).toMatch(/Disaster Victim Certificate/);
  });

  it('the similar address sees only its own', async () => {
    const before = (await mails()).length;
    await ask('hanako.sato@example.jp.net');
    const { applications } = (await t.app.inject(`/api/my-applications/${linkIn((await mails())[before]!)}`)).json();
    expect(applications.map((a: { receiptNumber: string }) => a.receiptNumber)).toEqual([similar]);
  });

  it('answers 404 to a wrong, malformed or expired link', async () => {
    expect((await t.app.inject(`/api/my-applications/${'A'.repeat(43)}`)).statusCode).toBe(404);
    expect((await t.app.inject('/api/my-applications/short')).statusCode).toBe(404);
    const before = (await mails()).length;
    await ask('hanako.sato@example.jp');
    const token = linkIn((await mails())[before]!);
    expect((await t.app.inject(`/api/my-applications/${token}`)).statusCode).toBe(200);
    clock.ms += 24 * 60 * 60 * 1000 + 1000;
    const expired = await t.app.inject(`/api/my-applications/${token}`);
    expect(expired.statusCode).toBe(404);
    expect(expired.body).not.toContain(hers[0]);
    // The maintenance run removes the expired rows (they hold the address's hash).
    expect((await runMaintenance(t.app.ctx)).applicantLinks).toBeGreaterThan(0);
    expect((await runMaintenance(t.app.ctx)).applicantLinks).toBe(0);
  });

  it('a correction after 差戻し moves the filing to the address it gives', async () => {
    const answers = await risaiAnswers(t.app);
    answers.applicantEmail = 'old.address@example.jp';
    const filed = await submit(t.app, 'risai-shomei', answers);
    const { receiptNumber, statusUrl } = filed.json();
    const token = statusUrl.split('/s/')[1];
    // A fresh session: the clock went past the first one's end above.
    const clerkNow = await loginAs(t.app, 'zeimu-clerk-2', [{ department: ZEIMU, role: 'clerk' }]);
    const back = await clerkNow({ method: 'POST', url: `/api/staff/submissions/${receiptNumber}/status`, payload: { status: 'returned', comment: '写真を追加してください。' } });
    expect(back.statusCode, back.body).toBe(200);
    const toFix = (await t.app.inject(`/api/submissions/${token}/answers`)).json();
    const fixed = await t.app.inject({ method: 'PUT', url: `/api/submissions/${token}/answers`, payload: { version: toFix.version, answers: { ...toFix.answers, applicantEmail: 'new.address@example.jp' } } });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const listOf = async (email: string) => {
      const before = (await mails()).length;
      await ask(email);
      const mail = (await mails())[before];
      return mail ? (await t.app.inject(`/api/my-applications/${linkIn(mail)}`)).json().applications.map((a: { receiptNumber: string }) => a.receiptNumber) : [];
    };
    expect(await listOf('new.address@example.jp')).toEqual([receiptNumber]);
    // The old address has nothing left: it is not even mailed.
    expect(await listOf('old.address@example.jp')).toEqual([]);
  });

  it("logs neither the address asked about nor the link's secret", async () => {
    const from = capturedLog.length;
    const before = (await mails()).length;
    await ask('hanako.sato@example.jp');
    const token = linkIn((await mails())[before]!);
    await t.app.inject(`/api/my-applications/${token}`);
    const log = capturedLog.slice(from).join('');
    expect(log).toContain('/api/my-applications/[redacted]');
    expect(log).not.toContain(token);
    expect(log).not.toContain('hanako.sato');
  });

  it('refuses a missing or malformed address with 400 naming /email, in Japanese and English', async () => {
    for (const email of [undefined, '', 'not-an-address', 'a@b', 'x'.repeat(250) + '@example.jp']) {
      const res = await ask(email);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ path: '/email', message: expect.stringContaining('メールアドレス') });
    }
    const en = await ask('nope', { 'accept-language': 'en' });
    expect(en.json().errors[0].message).toContain('Email address');
  });
});

describe('my applications: limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ applicationsLink: { ttlHours: 24, perMinute: 4, perEmailPerHour: 2 } }, now);
  });
  afterAll(async () => {
    await t.close();
  });

  it('limits one address to a few links an hour, known or not, and one client to a few requests a minute', async () => {
    const ask = (email: string) => t.app.inject({ method: 'POST', url: '/api/my-applications', payload: { email } });
    expect((await ask('one@example.jp')).statusCode).toBe(202);
    expect((await ask('ONE@example.jp')).statusCode).toBe(202);
    const third = await ask('one@example.jp');
    expect(third.statusCode).toBe(429);
    expect(third.json().retryAfter).toBeGreaterThan(0);
    expect((await ask('two@example.jp')).statusCode).toBe(202);
    const perClient = await ask('three@example.jp');
    expect(perClient.statusCode).toBe(429);
  });
});
