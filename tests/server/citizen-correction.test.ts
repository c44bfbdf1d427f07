// The applicant's side after filing, through the status link only: the office's messages
// (never its notes), correcting and resubmitting after 差戻し (checked like a filing, the
// old answers kept), and withdrawing.
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../server/store/tables.ts';
import { libraryForm, risaiAnswers, submit, upload } from '../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../helpers/staff.ts';
import { type Clocked, createClockedApp, type Filed, fileExample, TAYORI } from './inbox-fixtures.ts';

let t: Clocked;
let hisho: StaffInject;
let zeimu: StaffInject;

beforeAll(async () => {
  t = await createClockedApp();
  hisho = await loginAs(t.app, 'hisho-clerk', [{ department: '秘書広報課', role: 'clerk' }]);
  zeimu = await loginAs(t.app, 'zeimu-clerk', [{ department: '税務課', role: 'clerk' }]);
});
afterAll(async () => t.close());

const status = (who: StaffInject, rn: string, payload: object) => who({ method: 'POST', url: `/api/staff/submissions/${rn}/status`, payload });
const view = (token: string) => t.app.inject(`/api/submissions/${token}`);
const answersOf = (token: string) => t.app.inject(`/api/submissions/${token}/answers`);
const resubmit = (token: string, payload: unknown, lang = 'ja') =>
  t.app.inject({ method: 'PUT', url: `/api/submissions/${token}/answers`, payload: payload as object, headers: { 'accept-language': lang } });
const withdraw = (token: string, payload: unknown = {}) => t.app.inject({ method: 'POST', url: `/api/submissions/${token}/withdraw`, payload: payload as object });

describe('差戻し and resubmission', () => {
  let filed: Filed;
  beforeAll(async () => {
    filed = await fileExample(t.app, TAYORI);
  });

  it('offers no correction before staff return it', async () => {
    const s = (await view(filed.token)).json();
    expect(s).toMatchObject({ status: 'received', canWithdraw: true, canResubmit: false, returnedComment: null, messages: [] });
    expect((await answersOf(filed.token)).statusCode).toBe(409);
    const early = await resubmit(filed.token, { answers: libraryForm(TAYORI).example });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toBe('notReturned');
  });

  it('shows the office’s comment and the answers to correct once returned', async () => {
    t.advance(60_000);
    const returned = await status(hisho, filed.receiptNumber, { status: 'returned', comment: 'ご住所の番地をご記入ください。' });
    expect(returned.statusCode, returned.body).toBe(200);
    const s = (await view(filed.token)).json();
    expect(s).toMatchObject({ status: 'returned', canWithdraw: true, canResubmit: true, returnedComment: 'ご住所の番地をご記入ください。' });
    expect(s.history.at(-1)).toMatchObject({ status: 'returned', comment: 'ご住所の番地をご記入ください。' });
    expect(s.history.at(-1)).not.toHaveProperty('actor');

    const res = await answersOf(filed.token);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body).toMatchObject({ receiptNumber: filed.receiptNumber, formId: 'shichou-tayori', version: 1, form: { id: 'shichou-tayori', version: 1 } });
    expect(body.answers.contactAddress.address2).toBe('28番地');
    expect(body.form.definition.id).toBe('shichou-tayori');
    expect(body.form.validatorUrl).toBe('/api/forms/shichou-tayori/versions/1/validator.js');
  });

  it('checks corrected answers exactly like a filing and changes nothing when they are wrong', async () => {
    const wrong = structuredClone(libraryForm(TAYORI).example);
    wrong.contactEmail = 'not an address';
    const res = await resubmit(filed.token, { answers: wrong });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalidAnswers', errors: [expect.objectContaining({ path: '/contactEmail' })] });
    expect((await resubmit(filed.token, { answers: 'x' })).statusCode).toBe(400);
    expect((await resubmit(filed.token, { version: 99, answers: wrong })).statusCode).toBe(409);
    expect((await view(filed.token)).json().status).toBe('returned');
  });

  it('takes the correction back to received, keeping both versions of the answers in history', async () => {
    t.advance(60_000);
    const corrected = structuredClone(libraryForm(TAYORI).example);
    (corrected.contactAddress as Record<string, string>).address2 = '28番地の3';
    const res = await resubmit(filed.token, { answers: corrected });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ receiptNumber: filed.receiptNumber, status: 'received', revision: 1, formVersion: 1 });

    const s = (await view(filed.token)).json();
    expect(s).toMatchObject({ status: 'received', canResubmit: false, returnedComment: null });
    expect(s.history.map((h: { status: string }) => h.status)).toEqual(['received', 'returned', 'received']);

    const staff = (await hisho(`/api/staff/submissions/${filed.receiptNumber}`)).json();
    expect(staff.revision).toBe(1);
    expect(staff.answers.contactAddress.address2).toBe('28番地の3');
    expect(staff.revisions).toEqual([{ revision: 0, formVersion: 1, replacedAt: t.app.ctx.now().toISOString(), answers: expect.any(Object), masked: [] }]);
    expect(staff.revisions[0].answers.contactAddress.address2).toBe('28番地');
    expect(staff.history.slice(1)).toEqual([
      { status: 'returned', at: expect.any(String), actor: 'hisho-clerk', comment: 'ご住所の番地をご記入ください。' },
      { status: 'received', at: t.app.ctx.now().toISOString(), actor: null, comment: null },
    ]);
    expect(staff.allowedTransitions).toContain('in_progress');
    const [audit] = await t.app.ctx.db
      .select({ actor: auditLog.actor, detail: auditLog.detail })
      .from(auditLog)
      .where(eq(auditLog.action, 'submission.status'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit).toEqual({ actor: null, detail: { from: 'returned', to: 'received', revision: 1 } });
    // A second resubmission without a new 差戻し is refused.
    expect((await resubmit(filed.token, { answers: corrected })).statusCode).toBe(409);
  });
});

