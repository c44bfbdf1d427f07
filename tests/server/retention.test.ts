// 保存期間 through the real app on a real SQLite file with an injected clock: a finished
// submission is purged on the first maintenance run from 4月1日 (JST) of the fiscal year after
// it closed plus the form's retentionYears, not a minute before; open cases and cases closed
// later stay; the tombstone keeps receipt number, form, dates and status; files, notes,
// messages, status comments and the mails holding the address go; one audit record per run;
// the staff view says it was purged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aprilFirst, fiscalYear, retentionCutoff, retentionEnds } from '../../core/retention.ts';
import { runMaintenance } from '../../server/maintenance.ts';
import { applicantLinks, attachments, auditLog, outbox, submissionEvents, submissionMessages, submissions } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { risaiAnswers, submit } from '../helpers/fixtures.ts';
import { injectWithLogin, loginAs, type StaffInject } from '../helpers/staff.ts';
import { pdftotext } from './pdf/poppler.ts';

// 罹災証明書 keeps 10 years (forms/disaster/risai-shomei.json).
const YEARS = 10;

describe('retention rule (core/retention.ts)', () => {
  it('counts from 4月1日 JST of the next fiscal year', () => {
    expect(fiscalYear(new Date('2027-03-31T14:59:59Z'))).toBe(2026); // 2027-03-31 23:59 JST
    expect(fiscalYear(new Date('2027-03-31T15:00:00Z'))).toBe(2027); // 2027-04-01 00:00 JST
    expect(aprilFirst(2027).toISOString()).toBe('2027-03-31T15:00:00.000Z');
    expect(retentionEnds(new Date('2026-10-01T00:00:00Z'), 5).toISOString()).toBe('2032-03-31T15:00:00.000Z');
    expect(retentionEnds(new Date('2027-03-31T14:00:00Z'), 1).toISOString()).toBe('2028-03-31T15:00:00.000Z');
    // The cutoff agrees with retentionEnds on both sides of the boundary.
    for (const closed of ['2026-04-01T00:00:00Z', '2026-12-31T00:00:00Z', '2027-03-31T14:59:59Z', '2027-03-31T15:00:00Z']) {
      const ends = retentionEnds(new Date(closed), 3);
      const justBefore = new Date(ends.getTime() - 1);
      expect(new Date(closed) < retentionCutoff(ends, 3)).toBe(true);
      expect(new Date(closed) < retentionCutoff(justBefore, 3)).toBe(false);
    }
  });
});

