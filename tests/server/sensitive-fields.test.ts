// Sensitive fields end to end through the real server on a real database: filing and
// resubmission seal them (the database never holds them in clear), the staff view
// masks them, reveal opens them for one clerk (department-checked, audited), 集計 never
// counts them, CSV and print hide them unless asked (audited as a reveal), the applicant's
// correction gets them back, and data sealed under an old key still opens after rotation.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMyNumber } from '../../core/jp/my-number.ts';
import { auditLog, submissionRevisions, submissions } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { exampleWithUploads, libraryForm, minimalForm, submit } from '../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../helpers/staff.ts';
import { inDatabase } from '../helpers/stored-data.ts';
import { reopenTestApp } from '../helpers/test-database.ts';
import { pdftotext } from './pdf/poppler.ts';

const KOSODATE = '子育て支援課';
const JIDOU = 'childcare/jidou-teate-nintei.json';
const NINSHIN = 'maternal-health/ninshin-todoke.json';
const squash = (s: string) => s.replace(/\s+/g, '');

/** A valid My Number nobody's form example holds (the check digit computed, not guessed). */
function freshMyNumber(): string {
  for (;;) {
    const base = Array.from(randomBytes(11), (b) => String(b % 10)).join('');
    for (let d = 0; d <= 9; d++) if (isMyNumber(base + d)) return base + d;
  }
}

async function fileJidou(t: TestApp, myNumber: string, spouse = freshMyNumber()) {
  const answers = await exampleWithUploads(t.app, JIDOU);
  Object.assign(answers, { claimantMyNumber: myNumber, spouseMyNumber: spouse, accountHolderKana: 'ヒミツ　タロウ' });
  const res = await submit(t.app, 'jidou-teate-nintei', answers);
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { receiptNumber: string; statusUrl: string };
  return { receiptNumber: body.receiptNumber, token: body.statusUrl.split('/s/')[1]!, answers };
}

