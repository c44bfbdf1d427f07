// Who reaches what (issue 7, "Access"): a status token grants exactly one submission and
// nothing else does (another submission's secret, a changed character, a receipt number,
// the next number); a clerk of another department reaches none of the back office and
// learns nothing from the refusal; a logged-out or idle session reaches nothing; a
// state-changing request without the session's CSRF token changes nothing.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, submissions } from '../../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../../helpers/app.ts';
import { libraryForm, multipart, risaiAnswers, submit } from '../../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../../helpers/staff.ts';

const FORM = 'risai-shomei'; // 税務課
const OWN = '税務課';
const OTHER = '子育て支援課';
const MINUTE = 60_000;

let t: TestApp;
let clock = new Date('2026-12-01T00:00:00Z');
const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

interface Filed {
  receiptNumber: string;
  token: string;
  attachmentId: string;
  attachmentName: string;
}
let a: Filed;
let b: Filed;
let layoutId: string;
let clerk: StaffInject;
let designer: StaffInject;
let outsider: StaffInject;
let admin: StaffInject;

async function file(): Promise<Filed> {
  const answers = await risaiAnswers(t.app);
  const res = await submit(t.app, FORM, answers);
  expect(res.statusCode, res.body).toBe(201);
  const { receiptNumber, statusUrl } = res.json() as { receiptNumber: string; statusUrl: string };
  const photo = (answers.damagePhotos as { id: string; name: string }[])[0]!;
  return { receiptNumber, token: statusUrl.split('/s/')[1]!, attachmentId: photo.id, attachmentName: photo.name };
}

async function paperPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  doc.getForm().createTextField('name').addToPage(page, { x: 50, y: 700, width: 200, height: 20 });
  return Buffer.from(await doc.save());
}

beforeAll(async () => {
  t = await createTestApp({}, () => clock);
  clerk = await loginAs(t.app, 'own-clerk', [{ department: OWN, role: 'clerk' }]);
  designer = await loginAs(t.app, 'own-designer', [{ department: OWN, role: 'designer' }]);
  outsider = await loginAs(t.app, 'other-clerk', [{ department: OTHER, role: 'clerk' }, { department: OTHER, role: 'designer' }]);
  admin = await loginAs(t.app, 'the-admin', [{ department: '情報政策課', role: 'admin' }]);
  a = await file();
  b = await file();
  const layout = await designer({ method: 'POST', url: `/api/staff/forms/${FORM}/layouts`, ...multipart('paper.pdf', 'application/pdf', await paperPdf()) });
  expect(layout.statusCode, layout.body).toBe(201);
  layoutId = layout.json().id;
});

afterAll(() => t?.close());

// --- the status link ----------------------------------------------------------------------

const digits = (f: Filed) => f.token.slice(0, 10);
const secret = (f: Filed) => f.token.slice(10);
const flipLast = (s: string) => s.slice(0, -1) + (s.endsWith('A') ? 'B' : 'A');

function citizenRoutes(token: string): InjectOptions[] {
  const t = encodeURIComponent(token);
  return [
    { method: 'GET', url: `/api/submissions/${t}` },
    { method: 'GET', url: `/api/submissions/${t}/answers` },
    { method: 'PUT', url: `/api/submissions/${t}/answers`, payload: { answers: libraryForm('disaster/risai-shomei.json').example } },
    { method: 'POST', url: `/api/submissions/${t}/withdraw`, payload: { comment: '取り下げます' } },
  ];
}

/** Nothing of any submission in the answer: no receipt number (with or without hyphens), no name, no file name. */
function leaksNothing(res: LightMyRequestResponse): void {
  for (const f of [a, b]) {
    expect(res.body).not.toContain(f.receiptNumber);
    expect(res.body).not.toContain(f.receiptNumber.replace(/-/g, ''));
    expect(res.body).not.toContain(f.attachmentId);
  }
  for (const personal of ['山田', '太郎', 'ヤマダ', 'taro.yamada@example.jp', 'photo.png']) expect(res.body).not.toContain(personal);
}

