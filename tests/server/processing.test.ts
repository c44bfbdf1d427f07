// Processing one submission (docs/staff-api.md): opening it is audited before the data
// goes out, status changes follow core/workflow.ts and leave an event, an audit record and
// a mail in one transaction, notes stay internal, messages reach the applicant, files
// download safely. A clerk of another department gets exactly what a missing one gets.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox, submissionEvents } from '../../server/store/tables.ts';
import { minimalForm, PNG, risaiAnswers, submit } from '../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../helpers/staff.ts';
import { type Clocked, createClockedApp, type Filed, fileExample, KAIGO, KOSODATE, TAYORI, YOUKAIGO } from './inbox-fixtures.ts';

let t: Clocked;
let hisho: StaffInject; // clerk of 秘書広報課 (市長への手紙)
let kosodate: StaffInject;
let kaigoClerk: StaffInject;
let kaigoDesigner: StaffInject;
let zeimu: StaffInject; // clerk of 税務課 (罹災証明)
let admin: StaffInject;
let tayori: Filed;
let kaigo: Filed;

const audits = (action: string) =>
  t.app.ctx.db
    .select({ actor: auditLog.actor, action: auditLog.action, formId: auditLog.formId, department: auditLog.department, records: auditLog.records, detail: auditLog.detail })
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .orderBy(auditLog.id);
const mails = async () =>
  (await t.app.ctx.db.select({ payload: outbox.payload }).from(outbox).where(eq(outbox.kind, 'mail')).orderBy(outbox.id)).map(
    (r) => r.payload as { to: string[]; subject: string; text: string },
  );
const eventCount = () => t.app.ctx.db.$count(submissionEvents);

beforeAll(async () => {
  t = await createClockedApp();
  hisho = await loginAs(t.app, 'hisho-clerk', [{ department: '秘書広報課', role: 'clerk' }]);
  kosodate = await loginAs(t.app, 'k-clerk', [{ department: KOSODATE, role: 'clerk' }]);
  kaigoClerk = await loginAs(t.app, 'kaigo-clerk', [{ department: KAIGO, role: 'clerk' }]);
  kaigoDesigner = await loginAs(t.app, 'kaigo-designer', [{ department: KAIGO, role: 'designer' }]);
  zeimu = await loginAs(t.app, 'zeimu-clerk', [{ department: '税務課', role: 'clerk' }]);
  admin = await loginAs(t.app, 'admin', [{ department: '情報政策課', role: 'admin' }]);
  tayori = await fileExample(t.app, TAYORI);
  kaigo = await fileExample(t.app, YOUKAIGO);
});
afterAll(async () => t.close());

const url = (rn: string, rest = '') => `/api/staff/submissions/${rn}${rest}`;

describe('filing', () => {
  it('queues the receipt mail to the address the applicant gave, in the same commit', async () => {
    const receipt = (await mails()).filter((m) => m.subject.includes(tayori.receiptNumber));
    expect(receipt).toHaveLength(1);
    expect(receipt[0]!.to).toEqual(['yuko.kimura@example.jp']);
    expect(receipt[0]!.text).toContain(tayori.statusUrl);
    // 要介護認定 asks for no e-mail address: nothing to send.
    expect((await mails()).some((m) => m.subject.includes(kaigo.receiptNumber))).toBe(false);
  });

  it('tells the form’s staff addresses of a new submission, without its answers', async () => {
    const def = minimalForm('test-notified');
    def.settings.notifications = { staffEmails: ['kakari@city.example.lg.jp'] };
    expect((await admin({ method: 'POST', url: '/api/staff/forms', payload: { definition: def } })).statusCode).toBe(201);
    expect((await admin({ method: 'POST', url: '/api/staff/forms/test-notified/publish', payload: {} })).statusCode).toBe(201);
    const res = await submit(t.app, 'test-notified', { name: '窓口 花子' });
    expect(res.statusCode, res.body).toBe(201);
    const rn = res.json().receiptNumber as string;
    const notice = (await mails()).filter((m) => m.to.includes('kakari@city.example.lg.jp'));
    expect(notice).toHaveLength(1);
    expect(notice[0]!.subject).toContain(rn);
    expect(notice[0]!.text).toContain(`/staff/r/${rn}`);
    expect(notice[0]!.text).not.toContain('窓口 花子');

    // Returned and corrected: the same addresses hear that it came back, still without answers.
    expect((await admin({ method: 'POST', url: `${url(rn)}/status`, payload: { status: 'returned', comment: 'お名前を確認してください。' } })).statusCode).toBe(200);
    const token = new URL(res.json().statusUrl as string).pathname.split('/').pop()!;
    const again = await t.app.inject({ method: 'PUT', url: `/api/submissions/${token}/answers`, payload: { answers: { name: '窓口 春子' } } });
    expect(again.statusCode, again.body).toBe(200);
    const notices = (await mails()).filter((m) => m.to.includes('kakari@city.example.lg.jp'));
    expect(notices.map((m) => /^【(.+?)】/.exec(m.subject)?.[1])).toEqual(['新着', '再提出']);
    expect(notices[1]!.subject).toContain(rn);
    expect(notices[1]!.text).toContain(`/staff/r/${rn}`);
    expect(notices[1]!.text).not.toContain('窓口 春子');
  });
});