describe('sensitive fields', () => {
  let t: TestApp;
  let clerk: StaffInject;
  let other: StaffInject;
  let designer: StaffInject;
  const myNumber = freshMyNumber();
  const spouse = freshMyNumber();
  let filed: Awaited<ReturnType<typeof fileJidou>>;

  const audits = async () => (await t.app.ctx.db.select().from(auditLog).orderBy(auditLog.id));
  const view = (who: StaffInject, rn: string) => who(`/api/staff/submissions/${rn}`);
  const revealReq = (who: StaffInject, rn: string, payload: unknown, headers: Record<string, string> = {}) =>
    who({ method: 'POST', url: `/api/staff/submissions/${rn}/reveal`, payload: payload as object, headers });

  beforeAll(async () => {
    t = await createTestApp({}, () => new Date('2026-11-22T05:05:00.000Z'));
    clerk = await loginAs(t.app, 'kosodate-clerk', [{ department: KOSODATE, role: 'clerk' }]);
    other = await loginAs(t.app, 'zeimu-clerk', [{ department: '税務課', role: 'clerk' }]);
    designer = await loginAs(t.app, 'kosodate-designer', [{ department: KOSODATE, role: 'designer' }]);
    filed = await fileJidou(t, myNumber, spouse);
  });
  afterAll(async () => t.close());

  it('seals at filing: the database never holds a filed My Number or account holder', async () => {
    const row = (await t.app.ctx.db.select().from(submissions).orderBy(submissions.id)).find((s) => s.receiptNumber === filed.receiptNumber)!;
    const stored = row.answers as Record<string, unknown>;
    expect(stored.claimantMyNumber).toEqual({ $sealed: expect.stringMatching(/^v1:[0-9a-f]{12}:/) });
    expect(stored.accountHolderKana).toEqual({ $sealed: expect.any(String) });
    expect(stored.claimantName).toEqual(filed.answers.claimantName);
    expect(await inDatabase(t, myNumber)).toBe(false);
    expect(await inDatabase(t, spouse)).toBe(false);
    expect(await inDatabase(t, 'ヒミツ　タロウ')).toBe(false);
    // The check itself can see clear text: the applicant's name is in the database.
    expect(await inDatabase(t, (filed.answers.claimantName as { given: string }).given)).toBe(true);
  });

  it('masks sensitive answers in the staff view and lists where they are', async () => {
    const res = await view(clerk, filed.receiptNumber);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).not.toContain(myNumber);
    expect(res.body).not.toContain('$sealed');
    const body = res.json();
    expect(body.answers.claimantMyNumber).toEqual({ masked: true });
    expect(body.answers.spouseMyNumber).toEqual({ masked: true });
    expect(body.masked).toEqual(expect.arrayContaining(['/claimantMyNumber', '/spouseMyNumber', '/accountHolderKana', '/accountNumber']));
    expect(body.answers.claimantName).toEqual(filed.answers.claimantName);
  });

  it('reveals for a clerk of the department, audited with the pointers (never the values) before the answer', async () => {
    const before = (await audits()).length;
    const res = await revealReq(clerk, filed.receiptNumber, { pointers: ['/claimantMyNumber'] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({ receiptNumber: filed.receiptNumber, revision: null, values: { '/claimantMyNumber': myNumber }, unreadable: [] });
    const records = (await audits()).slice(before);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ actor: 'kosodate-clerk', action: 'submission.reveal', records: [filed.receiptNumber], department: KOSODATE, detail: { pointers: ['/claimantMyNumber'] } });
    expect(JSON.stringify(records[0])).not.toContain(myNumber);

    const all = (await revealReq(clerk, filed.receiptNumber.replace(/-/g, ''), {})).json();
    expect(all.values).toMatchObject({ '/claimantMyNumber': myNumber, '/spouseMyNumber': spouse, '/accountHolderKana': 'ヒミツ　タロウ' });
  });

  it('refuses other departments, designers, missing CSRF and pointers that are not masked, revealing nothing', async () => {
    const before = (await audits()).length;
    for (const who of [other, designer]) {
      const res = await revealReq(who, filed.receiptNumber, {});
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toBe('submissionNotFound');
    }
    const noCsrf = await t.app.inject({ method: 'POST', url: `/api/staff/submissions/${filed.receiptNumber}/reveal`, payload: {}, headers: { cookie: clerk.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/staff/submissions/${filed.receiptNumber}/reveal`, payload: {} })).statusCode).toBe(401);

    const wrong = await revealReq(clerk, filed.receiptNumber, { pointers: ['/claimantMyNumber', '/claimantName'] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: 'invalidReveal', errors: [{ path: '/pointers/1', code: 'pointer' }] });
    expect(wrong.body).not.toContain(myNumber);
    const notList = await revealReq(clerk, filed.receiptNumber, { pointers: '/claimantMyNumber' }, { 'accept-language': 'en' });
    expect(notList.statusCode).toBe(400);
    expect(notList.json().errors[0]).toMatchObject({ path: '/pointers' });
    expect(notList.json().errors[0].message).toMatch(/hidden answers/);
    const badRevision = await revealReq(clerk, filed.receiptNumber, { revision: 7 });
    expect(badRevision.statusCode).toBe(400);
    expect(badRevision.json().errors[0].path).toBe('/revision');
    expect(await audits()).toHaveLength(before);
  });

  it('never lets free-text search find a sealed value, nor match the envelopes', async () => {
    for (const q of [myNumber, 'ヒミツ', 'v1:']) {
      const res = await clerk(`/api/staff/submissions?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().total).toBe(0);
    }
    expect((await clerk(`/api/staff/submissions?q=${encodeURIComponent('駿河精機')}`)).json().total).toBe(1);
  });

  describe('CSV export', () => {
    const csv = (query = '') => clerk(`/api/staff/forms/jidou-teate-nintei/export.csv${query}`);

    it('leaves sensitive columns marked （非表示） by default', async () => {
      const res = await csv();
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).not.toContain(myNumber);
      expect(res.body).not.toContain('ヒミツ');
      const [header, row] = res.body.replace(/^\uFEFF/, '').split('\r\n').map((l) => l.split(','));
      const col = header!.indexOf('個人番号（マイナンバー）');
      expect(col).toBeGreaterThan(0);
      expect(row![col]).toBe('（非表示）');
      expect(row![header!.indexOf('口座名義（カタカナ）')]).toBe('（非表示）');
      expect((await audits()).at(-1)).toMatchObject({ action: 'submission.export', detail: { sensitive: 'mask' } });
    });

    it('includes them with ?sensitive=include, audited as a reveal as well as an export', async () => {
      const before = (await audits()).length;
      const res = await csv('?sensitive=include');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(myNumber);
      expect(res.body).toContain('ヒミツ　タロウ');
      const records = (await audits()).slice(before);
      expect(records.map((r) => r.action)).toEqual(['submission.export', 'submission.reveal']);
      expect(records[1]).toMatchObject({ actor: 'kosodate-clerk', records: [filed.receiptNumber], detail: { via: 'export', pointers: expect.arrayContaining(['/claimantMyNumber']) } });
    });

    it('refuses any other value of sensitive, naming the parameter', async () => {
      const res = await csv('?sensitive=yes');
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ path: 'sensitive' })]);
    });
  });

  describe('print', () => {
    it('prints （非表示） by default and the value only with ?sensitive=include, audited as a reveal', async () => {
      const masked = await clerk(`/api/staff/submissions/${filed.receiptNumber}/pdf`);
      expect(masked.statusCode).toBe(200);
      const maskedText = squash(pdftotext(masked.rawPayload));
      expect(maskedText).toContain('個人番号（マイナンバー）（非表示）');
      expect(maskedText).not.toContain(myNumber);
      expect((await audits()).at(-1)).toMatchObject({ action: 'submission.print', detail: null });

      const before = (await audits()).length;
      const full = await clerk(`/api/staff/submissions/${filed.receiptNumber}/pdf?sensitive=include`);
      expect(full.statusCode).toBe(200);
      expect(squash(pdftotext(full.rawPayload))).toContain(`個人番号（マイナンバー）${myNumber}`);
      expect((await audits()).slice(before).map((r) => [r.action, r.detail])).toEqual([
        ['submission.print', { sensitive: 'include' }],
        ['submission.reveal', { via: 'print', pointers: expect.arrayContaining(['/claimantMyNumber']) }],
      ]);
      expect((await clerk(`/api/staff/submissions/${filed.receiptNumber}/pdf?sensitive=1`)).statusCode).toBe(400);
    });
  });

  describe('集計', () => {
    it('never includes a sensitive field, even a choice, in JSON or the open-data CSV', async () => {
      const answers = structuredClone(libraryForm(NINSHIN).example);
      answers.motherMyNumber = freshMyNumber();
      const res = await submit(t.app, 'ninshin-todoke', answers);
      expect(res.statusCode, res.body).toBe(201);
      const health = await loginAs(t.app, 'kenko-clerk', [{ department: '健康づくり課', role: 'clerk' }]);
      const agg = await health('/api/staff/forms/ninshin-todoke/aggregate');
      expect(agg.statusCode, agg.body).toBe(200);
      const pointers = (agg.json().fields as { pointer: string }[]).map((f) => f.pointer);
      expect(pointers).toContain('/smoking');
      for (const p of ['/medicalHistory', '/stdScreening', '/tbScreening', '/motherMyNumber']) expect(pointers).not.toContain(p);
      const csv = await health('/api/staff/forms/ninshin-todoke/aggregate.csv');
      expect(csv.statusCode).toBe(200);
      expect(csv.body).not.toContain('これまでにかかった病気');
      expect(csv.body).not.toContain('結核');
      expect(csv.body).toContain('たばこを吸いますか');
    });
  });

  describe('the applicant’s correction after 差戻し', () => {
    it('gets its own values back in clear, and the resubmission is sealed again, the old answers too', async () => {
      const mine = await fileJidou(t, freshMyNumber());
      const returned = await clerk({ method: 'POST', url: `/api/staff/submissions/${mine.receiptNumber}/status`, payload: { status: 'returned', comment: '口座を確認してください。' } });
      expect(returned.statusCode, returned.body).toBe(200);
      const toCorrect = await t.app.inject(`/api/submissions/${mine.token}/answers`);
      expect(toCorrect.statusCode).toBe(200);
      const answers = toCorrect.json().answers;
      expect(answers.claimantMyNumber).toBe(mine.answers.claimantMyNumber);
      expect(answers.accountHolderKana).toBe('ヒミツ　タロウ');

      const corrected = freshMyNumber();
      const put = await t.app.inject({ method: 'PUT', url: `/api/submissions/${mine.token}/answers`, payload: { answers: { ...answers, claimantMyNumber: corrected } } });
      expect(put.statusCode, put.body).toBe(200);
      expect(await inDatabase(t, corrected)).toBe(false);
      expect(await inDatabase(t, mine.answers.claimantMyNumber as string)).toBe(false);
      const revision = (await t.app.ctx.db.select().from(submissionRevisions).orderBy(submissionRevisions.id)).at(-1)!;
      expect((revision.answers as Record<string, unknown>).claimantMyNumber).toEqual({ $sealed: expect.any(String) });

      const staff = (await view(clerk, mine.receiptNumber)).json();
      expect(staff.answers.claimantMyNumber).toEqual({ masked: true });
      expect(staff.revisions[0].answers.claimantMyNumber).toEqual({ masked: true });
      expect(staff.revisions[0].masked).toContain('/claimantMyNumber');
      const now = (await revealReq(clerk, mine.receiptNumber, { pointers: ['/claimantMyNumber'] })).json();
      expect(now.values['/claimantMyNumber']).toBe(corrected);
      const before = (await revealReq(clerk, mine.receiptNumber, { revision: 0, pointers: ['/claimantMyNumber'] })).json();
      expect(before).toMatchObject({ revision: 0, values: { '/claimantMyNumber': mine.answers.claimantMyNumber } });
      expect((await audits()).at(-1)).toMatchObject({ action: 'submission.reveal', detail: { revision: 0, pointers: ['/claimantMyNumber'] } });
    });
  });
});

