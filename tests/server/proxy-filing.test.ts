// 窓口代理入力 through the real server: a clerk's filing records who entered it and is
// audited; a marker without a live session, its CSRF token or the role is refused (403)
// and files nothing; a citizen's filing is unchanged; the print carries the signature box.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, submissions, users } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { risaiAnswers, submit } from '../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../helpers/staff.ts';
import { pdftotext } from './pdf/poppler.ts';

const ZEIMU = '税務課'; // 罹災証明書's department
const squash = (s: string) => s.replace(/\s+/g, '');
const PROXY = { 'x-madoguchi-proxy': '1' };

describe('proxy filing at the counter', () => {
  let t: TestApp;
  let clerk: StaffInject;
  let admin: StaffInject;
  let designer: StaffInject;
  let otherClerk: StaffInject;

  const rows = async () => (await t.app.ctx.db.select().from(submissions).orderBy(submissions.id));
  const row = async (rn: string) => (await t.app.ctx.db.select().from(submissions).where(eq(submissions.receiptNumber, rn)))[0]!;
  const audits = async () => (await t.app.ctx.db.select().from(auditLog).orderBy(auditLog.id));
  const fileAs = async (who: StaffInject, headers: Record<string, string> = {}) =>
    who({ method: 'POST', url: '/api/forms/risai-shomei/submissions', payload: { answers: await risaiAnswers(t.app) }, headers: { ...PROXY, ...headers } });

  beforeAll(async () => {
    t = await createTestApp({ cityName: '静岡市' });
    clerk = await loginAs(t.app, 'zeimu-clerk', [{ department: ZEIMU, role: 'clerk' }]);
    await t.app.ctx.writes.run((tx) => tx.update(users).set({ displayName: '窓口 一郎' }).where(eq(users.login, 'zeimu-clerk')));
    admin = await loginAs(t.app, 'admin', [{ department: '情報政策課', role: 'admin' }]);
    designer = await loginAs(t.app, 'zeimu-designer', [{ department: ZEIMU, role: 'designer' }]);
    otherClerk = await loginAs(t.app, 'kosodate-clerk', [{ department: '子育て支援課', role: 'clerk' }]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('records proxy_by and the address hash, and audits who filed for whom', async () => {
    const res = await fileAs(clerk);
    expect(res.statusCode, res.body).toBe(201);
    const { receiptNumber } = res.json();
    const stored = await row(receiptNumber);
    expect(stored.proxyBy).toBe('zeimu-clerk');
    expect(stored.applicantEmailHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await audits()).filter((a) => String(a.records).includes(receiptNumber))).toEqual([
      expect.objectContaining({ actor: 'zeimu-clerk', action: 'submission.status', formId: 'risai-shomei', department: ZEIMU, detail: { to: 'received', proxy: true } }),
    ]);
    const inbox = await clerk(`/api/staff/submissions/${receiptNumber}`);
    expect(inbox.json().proxyBy ?? inbox.json().submission?.proxyBy).toBe('zeimu-clerk');
  });

  it('an admin may file at the counter too', async () => {
    const res = await fileAs(admin);
    expect(res.statusCode, res.body).toBe(201);
    expect((await row(res.json().receiptNumber)).proxyBy).toBe('admin');
  });

  it('refuses the marker without a session, without CSRF, for a designer or another department, and files nothing', async () => {
    const before = (await rows()).length;
    const auditsBefore = (await audits()).length;
    const answers = await risaiAnswers(t.app);
    const noSession = await submit(t.app, 'risai-shomei', answers, PROXY);
    expect(noSession.statusCode).toBe(403);
    expect(noSession.json().error).toBe('unauthenticated');
    const forgedCookie = await submit(t.app, 'risai-shomei', answers, { ...PROXY, cookie: 'madoguchi_staff=' + 'a'.repeat(43) });
    expect(forgedCookie.statusCode).toBe(403);
    const noCsrf = await submit(t.app, 'risai-shomei', answers, { ...PROXY, cookie: clerk.cookie });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error).toBe('csrf');
    const wrongCsrf = await fileAs(clerk, { 'x-csrf-token': 'x'.repeat(43) });
    expect(wrongCsrf.statusCode).toBe(403);
    const byDesigner = await fileAs(designer);
    expect(byDesigner.statusCode).toBe(403);
    expect(byDesigner.json().error).toBe('forbidden');
    const elsewhere = await fileAs(otherClerk);
    expect(elsewhere.statusCode).toBe(403);
    const en = await submit(t.app, 'risai-shomei', answers, { ...PROXY, 'accept-language': 'en' });
    expect(en.json().message).toMatch(/log in/i);
    expect(await rows()).toHaveLength(before);
    expect(await audits()).toHaveLength(auditsBefore);
  });

  it('a logged-out session is refused', async () => {
    const gone = await loginAs(t.app, 'zeimu-clerk-2', [{ department: ZEIMU, role: 'clerk' }]);
    expect((await gone({ method: 'DELETE', url: '/api/staff/session' })).statusCode).toBeLessThan(300);
    expect((await fileAs(gone)).statusCode).toBe(403);
  });

  it("a citizen's filing is unaffected: no proxy_by, no audit record, the address hash kept", async () => {
    const auditsBefore = (await audits()).length;
    const res = await submit(t.app, 'risai-shomei', await risaiAnswers(t.app));
    expect(res.statusCode, res.body).toBe(201);
    const stored = await row(res.json().receiptNumber);
    expect(stored.proxyBy).toBeNull();
    expect(stored.applicantEmailHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await audits()).toHaveLength(auditsBefore);
    // A staff cookie riding along without the marker does not make it a counter filing.
    const withCookie = await clerk({ method: 'POST', url: '/api/forms/risai-shomei/submissions', payload: { answers: await risaiAnswers(t.app) } });
    expect(withCookie.statusCode).toBe(201);
    expect((await row(withCookie.json().receiptNumber)).proxyBy).toBeNull();
  });

  it('the print of a counter filing has the signature box and the clerk; a citizen filing has none', async () => {
    const proxied = (await fileAs(clerk)).json().receiptNumber;
    const res = await clerk(`/api/staff/submissions/${proxied}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = squash(pdftotext(res.rawPayload));
    expect(text).toContain('申請者署名');
    expect(text).toContain('代理入力:窓口一郎');
    const online = (await submit(t.app, 'risai-shomei', await risaiAnswers(t.app))).json().receiptNumber;
    const plain = squash(pdftotext((await clerk(`/api/staff/submissions/${online}/pdf`)).rawPayload));
    expect(plain).not.toContain('申請者署名');
    expect(plain).not.toContain('代理入力');
  });
});

describe('proxy filing with the limits and the proof of work on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ rateLimits: { submit: 2, upload: 100, login: 100 }, spamProof: { enabled: true, maxNumber: 50_000, ttlSeconds: 600 } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('a clerk files without a proof and past the per-address limit; a citizen cannot, and a forged marker gains nothing', async () => {
    const clerk = await loginAs(t.app, 'zeimu-clerk', [{ department: ZEIMU, role: 'clerk' }]);
    for (let i = 0; i < 4; i++) {
      const res = await clerk({ method: 'POST', url: '/api/forms/risai-shomei/submissions', payload: { answers: await risaiAnswers(t.app) }, headers: PROXY });
      expect(res.statusCode, res.body).toBe(201);
    }
    const citizen = await submit(t.app, 'risai-shomei', await risaiAnswers(t.app));
    expect(citizen.statusCode).toBe(403);
    expect(citizen.json().error).toBe('proofRequired');
    const forged = await submit(t.app, 'risai-shomei', await risaiAnswers(t.app), PROXY);
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error).toBe('unauthenticated');
    const limited = await Promise.all([1, 2, 3].map(async () => submit(t.app, 'risai-shomei', await risaiAnswers(t.app))));
    expect(limited.map((r) => r.statusCode)).toContain(429);
  });
});