describe('GET /api/staff/submissions/:receiptNumber', () => {
  it('shows the answers with the definition filed against, history and what may happen next, audited first', async () => {
    const before = (await audits('submission.view')).length;
    const res = await hisho(url(tayori.receiptNumber));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const s = res.json();
    expect(s).toMatchObject({
      receiptNumber: tayori.receiptNumber,
      formId: 'shichou-tayori',
      department: '秘書広報課',
      formVersion: 1,
      status: 'received',
      lang: 'ja',
      proxyBy: null,
      revision: 0,
      attachments: [],
      notes: [],
      messages: [],
      revisions: [],
      allowedTransitions: ['in_progress', 'returned', 'completed', 'rejected'],
    });
    expect(s.formTitle.ja).toBe(s.definition.title.ja);
    expect(s.definition.id).toBe('shichou-tayori');
    expect(s.answers.contactEmail).toBe('yuko.kimura@example.jp');
    expect(s.history).toEqual([{ status: 'received', at: s.createdAt, actor: null, comment: null }]);
    const views = await audits('submission.view');
    expect(views).toHaveLength(before + 1);
    expect(views.at(-1)).toMatchObject({ actor: 'hisho-clerk', formId: 'shichou-tayori', department: '秘書広報課', records: [tayori.receiptNumber] });
    // The audit record names the submission, never what is in it.
    expect(JSON.stringify(views.at(-1)!.detail ?? '')).not.toContain('木村');
  });

  it('opens a receipt number typed without hyphens or in full-width digits (the counter)', async () => {
    const digits = tayori.receiptNumber.replace(/-/g, '');
    expect((await hisho(url(digits))).json().receiptNumber).toBe(tayori.receiptNumber);
    const wide = digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect((await hisho(url(encodeURIComponent(wide)))).statusCode).toBe(200);
  });

  it('answers a clerk of another department, or a designer, exactly like a missing submission, and audits nothing', async () => {
    const missing = await kosodate(url('1234-5678-90'));
    expect(missing.statusCode).toBe(404);
    const before = (await audits('submission.view')).length;
    for (const who of [kosodate, kaigoDesigner]) {
      const res = await who(url(kaigo.receiptNumber));
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(missing.json());
    }
    expect(await audits('submission.view')).toHaveLength(before);
    expect((await kaigoClerk(url(kaigo.receiptNumber))).statusCode).toBe(200);
    expect((await t.app.inject(url(kaigo.receiptNumber))).statusCode).toBe(401);
  });
});