describe('retention purge', () => {
  let t: TestApp;
  let clerk: StaffInject;
  let clock = new Date('2026-10-01T01:00:00Z');
  const rn: Record<'done' | 'open' | 'later', string> = { done: '', open: '', later: '' };
  const tokens: string[] = [];

  const row = async (receiptNumber: string) => (await t.app.ctx.db.select().from(submissions).orderBy(submissions.id)).find((s) => s.receiptNumber === receiptNumber)!;
  const purges = async () => (await t.app.ctx.db.select().from(auditLog).orderBy(auditLog.id)).filter((a) => a.action === 'submission.purge');
  const file = async () => {
    const res = await submit(t.app, 'risai-shomei', await risaiAnswers(t.app));
    expect(res.statusCode, res.body).toBe(201);
    tokens.push(String(res.json().statusUrl).split('/s/')[1]!);
    return res.json().receiptNumber as string;
  };
  const setStatus = async (receiptNumber: string, status: string, comment: string) => {
    const res = await clerk({ method: 'POST', url: `/api/staff/submissions/${receiptNumber}/status`, payload: { status, comment } });
    expect(res.statusCode, res.body).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp({}, () => clock);
    clerk = await loginAs(t.app, 'zeimu-clerk', [{ department: '税務課', role: 'clerk' }]);
    rn.done = await file();
    rn.open = await file();
    rn.later = await file();
    for (const r of [rn.done, rn.open]) {
      expect((await clerk({ method: 'POST', url: `/api/staff/submissions/${r}/notes`, payload: { body: '現地確認済み' } })).statusCode).toBe(201);
      expect((await clerk({ method: 'POST', url: `/api/staff/submissions/${r}/messages`, payload: { body: '証明書をお送りします' } })).statusCode).toBe(201);
    }
    await setStatus(rn.open, 'in_progress', '調査中');
    await setStatus(rn.done, 'completed', '全壊と判定');
    // Closed in the next fiscal year: one more year kept.
    clock = new Date('2027-04-02T01:00:00Z');
    clerk = await injectWithLogin(t.app, 'zeimu-clerk'); // the session ended with the months
    await setStatus(rn.later, 'completed', '半壊と判定');
  });
  afterAll(async () => t.close());

  it('keeps everything until 4月1日 of the fiscal year after closing plus retentionYears', async () => {
    clock = new Date(aprilFirst(2026 + 1 + YEARS).getTime() - 60_000); // 2037-03-31 23:59 JST
    expect((await runMaintenance(t.app.ctx)).purgedSubmissions).toBe(0);
    expect(await purges()).toEqual([]);
    expect((await row(rn.done)).purgedAt).toBeNull();
    expect((await row(rn.done)).answers).toHaveProperty('applicantName');
  });

  it('purges the finished one at the boundary, leaving a tombstone, and writes one audit record', async () => {
    const before = await row(rn.done);
    const mailsBefore = await t.app.ctx.db.select().from(outbox).orderBy(outbox.id);
    expect(mailsBefore.some((m) => JSON.stringify(m.payload).includes(rn.done))).toBe(true);

    clock = aprilFirst(2026 + 1 + YEARS); // 2037-04-01 00:00 JST
    expect((await runMaintenance(t.app.ctx)).purgedSubmissions).toBe(1);

    const after = await row(rn.done);
    expect(after).toMatchObject({
      receiptNumber: before.receiptNumber,
      formId: 'risai-shomei',
      formVersion: before.formVersion,
      status: 'completed',
      createdAt: before.createdAt,
      updatedAt: before.updatedAt,
      answers: {},
      applicantEmailHash: null,
      purgedAt: clock.toISOString(),
    });
    const db = t.app.ctx.db;
    expect((await db.select().from(attachments)).filter((a) => a.submissionId === after.id)).toEqual([]);
    expect((await db.select().from(submissionMessages).orderBy(submissionMessages.id)).filter((m) => m.submissionId === after.id)).toEqual([]);
    const events = (await db.select().from(submissionEvents).orderBy(submissionEvents.id)).filter((e) => e.submissionId === after.id);
    expect(events.map((e) => e.status)).toEqual(['completed']);
    expect(events.every((e) => e.comment === null)).toBe(true);
    const mails = await db.select().from(outbox).orderBy(outbox.id);
    expect(mails.some((m) => JSON.stringify(m.payload).includes(rn.done))).toBe(false);
    expect(mails.some((m) => JSON.stringify(m.payload).includes(rn.open))).toBe(true);

    expect(await purges()).toHaveLength(1);
    expect((await purges())[0]).toMatchObject({ actor: null, records: [rn.done], at: clock.toISOString(), detail: { reason: 'retention', forms: ['risai-shomei'] } });
    expect(JSON.stringify((await purges())[0])).not.toContain('山田');

    // The open case and the one closed a fiscal year later are untouched.
    for (const r of [rn.open, rn.later]) {
      expect((await row(r)).purgedAt).toBeNull();
      expect((await row(r)).answers).toHaveProperty('applicantName');
      const { id } = await row(r);
      expect((await db.select().from(attachments)).filter((a) => a.submissionId === id).length).toBeGreaterThan(0);
    }
    const open = await row(rn.open);
    expect((await db.select().from(submissionMessages).orderBy(submissionMessages.id)).filter((m) => m.submissionId === open.id)).toHaveLength(2);
  });

  it('shows staff the purge instead of answers; the files are gone', async () => {
    clerk = await injectWithLogin(t.app, 'zeimu-clerk');
    const view = await clerk(`/api/staff/submissions/${rn.done}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ receiptNumber: rn.done, status: 'completed', purgedAt: clock.toISOString(), answers: {}, attachments: [], notes: [], messages: [], revisions: [] });
    const open = (await clerk(`/api/staff/submissions/${rn.open}`)).json();
    expect(open.purgedAt).toBeNull();
    const files = open.attachments as { path: string }[];
    expect((await clerk(files[0]!.path.replace(rn.open, rn.done))).statusCode).toBe(404);
    // Its print says why the answers are gone, and holds none of them.
    const pdf = await clerk(`/api/staff/submissions/${rn.done}/pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    const printed = pdftotext(pdf.rawPayload).replace(/\s+/g, '');
    expect(printed).toContain(`受付番号${rn.done}`);
    expect(printed).toContain('保存期間が満了したため');
    expect(printed).not.toContain('山田');
    // The applicant's status link still answers (the status), with nothing of the answers.
    const status = await t.app.inject({ url: `/api/submissions/${tokens[0]}` });
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json()).toMatchObject({ receiptNumber: rn.done, status: 'completed' });
    expect(status.body).not.toContain('山田');
    const answers = await t.app.inject({ url: `/api/submissions/${tokens[0]}/answers` });
    expect(answers.statusCode).toBeLessThan(500);
    expect(answers.body).not.toContain('山田');
  });

  it('does nothing more, and writes no record, when nothing is due; the later one goes a year on', async () => {
    expect((await runMaintenance(t.app.ctx)).purgedSubmissions).toBe(0);
    expect(await purges()).toHaveLength(1);
    clock = aprilFirst(2027 + 1 + YEARS);
    expect((await runMaintenance(t.app.ctx)).purgedSubmissions).toBe(1);
    expect((await purges()).map((p) => p.records)).toEqual([[rn.done], [rn.later]]);
    expect((await row(rn.open)).purgedAt).toBeNull();
  });

  it('refuses new notes and messages on a purged case, in Japanese and English', async () => {
    clerk = await injectWithLogin(t.app, 'zeimu-clerk');
    const ja = await clerk({ method: 'POST', url: `/api/staff/submissions/${rn.done}/notes`, payload: { body: 'あとから' } });
    expect(ja.statusCode).toBe(409);
    expect(ja.json()).toMatchObject({ error: 'submissionPurged', message: expect.stringContaining('保存期間') });
    const en = await clerk({ method: 'POST', url: `/api/staff/submissions/${rn.done}/messages`, payload: { body: 'later' }, headers: { 'accept-language': 'en' } });
    expect(en.statusCode).toBe(409);
    expect(en.json().message).toMatch(/retention/);
    const done = await row(rn.done);
    expect((await t.app.ctx.db.select().from(submissionMessages).orderBy(submissionMessages.id)).filter((m) => m.submissionId === done.id)).toEqual([]);
  });

  it('removes the 「申請の一覧」 links of an address once its last submission is purged', async () => {
    const asked = await t.app.inject({ method: 'POST', url: '/api/my-applications', payload: { email: 'taro.yamada@example.jp' } });
    expect(asked.statusCode, asked.body).toBe(202);
    expect(await t.app.ctx.db.select().from(applicantLinks).orderBy(applicantLinks.id)).toHaveLength(1);
    await setStatus(rn.open, 'completed', '一部損壊と判定');
    clock = aprilFirst(fiscalYear(clock) + 1 + YEARS);
    expect((await runMaintenance(t.app.ctx)).purgedSubmissions).toBe(1);
    expect((await row(rn.open)).purgedAt).toBe(clock.toISOString());
    expect(await t.app.ctx.db.select().from(applicantLinks).orderBy(applicantLinks.id)).toEqual([]);
  });
});