describe('a question marked sensitive after some filings', () => {
  it('masks the older answers too (they stay in clear until npm run reseal), and 集計 drops the question', async () => {
    const t = await createTestApp();
    try {
      const designer = await loginAs(t.app, 'test-designer', [{ department: 'テスト課', role: 'designer' }]);
      const clerk = await loginAs(t.app, 'test-clerk', [{ department: 'テスト課', role: 'clerk' }]);
      const def = minimalForm('marked-later');
      def.schema.properties = { name: { type: 'string', maxLength: 20 }, health: { type: 'string', enum: ['a', 'b'] } };
      def.ui.pages[0]!.elements.push({ field: 'health', widget: 'radio', label: { ja: '健康状態' }, options: { a: { ja: 'A' }, b: { ja: 'B' } } });
      expect((await designer({ method: 'POST', url: '/api/staff/forms', payload: { definition: def } })).statusCode).toBe(201);
      expect((await designer({ method: 'POST', url: '/api/staff/forms/marked-later/publish', payload: {} })).statusCode).toBe(201);
      const res = await submit(t.app, 'marked-later', { name: '窓口 花子', health: 'b' });
      expect(res.statusCode, res.body).toBe(201);
      const rn = res.json().receiptNumber;
      expect((await clerk(`/api/staff/forms/marked-later/aggregate`)).json().fields.map((f: { pointer: string }) => f.pointer)).toEqual(['/health']);

      const marked = structuredClone(def);
      (marked.schema.properties as Record<string, Record<string, unknown>>).health!['x-sensitive'] = true;
      expect((await designer({ method: 'POST', url: '/api/staff/forms/marked-later/publish', payload: { definition: marked } })).statusCode).toBe(201);
      const view = (await clerk(`/api/staff/submissions/${rn}`)).json();
      expect(view.formVersion).toBe(1);
      expect(view.answers.health).toEqual({ masked: true });
      expect(view.masked).toEqual(['/health']);
      const csv = (await clerk('/api/staff/forms/marked-later/export.csv')).body;
      expect(csv).toContain('（非表示）');
      const revealed = await clerk({ method: 'POST', url: `/api/staff/submissions/${rn}/reveal`, payload: {} });
      expect(revealed.json().values).toEqual({ '/health': 'b' });
      expect((await clerk(`/api/staff/forms/marked-later/aggregate`)).json().fields).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe('data keys', () => {
  const key = () => randomBytes(32).toString('base64');

  it('refuses to start with a malformed MADOGUCHI_DATA_KEY, saying which setting', async () => {
    await expect(createTestApp({ dataKeys: { dataKey: 'not-a-key' } })).rejects.toThrow(/MADOGUCHI_DATA_KEY must be the base64 of exactly 32 random bytes/);
  });

  it('refuses to start on PostgreSQL without MADOGUCHI_DATA_KEY (a key in one DATA_DIR would not open on the other instances)', async () => {
    // Checked before the database opens, so no server needs to answer at this address.
    await expect(createTestApp({ databaseUrl: 'postgres://127.0.0.1:1/none', dataKeys: {} })).rejects.toThrow(/On PostgreSQL, MADOGUCHI_DATA_KEY must be set/);
  });

  it('opens data sealed under an old key once MADOGUCHI_OLD_DATA_KEYS lists it; without it, says the value is unreadable', async () => {
    const oldKey = key();
    const myNumber = freshMyNumber();
    const first = await createTestApp({ dataKeys: { dataKey: oldKey } });
    const { receiptNumber } = await fileJidou(first, myNumber);
    await first.app.close();

    const rotated = await reopenTestApp(first, { dataKeys: { dataKey: key(), oldDataKeys: oldKey } });
    try {
      const clerk = await loginAs(rotated.app, 'kosodate-clerk', [{ department: KOSODATE, role: 'clerk' }]);
      const res = await clerk({ method: 'POST', url: `/api/staff/submissions/${receiptNumber}/reveal`, payload: { pointers: ['/claimantMyNumber'] } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().values['/claimantMyNumber']).toBe(myNumber);
      // New filings are sealed under the new key.
      const next = await fileJidou(rotated, freshMyNumber());
      const rows = await rotated.app.ctx.db.select().from(submissions).orderBy(submissions.id);
      const kid = (rn: string) => ((rows.find((r) => r.receiptNumber === rn)!.answers as Record<string, { $sealed: string }>).claimantMyNumber!.$sealed.split(':')[1]);
      expect(kid(next.receiptNumber)).toBe(rotated.app.ctx.sealer.keyId);
      expect(kid(receiptNumber)).not.toBe(rotated.app.ctx.sealer.keyId);
    } finally {
      await rotated.app.close();
    }

    const forgotten = await reopenTestApp(first, { dataKeys: { dataKey: key() } });
    try {
      const clerk = await loginAs(forgotten.app, 'kosodate-clerk2', [{ department: KOSODATE, role: 'clerk' }]);
      const res = await clerk({ method: 'POST', url: `/api/staff/submissions/${receiptNumber}/reveal`, payload: { pointers: ['/claimantMyNumber'] } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ values: { '/claimantMyNumber': null }, unreadable: ['/claimantMyNumber'] });
    } finally {
      await forgotten.app.close();
      await first.close();
    }
  });
});