describe('POST .../status', () => {
  it('moves along the workflow with who, when and the comment, audited and mailed in one go', async () => {
    t.advance(60_000);
    const res = await hisho({ method: 'POST', url: url(tayori.receiptNumber, '/status'), payload: { status: 'in_progress', comment: '担当課で確認しています。' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ status: 'in_progress', updatedAt: t.app.ctx.now().toISOString(), allowedTransitions: ['completed', 'rejected', 'returned'] });
    const s = (await hisho(url(tayori.receiptNumber))).json();
    expect(s.status).toBe('in_progress');
    expect(s.history.at(-1)).toEqual({ status: 'in_progress', at: t.app.ctx.now().toISOString(), actor: 'hisho-clerk', comment: '担当課で確認しています。' });
    expect((await audits('submission.status')).at(-1)).toMatchObject({
      actor: 'hisho-clerk',
      records: [tayori.receiptNumber],
      detail: { from: 'received', to: 'in_progress' },
    });
    const mail = (await mails()).at(-1)!;
    expect(mail.to).toEqual(['yuko.kimura@example.jp']);
    expect(mail.subject).toContain('処理中');
    expect(mail.text).toContain('担当課で確認しています。');
  });

  it('refuses a move the workflow does not allow with 409, changing nothing', async () => {
    const eventsBefore = await eventCount();
    const res = await hisho({ method: 'POST', url: url(tayori.receiptNumber, '/status'), payload: { status: 'received' } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'transitionNotAllowed', status: 'in_progress', allowedTransitions: ['completed', 'rejected', 'returned'] });
    expect(res.json().message).toContain('処理中');
    // Staff never withdraw for the applicant.
    expect((await hisho({ method: 'POST', url: url(tayori.receiptNumber, '/status'), payload: { status: 'withdrawn' } })).statusCode).toBe(409);
    expect(await eventCount()).toBe(eventsBefore);
  });

  it('treats a final status as final', async () => {
    const done = await fileExample(t.app, TAYORI);
    expect((await hisho({ method: 'POST', url: url(done.receiptNumber, '/status'), payload: { status: 'completed' } })).statusCode).toBe(200);
    for (const status of ['in_progress', 'returned', 'rejected', 'received']) {
      expect((await hisho({ method: 'POST', url: url(done.receiptNumber, '/status'), payload: { status } })).statusCode, status).toBe(409);
    }
    expect((await hisho(url(done.receiptNumber))).json().allowedTransitions).toEqual([]);
  });

  it('names the field of a bad request', async () => {
    const bad = async (payload: unknown, lang = 'ja') => {
      const res = await hisho({ method: 'POST', url: url(tayori.receiptNumber, '/status'), payload: payload as object, headers: { 'accept-language': lang } });
      expect(res.statusCode).toBe(400);
      return res.json();
    };
    expect((await bad({ status: 'done' })).errors).toEqual([{ path: '/status', code: 'status', message: expect.stringContaining('received') }]);
    expect((await bad({})).errors[0].path).toBe('/status');
    const long = await bad({ status: 'completed', comment: 'あ'.repeat(2001) }, 'en');
    expect(long).toMatchObject({ error: 'invalidInput', errors: [{ path: '/comment', message: 'The comment can be up to 2000 characters.' }] });
    expect((await bad({ status: 'completed', comment: 5 })).errors[0].path).toBe('/comment');
  });

  it('needs the CSRF token and the department', async () => {
    const noCsrf = await t.app.inject({ method: 'POST', url: url(tayori.receiptNumber, '/status'), headers: { cookie: hisho.cookie }, payload: { status: 'completed' } });
    expect(noCsrf.statusCode).toBe(403);
    expect((await kosodate({ method: 'POST', url: url(tayori.receiptNumber, '/status'), payload: { status: 'completed' } })).statusCode).toBe(404);
    expect((await kaigoDesigner({ method: 'POST', url: url(kaigo.receiptNumber, '/status'), payload: { status: 'completed' } })).statusCode).toBe(404);
  });
});

describe('notes and messages', () => {
  it('keeps internal notes to staff and sends messages to the applicant (status page and mail)', async () => {
    t.advance(60_000);
    const note = await hisho({ method: 'POST', url: url(tayori.receiptNumber, '/notes'), payload: { body: '内部メモ：道路課に照会中' } });
    expect(note.statusCode, note.body).toBe(201);
    expect(note.json()).toMatchObject({ id: expect.any(Number), author: 'hisho-clerk', body: '内部メモ：道路課に照会中' });
    const mailsBefore = (await mails()).length;
    const message = await hisho({ method: 'POST', url: url(tayori.receiptNumber, '/messages'), payload: { body: '  ご意見ありがとうございます。\r\n現地を確認します。  ' } });
    expect(message.statusCode, message.body).toBe(201);
    expect(message.json().body).toBe('ご意見ありがとうございます。\n現地を確認します。');

    const s = (await hisho(url(tayori.receiptNumber))).json();
    expect(s.notes).toEqual([{ id: note.json().id, at: expect.any(String), author: 'hisho-clerk', body: '内部メモ：道路課に照会中' }]);
    expect(s.messages.map((m: { body: string }) => m.body)).toEqual(['ご意見ありがとうございます。\n現地を確認します。']);

    const publicView = await t.app.inject(`/api/submissions/${tayori.token}`);
    expect(publicView.json().messages).toEqual([{ at: expect.any(String), body: 'ご意見ありがとうございます。\n現地を確認します。', fromApplicant: false }]);
    expect(publicView.body).not.toContain('道路課に照会中');

    const sent = (await mails()).slice(mailsBefore);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toEqual(['yuko.kimura@example.jp']);
    expect(sent[0]!.text).toContain('現地を確認します。');
    expect((await mails()).some((m) => m.text.includes('道路課に照会中'))).toBe(false);
    expect((await audits('submission.note')).at(-1)).toMatchObject({ actor: 'hisho-clerk', records: [tayori.receiptNumber] });
    expect((await audits('submission.message')).at(-1)).toMatchObject({ actor: 'hisho-clerk' });
  });

  it('refuses an empty or too long body, naming /body', async () => {
    for (const payload of [{}, { body: '' }, { body: '   ' }, { body: 'あ'.repeat(4001) }, { body: 3 }]) {
      for (const kind of ['/notes', '/messages']) {
        const res = await hisho({ method: 'POST', url: url(tayori.receiptNumber, kind), payload });
        expect(res.statusCode).toBe(400);
        expect(res.json().errors).toEqual([{ path: '/body', code: 'body', message: expect.stringContaining('4000') }]);
      }
    }
    expect((await hisho({ method: 'POST', url: url(tayori.receiptNumber, '/notes'), payload: { body: 'あ'.repeat(4000) } })).statusCode).toBe(201);
    expect((await kosodate({ method: 'POST', url: url(tayori.receiptNumber, '/notes'), payload: { body: 'x' } })).statusCode).toBe(404);
  });
});

describe('GET .../attachments/:id', () => {
  it('downloads a file as an attachment of a safe type, audited; only for the department', async () => {
    const filed = await submit(t.app, 'risai-shomei', await risaiAnswers(t.app));
    expect(filed.statusCode, filed.body).toBe(201);
    const rn = filed.json().receiptNumber as string;
    const s = (await zeimu(url(rn))).json();
    expect(s.attachments).toEqual([{ id: expect.any(String), name: 'photo.png', size: PNG.length, type: 'image/png', path: expect.stringMatching(/^\/api\/staff\/submissions\//) }]);
    const file = await zeimu(s.attachments[0].path);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="photo.png"; filename*=UTF-8''photo.png`);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toBe('no-store');
    expect(file.rawPayload.equals(PNG)).toBe(true);
    expect((await audits('attachment.download')).at(-1)).toMatchObject({ actor: 'zeimu-clerk', records: [rn], detail: { attachment: s.attachments[0].id } });

    expect((await zeimu(url(rn, '/attachments/not-an-id'))).statusCode).toBe(404);
    expect((await hisho(s.attachments[0].path)).statusCode).toBe(404);
    // A file of one submission is not reachable through another's receipt number.
    expect((await admin(url(tayori.receiptNumber, `/attachments/${s.attachments[0].id}`))).statusCode).toBe(404);
  });
});