describe('a status token grants exactly one submission', () => {
  it('opens its own submission, and only its own', async () => {
    const own = await t.app.inject(`/api/submissions/${a.token}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().receiptNumber).toBe(a.receiptNumber);
    expect((await t.app.inject(`/api/submissions/${b.token}`)).json().receiptNumber).toBe(b.receiptNumber);
  });

  it('answers 404 to every forgery on every route of the status link, and changes nothing', async () => {
    const next = String(Number(digits(a)) + 1).padStart(10, '0');
    const forgeries = {
      'A’s number with B’s secret': digits(a) + secret(b),
      'B’s number with A’s secret': digits(b) + secret(a),
      'the last character changed': flipLast(a.token),
      'the first secret character changed': digits(a) + flipLast(secret(a).slice(0, 1)) + secret(a).slice(1),
      'the receipt number alone': a.receiptNumber,
      'the receipt digits alone': digits(a),
      'the next receipt number with A’s secret': next + secret(a),
      'a guessed secret': digits(a) + 'A'.repeat(43),
      'one character short': a.token.slice(0, -1),
      'one character more': `${a.token}A`,
      'an upper-cased token': a.token.toUpperCase(),
      'a path trick': `${digits(b)}/../${secret(a)}`,
    };
    for (const [what, token] of Object.entries(forgeries)) {
      if (token === a.token || token === b.token) continue; // an all-upper-case secret, vanishingly rare
      for (const route of citizenRoutes(token)) {
        const res = await t.app.inject(route);
        expect(res.statusCode, `${what}: ${route.method} ${route.url}`).toBe(404);
        leaksNothing(res);
      }
    }
    const rows = await t.app.ctx.db.select().from(submissions).orderBy(submissions.id);
    expect(rows.map((r) => r.status)).toEqual(['received', 'received']);
  });

  it('binds a file to the submission it was filed with: another’s file id is refused, by a citizen and by staff', async () => {
    // B is returned so its applicant may correct; they try to take A's photo.
    expect((await clerk({ method: 'POST', url: `/api/staff/submissions/${b.receiptNumber}/status`, payload: { status: 'returned', comment: '写真を追加してください' } })).statusCode).toBe(200);
    const answers = (await t.app.inject(`/api/submissions/${b.token}/answers`)).json().answers as Record<string, unknown>;
    const taking = { ...answers, damagePhotos: [{ id: a.attachmentId, name: a.attachmentName, size: 1, type: 'image/png' }] };
    const res = await t.app.inject({ method: 'PUT', url: `/api/submissions/${b.token}/answers`, payload: { answers: taking } });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    // Nor can a new filing reference it.
    const stolen = { ...libraryForm('disaster/risai-shomei.json').example, damagePhotos: [{ id: a.attachmentId, name: a.attachmentName, size: 1, type: 'image/png' }] };
    const refiled = await submit(t.app, FORM, stolen);
    expect(refiled.statusCode).toBe(400);
    expect(await t.app.ctx.db.select().from(submissions).orderBy(submissions.id)).toHaveLength(2);

    const viewA = (await clerk(`/api/staff/submissions/${a.receiptNumber}`)).json();
    const viewB = (await clerk(`/api/staff/submissions/${b.receiptNumber}`)).json();
    expect(viewA.attachments.map((x: { id: string }) => x.id)).toEqual([a.attachmentId]);
    expect(viewB.attachments.map((x: { id: string }) => x.id)).toEqual([b.attachmentId]);
    // Staff: A's file through B's receipt number, or a guessed id, is not there.
    expect((await clerk(`/api/staff/submissions/${b.receiptNumber}/attachments/${a.attachmentId}`)).statusCode).toBe(404);
    expect((await clerk(`/api/staff/submissions/${a.receiptNumber}/attachments/${flipLast(a.attachmentId)}`)).statusCode).toBe(404);
    expect((await clerk(`/api/staff/submissions/${a.receiptNumber}/attachments/${a.attachmentId}`)).statusCode).toBe(200);
  });
});

// --- the back office --------------------------------------------------------------------------

interface StaffRoute {
  name: string;
  options: () => InjectOptions;
  /** Refusal for a user of another department: 404 where a submission or layout is named. */
  foreign: 404 | 403 | '403/404';
}

const sub = (rest = '') => `/api/staff/submissions/${a.receiptNumber}${rest}`;
const layouts = (rest = '') => `/api/staff/forms/${FORM}/layouts${rest}`;

// Every back-office route of docs/staff-api.md ("Submissions and the back office"), and the
// form routes that show a form of the department.
const BACK_OFFICE: StaffRoute[] = [
  { name: 'one submission', options: () => ({ url: sub() }), foreign: 404 },
  { name: 'status change', options: () => ({ method: 'POST', url: sub('/status'), payload: { status: 'in_progress' } }), foreign: 404 },
  { name: 'reveal of sensitive answers', options: () => ({ method: 'POST', url: sub('/reveal'), payload: {} }), foreign: 404 },
  { name: 'internal note', options: () => ({ method: 'POST', url: sub('/notes'), payload: { body: 'メモ' } }), foreign: 404 },
  { name: 'message to the applicant', options: () => ({ method: 'POST', url: sub('/messages'), payload: { body: 'お知らせ' } }), foreign: 404 },
  { name: 'attachment download', options: () => ({ url: sub(`/attachments/${a.attachmentId}`) }), foreign: 404 },
  { name: 'PDF of one', options: () => ({ url: sub('/pdf') }), foreign: 404 },
  { name: 'PDF on a paper layout', options: () => ({ url: sub(`/pdf?layout=${layoutId}`) }), foreign: 404 },
  { name: 'PDF of several', options: () => ({ method: 'POST', url: '/api/staff/submissions/pdf', payload: { receiptNumbers: [a.receiptNumber, b.receiptNumber] } }), foreign: 404 },
  { name: 'CSV export', options: () => ({ url: `/api/staff/forms/${FORM}/export.csv` }), foreign: '403/404' },
  { name: 'CSV export in Shift_JIS', options: () => ({ url: `/api/staff/forms/${FORM}/export.csv?encoding=sjis` }), foreign: '403/404' },
  { name: 'CSV export with sensitive answers', options: () => ({ url: `/api/staff/forms/${FORM}/export.csv?sensitive=include` }), foreign: '403/404' },
  { name: 'PDF with sensitive answers', options: () => ({ url: sub('/pdf?sensitive=include') }), foreign: 404 },
  { name: '集計', options: () => ({ url: `/api/staff/forms/${FORM}/aggregate` }), foreign: '403/404' },
  { name: '集計 CSV', options: () => ({ url: `/api/staff/forms/${FORM}/aggregate.csv` }), foreign: '403/404' },
  { name: 'paper layouts', options: () => ({ url: layouts() }), foreign: '403/404' },
  { name: 'paper layout upload', options: () => ({ method: 'POST', url: layouts(), ...multipart('paper.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n')) }), foreign: '403/404' },
  { name: 'one paper layout', options: () => ({ url: layouts(`/${layoutId}`) }), foreign: '403/404' },
  { name: 'paper layout change', options: () => ({ method: 'PUT', url: layouts(`/${layoutId}`), payload: { name: '乗っ取り' } }), foreign: '403/404' },
  { name: 'paper layout sample', options: () => ({ url: layouts(`/${layoutId}/sample.pdf`) }), foreign: '403/404' },
  { name: 'paper layout delete', options: () => ({ method: 'DELETE', url: layouts(`/${layoutId}`) }), foreign: '403/404' },
  { name: 'audit log', options: () => ({ url: `/api/staff/audit?record=${a.receiptNumber}` }), foreign: 403 },
  { name: 'the form', options: () => ({ url: `/api/staff/forms/${FORM}` }), foreign: 404 },
  { name: 'a version', options: () => ({ url: `/api/staff/forms/${FORM}/versions/1` }), foreign: 404 },
  { name: 'the form exported', options: () => ({ url: `/api/staff/forms/${FORM}/export` }), foreign: 404 },
  { name: 'the preview', options: () => ({ url: `/api/staff/forms/${FORM}/preview` }), foreign: 404 },
];

async function unchanged(): Promise<void> {
  const rows = await t.app.ctx.db.select().from(submissions).orderBy(submissions.id);
  expect(rows.find((r) => r.receiptNumber === a.receiptNumber)?.status).toBe('received');
}

describe('a clerk of another department', () => {
  it('reaches no back-office route of this department, and the refusal names nothing', async () => {
    const auditsBefore = (await t.app.ctx.db.select().from(auditLog).orderBy(auditLog.id)).length;
    for (const route of BACK_OFFICE) {
      const res = await outsider(route.options());
      const expected = route.foreign === '403/404' ? [403, 404] : [route.foreign];
      expect(expected, `${route.name}: ${res.statusCode} ${res.body.slice(0, 200)}`).toContain(res.statusCode);
      leaksNothing(res);
    }
    // Their inbox, searched by receipt number or by the applicant's name, is empty.
    for (const q of [a.receiptNumber, '山田', '']) {
      const inbox = await outsider(`/api/staff/submissions?q=${encodeURIComponent(q)}`);
      expect(inbox.statusCode).toBe(200);
      expect(inbox.json()).toMatchObject({ total: 0, items: [] });
      leaksNothing(inbox);
    }
    expect((await outsider(`/api/staff/submissions?form=${FORM}`)).json()).toMatchObject({ total: 0 });
    await unchanged();
    expect((await clerk(sub())).json().notes).toEqual([]);
    expect((await designer(layouts(`/${layoutId}`))).json().name).toBe('paper');
    // Refusals are not reads: nothing was audited for them.
    const audits = await t.app.ctx.db.select().from(auditLog).orderBy(auditLog.id);
    expect(audits.slice(auditsBefore).filter((r) => r.actor === 'other-clerk')).toEqual([]);
  });

  it('is refused exactly like for a submission that does not exist', async () => {
    const missing = await clerk('/api/staff/submissions/0000-0000-00');
    const foreign = await outsider(sub());
    expect(foreign.statusCode).toBe(missing.statusCode);
    expect(foreign.json()).toEqual(missing.json());
  });
});

describe('a session after logout or the idle timeout', () => {
  async function reachesNothing(session: StaffInject): Promise<void> {
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
    for (const route of [...BACK_OFFICE, { name: 'inbox', options: () => ({ url: '/api/staff/submissions' }) }, { name: 'session', options: () => ({ url: '/api/staff/session' }) }]) {
      const options: InjectOptions = route.options();
      const res = await t.app.inject({ ...options, headers: { ...options.headers, ...headers } });
      expect(res.statusCode, `${route.name} after the session ended`).toBe(401);
      expect(res.json().error).toBe('unauthenticated');
      leaksNothing(res);
    }
    await unchanged();
  }

  it('reaches nothing after logout, though it reached everything before', async () => {
    const s = await loginAs(t.app, 'leaving-admin', [{ department: '情報政策課', role: 'admin' }]);
    for (const url of [sub(), sub(`/attachments/${a.attachmentId}`), `/api/staff/forms/${FORM}/export.csv`, layouts(`/${layoutId}`), '/api/staff/audit']) {
      expect((await s(url)).statusCode, url).toBe(200);
    }
    expect((await s({ method: 'DELETE', url: '/api/staff/session' })).statusCode).toBe(204);
    await reachesNothing(s);
  });

  it('reaches nothing after STAFF_SESSION_IDLE_MINUTES without a request', async () => {
    const s = await loginAs(t.app, 'idle-admin', [{ department: '情報政策課', role: 'admin' }]);
    later(t.app.ctx.config.staffSessionIdleMinutes * MINUTE - MINUTE);
    expect((await s(sub())).statusCode).toBe(200);
    later(t.app.ctx.config.staffSessionIdleMinutes * MINUTE + MINUTE);
    await reachesNothing(s);
    // The others logged in at the start are idle by now too.
    for (const session of [clerk, designer, admin]) expect((await session('/api/staff/session')).statusCode).toBe(401);
    clerk = await loginAs(t.app, 'own-clerk-2', [{ department: OWN, role: 'clerk' }]);
    designer = await loginAs(t.app, 'own-designer-2', [{ department: OWN, role: 'designer' }]);
    admin = await loginAs(t.app, 'the-admin-2', [{ department: '情報政策課', role: 'admin' }]);
  });
});

describe('CSRF', () => {
  const changes = (): StaffRoute[] => [
    ...BACK_OFFICE.filter((r) => r.options().method && r.options().method !== 'GET'),
    { name: 'new form', options: () => ({ method: 'POST', url: '/api/staff/forms', payload: { blank: { id: 'csrf-form', title: 'x', department: OWN, category: 'other' } } }), foreign: 404 },
    { name: 'draft save', options: () => ({ method: 'PUT', url: `/api/staff/forms/${FORM}/draft`, payload: { definition: libraryForm('disaster/risai-shomei.json') } }), foreign: 404 },
    { name: 'draft discard', options: () => ({ method: 'DELETE', url: `/api/staff/forms/${FORM}/draft` }), foreign: 404 },
    { name: 'publish', options: () => ({ method: 'POST', url: `/api/staff/forms/${FORM}/publish`, payload: {} }), foreign: 404 },
    { name: 'unpublish', options: () => ({ method: 'POST', url: `/api/staff/forms/${FORM}/unpublish` }), foreign: 404 },
    { name: 'new user', options: () => ({ method: 'POST', url: '/api/staff/users', payload: { login: 'csrf-user', displayName: 'x', password: 'a long enough password', roles: [] } }), foreign: 403 },
    { name: 'user change', options: () => ({ method: 'PUT', url: `/api/staff/users/${admin.user.id}`, payload: { disabled: true } }), foreign: 403 },
    { name: 'logout', options: () => ({ method: 'DELETE', url: '/api/staff/session' }), foreign: 403 },
  ];

  it('refuses every state-changing staff request without the session’s token, or with another’s, and nothing changes', async () => {
    const other = await loginAs(t.app, 'csrf-other', [{ department: OWN, role: 'clerk' }]);
    for (const route of changes()) {
      const options = route.options();
      for (const token of [undefined, '', other.csrfToken, `${admin.csrfToken}x`]) {
        const headers: Record<string, string> = { ...(options.headers as Record<string, string>), cookie: admin.cookie };
        if (token !== undefined) headers['x-csrf-token'] = token;
        const res = await t.app.inject({ ...options, headers });
        expect(res.statusCode, `${route.name} with token ${JSON.stringify(token)}`).toBe(403);
        expect(res.json().error).toBe('csrf');
      }
    }
    await unchanged();
    expect((await admin(sub())).json().notes).toEqual([]);
    expect((await admin(layouts(`/${layoutId}`))).statusCode).toBe(200);
    expect((await admin(`/api/staff/forms/${FORM}`)).json()).toMatchObject({ draft: null, published: true });
    expect((await admin('/api/staff/users')).json().users.some((u: { login: string }) => u.login === 'csrf-user')).toBe(false);
    expect((await admin('/api/staff/session')).statusCode).toBe(200); // not logged out either
    expect((await t.app.inject(`/api/forms/${FORM}`)).statusCode).toBe(200); // still published
  });
});
