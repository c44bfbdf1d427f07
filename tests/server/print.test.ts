// Printing through the real server: one submission, or many into one PDF, read back with
// poppler (the Japanese text is really there, the page really has ink, the QR scans),
// the department boundary on both routes, and the audit record of every print.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { exampleWithUploads, risaiAnswers, submit } from '../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../helpers/staff.ts';
import { inkRatio, pdfinfo, pdftoppm, pdftotext } from './pdf/poppler.ts';
import { readQr } from './pdf/qr-reader.ts';

const KOSODATE = '子育て支援課';
const ZEIMU = '税務課';
const squash = (s: string) => s.replace(/\s+/g, '');

describe('printing submissions', () => {
  let t: TestApp;
  let clerk: StaffInject;
  let zeimuClerk: StaffInject;
  let designer: StaffInject;
  let admin: StaffInject;
  const jidou: string[] = [];
  let risai: string;

  const audits = async () => (await t.app.ctx.db.select().from(auditLog).orderBy(auditLog.id));

  beforeAll(async () => {
    t = await createTestApp({ cityName: '静岡市' }, () => new Date('2026-11-22T05:05:00.000Z'));
    clerk = await loginAs(t.app, 'kosodate-clerk', [{ department: KOSODATE, role: 'clerk' }]);
    zeimuClerk = await loginAs(t.app, 'zeimu-clerk', [{ department: ZEIMU, role: 'clerk' }]);
    designer = await loginAs(t.app, 'kosodate-designer', [{ department: KOSODATE, role: 'designer' }]);
    admin = await loginAs(t.app, 'admin', [{ department: '情報政策課', role: 'admin' }]);
    for (const family of ['佐藤', '鈴木']) {
      const answers = await exampleWithUploads(t.app, 'childcare/jidou-teate-nintei.json');
      answers.claimantName = { ...(answers.claimantName as object), family };
      const res = await submit(t.app, 'jidou-teate-nintei', answers);
      expect(res.statusCode, res.body).toBe(201);
      jidou.push(res.json().receiptNumber);
    }
    const res = await submit(t.app, 'risai-shomei', await risaiAnswers(t.app));
    expect(res.statusCode, res.body).toBe(201);
    risai = res.json().receiptNumber;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /api/staff/submissions/:receiptNumber/pdf', () => {
    it('prints one submission: A4, the city, title, receipt number and QR, labelled answers, 和暦 with 西暦', async () => {
      const before = (await audits()).length;
      const res = await clerk(`/api/staff/submissions/${jidou[0]}/pdf`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain(`filename="${jidou[0]}.pdf"`);
      const pdf = res.rawPayload;
      expect(pdfinfo(pdf)['Page size']).toMatch(/A4/);
      const text = squash(pdftotext(pdf));
      expect(text).toContain('静岡市');
      expect(text).toContain('児童手当');
      expect(text).toContain(`受付番号${jidou[0]}`);
      expect(text).toContain('受付日時令和8年11月22日（2026年11月22日）14:05');
      expect(text).toContain(squash('請求者の氏名 佐藤　健一（サトウ　ケンイチ）'));
      expect(text).toContain(squash('生年月日 昭和55年4月12日（1980年4月12日）'));
      expect(text).toContain('お子さん3');
      expect(inkRatio(pdftoppm(pdf, 1, 50))).toBeGreaterThan(0.01);
      expect(readQr(pdftoppm(pdf, 1, 100))).toBe(jidou[0]);
      const records = await audits();
      expect(records).toHaveLength(before + 1);
      expect(records.at(-1)).toMatchObject({ actor: 'kosodate-clerk', action: 'submission.print', records: [jidou[0]], department: KOSODATE });
    });

    it('takes the receipt number without hyphens too', async () => {
      const res = await clerk(`/api/staff/submissions/${jidou[0]!.replace(/-/g, '')}/pdf`);
      expect(res.statusCode).toBe(200);
      expect(squash(pdftotext(res.rawPayload, 1))).toContain(`受付番号${jidou[0]}`);
      expect(inkRatio(pdftoppm(res.rawPayload, 1, 50))).toBeGreaterThan(0.01);
    });

    it('answers 404 to another department, a designer and an unknown number alike, and audits nothing', async () => {
      const before = (await audits()).length;
      for (const res of [
        await zeimuClerk(`/api/staff/submissions/${jidou[0]}/pdf`),
        await designer(`/api/staff/submissions/${jidou[0]}/pdf`),
        await clerk(`/api/staff/submissions/${risai}/pdf`),
        await clerk('/api/staff/submissions/0000-0000-00/pdf'),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(res.json().error).toBe('submissionNotFound');
      }
      expect((await t.app.inject(`/api/staff/submissions/${jidou[0]}/pdf`)).statusCode).toBe(401);
      expect(await audits()).toHaveLength(before);
    });

    it('refuses a paper layout that does not exist for the form', async () => {
      const res = await clerk(`/api/staff/submissions/${jidou[0]}/pdf?layout=nope`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toBe('layoutNotFound');
    });
  });

  describe('POST /api/staff/submissions/pdf', () => {
    const bulk = (who: StaffInject, receiptNumbers: unknown) => who({ method: 'POST', url: '/api/staff/submissions/pdf', payload: { receiptNumbers } });

    it('prints the selection into one PDF, each on its own pages, audited with every receipt number', async () => {
      const before = (await audits()).length;
      const res = await bulk(clerk, jidou);
      expect(res.statusCode, res.body).toBe(200);
      const pdf = res.rawPayload;
      const single = (await clerk(`/api/staff/submissions/${jidou[0]}/pdf`)).rawPayload;
      const perSubmission = Number(pdfinfo(single).Pages);
      expect(Number(pdfinfo(pdf).Pages)).toBe(perSubmission * 2);
      // The second one starts on a fresh page with its own title block and QR code.
      const second = squash(pdftotext(pdf, perSubmission + 1));
      expect(second).toContain(`受付番号${jidou[1]}`);
      expect(second).toContain('鈴木');
      expect(second).toContain(`1/${perSubmission}`);
      expect(readQr(pdftoppm(pdf, perSubmission + 1, 100))).toBe(jidou[1]);
      const print = (await audits()).slice(before).find((a) => (a.detail as { bulk?: boolean } | null)?.bulk);
      expect(print).toMatchObject({ actor: 'kosodate-clerk', action: 'submission.print', records: jidou, formId: 'jidou-teate-nintei' });
    });

    it('refuses receipt numbers the user may not process as not found, printing nothing', async () => {
      const before = (await audits()).length;
      const res = await bulk(clerk, [jidou[0], risai]);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: 'submissionNotFound', errors: [{ path: '/receiptNumbers/1' }] });
      expect(await audits()).toHaveLength(before);
      // An administrator prints across departments.
      const all = await bulk(admin, [jidou[0], risai]);
      expect(all.statusCode).toBe(200);
      const text = squash(pdftotext(all.rawPayload));
      const pages = Number(pdfinfo(all.rawPayload).Pages);
      // The last page (the risai continuation) is short but drawn.
      expect(inkRatio(pdftoppm(all.rawPayload, pages, 50))).toBeGreaterThan(0.001);
      expect(text).toContain('罹災証明書');
      expect(text).toContain('児童手当');
      expect((await audits()).at(-1)).toMatchObject({ action: 'submission.print', records: [jidou[0], risai], formId: null, department: null });
    });

    it('refuses a bad selection with the field named', async () => {
      for (const [list, path] of [
        [[], '/receiptNumbers'],
        [undefined, '/receiptNumbers'],
        [Array.from({ length: 1001 }, () => jidou[0]), '/receiptNumbers'],
        [[jidou[0], 42], '/receiptNumbers/1'],
      ] as const) {
        const res = await bulk(clerk, list);
        expect(res.statusCode).toBe(400);
        expect(res.json().errors[0].path).toBe(path);
      }
      const en = await clerk({ method: 'POST', url: '/api/staff/submissions/pdf', payload: { receiptNumbers: [] }, headers: { 'accept-language': 'en' } });
      expect(en.json().errors[0].message).toMatch(/receipt numbers/);
    });

    it('needs the CSRF token', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/staff/submissions/pdf', payload: { receiptNumbers: jidou }, headers: { cookie: clerk.cookie } });
      expect(res.statusCode).toBe(403);
    });
  });
});