describe('resubmission with files', () => {
  it('keeps files already attached, takes new uploads of the form, refuses another submission’s files', async () => {
    const first = await submit(t.app, 'risai-shomei', await risaiAnswers(t.app));
    const other = await submit(t.app, 'risai-shomei', await risaiAnswers(t.app));
    expect(first.statusCode).toBe(201);
    const rn = first.json().receiptNumber as string;
    const token = (first.json().statusUrl as string).split('/s/')[1]!;
    const otherFile = (await zeimu(`/api/staff/submissions/${other.json().receiptNumber}`)).json().attachments[0];
    expect((await status(zeimu, rn, { status: 'returned', comment: '写真をもう1枚お願いします。' })).statusCode).toBe(200);

    const { answers } = (await answersOf(token)).json();
    const stolen = structuredClone(answers);
    stolen.damagePhotos = [...answers.damagePhotos, { id: otherFile.id, name: 'x.png', type: 'image/png', size: 1 }];
    const refused = await resubmit(token, { answers: stolen });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('/damagePhotos/1/id');

    const fresh = (await upload(t.app, 'risai-shomei', 'second.png')).json();
    answers.damagePhotos = [...answers.damagePhotos, { ...fresh, name: 'renamed-by-client.png' }];
    const ok = await resubmit(token, { answers });
    expect(ok.statusCode, ok.body).toBe(200);
    const staff = (await zeimu(`/api/staff/submissions/${rn}`)).json();
    expect(staff.attachments.map((a: { name: string }) => a.name).sort()).toEqual(['photo.png', 'second.png']);
    // The server's record of the file wins over what the client said.
    expect(staff.answers.damagePhotos[1].name).toBe('second.png');
    expect(staff.revisions[0].answers.damagePhotos).toHaveLength(1);
  });
});

describe('取下げ', () => {
  it('withdraws with an optional comment, once, and staff can do nothing more with it', async () => {
    const filed = await fileExample(t.app, TAYORI);
    expect((await withdraw(filed.token, { comment: 'あ'.repeat(2001) })).statusCode).toBe(400);
    const res = await withdraw(filed.token, { comment: '別の窓口で手続きしました。' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ receiptNumber: filed.receiptNumber, status: 'withdrawn' });
    const s = (await view(filed.token)).json();
    expect(s).toMatchObject({ status: 'withdrawn', canWithdraw: false, canResubmit: false });
    expect(s.history.at(-1)).toMatchObject({ status: 'withdrawn', comment: '別の窓口で手続きしました。' });
    const again = await withdraw(filed.token);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toBe('cannotWithdraw');
    expect((await status(hisho, filed.receiptNumber, { status: 'in_progress' })).statusCode).toBe(409);
    const staff = (await hisho(`/api/staff/submissions/${filed.receiptNumber}`)).json();
    expect(staff.history.at(-1)).toMatchObject({ status: 'withdrawn', actor: null, comment: '別の窓口で手続きしました。' });
  });

  it('cannot take back what has been decided', async () => {
    const filed = await fileExample(t.app, TAYORI);
    expect((await status(hisho, filed.receiptNumber, { status: 'completed' })).statusCode).toBe(200);
    expect((await withdraw(filed.token)).statusCode).toBe(409);
    expect((await view(filed.token)).json().canWithdraw).toBe(false);
  });
});

describe('the token is the only key', () => {
  it('answers 404 to a receipt number, a wrong secret or garbage on every applicant route', async () => {
    const filed = await fileExample(t.app, TAYORI);
    expect((await status(hisho, filed.receiptNumber, { status: 'returned' })).statusCode).toBe(200);
    const wrongSecret = `${filed.token.slice(0, -1)}${filed.token.endsWith('A') ? 'B' : 'A'}`;
    for (const guess of [filed.receiptNumber, filed.receiptNumber.replace(/-/g, ''), wrongSecret, 'x']) {
      const g = encodeURIComponent(guess);
      expect((await t.app.inject(`/api/submissions/${g}`)).statusCode).toBe(404);
      expect((await t.app.inject(`/api/submissions/${g}/answers`)).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'PUT', url: `/api/submissions/${g}/answers`, payload: { answers: {} } })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'POST', url: `/api/submissions/${g}/withdraw`, payload: {} })).statusCode).toBe(404);
    }
    expect((await view(filed.token)).json().status).toBe('returned');
  });
});
