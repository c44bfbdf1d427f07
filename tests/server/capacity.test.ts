// Places without overbooking (docs/adr/0014-capacity.md), on whichever database the run
// uses: 500 filings at once for 100 places take exactly 100; the rest are refused with a
// clear 満員 or wait in line; 取下げ and 却下 free a place and move the oldest waiting
// applicant up (繰り上げ) with a mail; each slot counts its own places.
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition, Settings } from '../../core/definition.ts';
import { capacityPlaces, outbox, submissions } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { minimalForm } from '../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../helpers/staff.ts';

let t: TestApp;
let app: FastifyInstance;
let admin: StaffInject;

function placesForm(id: string, settings: Partial<Settings>): FormDefinition {
  const def = minimalForm(id);
  def.title = { ja: `講座 ${id}`, en: `Course ${id}` };
  def.schema = {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: { name: { type: 'string', maxLength: 20 }, email: { type: 'string', format: 'email', maxLength: 254 } },
  };
  def.ui.pages[0]!.elements.push({ field: 'email', widget: 'email', label: { ja: 'メールアドレス' } });
  def.settings = { department: 'テスト課', ...settings };
  return def;
}

async function publish(def: FormDefinition): Promise<void> {
  const created = await admin({ method: 'POST', url: '/api/staff/forms', payload: { definition: def } });
  expect(created.statusCode, created.body).toBe(201);
  const published = await admin({ method: 'POST', url: `/api/staff/forms/${def.id}/publish`, payload: {} });
  expect(published.statusCode, published.body).toBe(201);
}

const SLOTS = [
  { id: 'sat-am', label: { ja: '1月16日（土）午前', en: 'Sat 16 Jan, morning' }, capacity: 2 },
  { id: 'sat-pm', label: { ja: '1月16日（土）午後', en: 'Sat 16 Jan, afternoon' }, capacity: 1 },
];

function file(formId: string, body: { slot?: unknown; name?: string; email?: string } = {}, lang = 'ja') {
  const { slot, name = '窓口 花子', email } = body;
  return app.inject({
    method: 'POST',
    url: `/api/forms/${formId}/submissions`,
    payload: { answers: { name, ...(email ? { email } : {}) }, ...(slot !== undefined ? { slot } : {}) },
    headers: { 'accept-language': lang },
  });
}

const tokenOf = (statusUrl: string) => statusUrl.slice(statusUrl.lastIndexOf('/s/') + 3);
const statusOf = async (statusUrl: string) => (await app.inject({ method: 'GET', url: `/api/submissions/${tokenOf(statusUrl)}` })).json();
const row = async (receiptNumber: string) => (await app.ctx.db.select().from(submissions).where(eq(submissions.receiptNumber, receiptNumber)))[0]!;
const taken = async (formId: string, slot = '') =>
  (await app.ctx.db.select({ taken: capacityPlaces.taken }).from(capacityPlaces).where(and(eq(capacityPlaces.formId, formId), eq(capacityPlaces.slot, slot))))[0]?.taken ?? 0;
const mailsTo = async (address: string) =>
  (await app.ctx.db.select({ payload: outbox.payload }).from(outbox).where(eq(outbox.kind, 'mail')).orderBy(outbox.id))
    .map((r) => r.payload as { to: string[]; subject: string; text: string })
    .filter((m) => m.to.includes(address));

beforeAll(async () => {
  t = await createTestApp();
  app = t.app;
  admin = await loginAs(app, 'admin', [{ department: '情報政策課', role: 'admin' }]);
  await publish(placesForm('cap-full', { capacity: 100 }));
  await publish(placesForm('cap-wait', { capacity: 100, waitingList: true }));
  await publish(placesForm('cap-slots', { slots: SLOTS }));
  await publish(placesForm('cap-slots-wait', { slots: SLOTS, waitingList: true }));
}, 60_000);
afterAll(async () => t.close());

describe('500 filings at once for 100 places', () => {
  it('accepts exactly 100 and tells the other 400 the form is full', async () => {
    const results = await Promise.all(Array.from({ length: 500 }, (_, i) => file('cap-full', { name: `申請者${i}` })));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(100);
    expect(codes.filter((c) => c === 409)).toHaveLength(400);
    const refused = results.find((r) => r.statusCode === 409)!.json();
    expect(refused.message).toBe('この手続きは定員に達したため、受付を終了しました。');
    expect(await taken('cap-full')).toBe(100);
    const rows = await app.ctx.db.select({ holdsPlace: submissions.holdsPlace }).from(submissions).where(eq(submissions.formId, 'cap-full'));
    expect(rows).toHaveLength(100);
    expect(rows.every((r) => r.holdsPlace)).toBe(true);
    const places = (await app.inject({ method: 'GET', url: '/api/forms/cap-full/places' })).json();
    expect(places).toEqual({ waitingList: false, places: [{ slot: '', capacity: 100, remaining: 0 }] });
    // The form says so before anyone fills it in.
    const form = (await app.inject({ method: 'GET', url: '/api/forms/cap-full' })).json();
    expect([form.open, form.closedReason, form.closedMessage]).toEqual([false, 'full', 'この手続きは定員に達したため、受付を終了しました。']);
  }, 120_000);

  it('with a waiting list, takes all 500: 100 holding a place, 400 順番待ち in line', async () => {
    const results = await Promise.all(Array.from({ length: 500 }, (_, i) => file('cap-wait', { name: `申請者${i}` })));
    expect(results.map((r) => r.statusCode).every((c) => c === 201)).toBe(true);
    const bodies = results.map((r) => r.json() as { status?: string; waitingPosition?: number });
    expect(bodies.filter((b) => b.status === 'waitlisted')).toHaveLength(400);
    for (const b of bodies.filter((x) => x.status === 'waitlisted')) expect(b.waitingPosition).toBeGreaterThanOrEqual(1);
    const rows = await app.ctx.db.select({ status: submissions.status, holdsPlace: submissions.holdsPlace }).from(submissions).where(eq(submissions.formId, 'cap-wait'));
    expect(rows.filter((r) => r.status === 'received' && r.holdsPlace)).toHaveLength(100);
    expect(rows.filter((r) => r.status === 'waitlisted' && !r.holdsPlace)).toHaveLength(400);
    expect(await taken('cap-wait')).toBe(100);
    // Full but with a waiting list: still open.
    expect((await app.inject({ method: 'GET', url: '/api/forms/cap-wait' })).json().open).toBe(true);
  }, 120_000);
});

describe('time slots', () => {
  it('count their places apart and name the full one in the applicant’s language', async () => {
    expect((await file('cap-slots', { slot: 'sat-am' })).statusCode).toBe(201);
    expect((await file('cap-slots', { slot: 'sat-am' })).statusCode).toBe(201);
    const full = await file('cap-slots', { slot: 'sat-am' });
    expect(full.statusCode).toBe(409);
    expect(full.json().message).toBe('「1月16日（土）午前」は満員のため、申し込みできません。ほかの日時を選んでください。');
    expect((await file('cap-slots', { slot: 'sat-am' }, 'en')).json().message).toBe('“Sat 16 Jan, morning” is full. Please choose another date and time.');
    // The afternoon is its own count.
    const pm = await file('cap-slots', { slot: 'sat-pm' });
    expect(pm.statusCode).toBe(201);
    expect((await row(pm.json().receiptNumber)).slot).toBe('sat-pm');
    // Staff see the slot in the inbox and on the submission.
    const inbox = (await admin({ method: 'GET', url: '/api/staff/submissions?form=cap-slots' })).json();
    expect(inbox.items.find((i: { receiptNumber: string }) => i.receiptNumber === pm.json().receiptNumber)).toMatchObject({ slot: 'sat-pm', slotLabel: '1月16日（土）午後' });
    expect((await admin({ method: 'GET', url: `/api/staff/submissions/${pm.json().receiptNumber}` })).json().slot).toBe('sat-pm');
    expect(await taken('cap-slots', 'sat-am')).toBe(2);
    expect(await taken('cap-slots', 'sat-pm')).toBe(1);
    const places = (await app.inject({ method: 'GET', url: '/api/forms/cap-slots/places' })).json();
    expect(places.places.map((p: { slot: string; remaining: number }) => [p.slot, p.remaining])).toEqual([
      ['sat-am', 0],
      ['sat-pm', 0],
    ]);
    expect((await app.inject({ method: 'GET', url: '/api/forms/cap-slots' })).json().closedReason).toBe('full');
  });

  it('must be chosen, and only among those offered', async () => {
    const none = await file('cap-slots-wait');
    expect(none.statusCode).toBe(400);
    expect(none.json().message).toBe('申し込む日時（枠）を選んでください。');
    // Named like any refused field, so the check page can point at the choice.
    expect(none.json().errors).toEqual([{ path: '/slot', code: 'slotRequired', message: '申し込む日時（枠）を選んでください。' }]);
    const unknown = await file('cap-slots-wait', { slot: 'sun-am' }, 'en');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ path: '/slot', code: 'slotUnknown', message: expect.stringMatching(/[a-z]/) }]);
    expect((await file('cap-slots-wait', { slot: 12 })).statusCode).toBe(400);
    // A form without slots takes none.
    expect((await file('cap-full', { slot: 'sat-am' })).statusCode).toBe(400);
    expect(await taken('cap-slots-wait', 'sat-am')).toBe(0);
  });
});

describe('cancelling frees a place', () => {
  it('取下げ of a booking moves the first 順番待ち of that slot up, with a 繰り上げ mail', async () => {
    const booked = (await file('cap-slots-wait', { slot: 'sat-pm', email: 'booked@example.jp' })).json();
    expect(booked.status).toBeUndefined();
    const first = (await file('cap-slots-wait', { slot: 'sat-pm', email: 'first@example.jp' })).json();
    const second = (await file('cap-slots-wait', { slot: 'sat-pm', email: 'second@example.jp' })).json();
    expect([first.status, first.waitingPosition]).toEqual(['waitlisted', 1]);
    expect([second.status, second.waitingPosition]).toEqual(['waitlisted', 2]);
    // The morning keeps its own places: a waiting afternoon does not take them.
    expect(await taken('cap-slots-wait', 'sat-am')).toBe(0);
    expect((await mailsTo('first@example.jp'))[0]!.subject).toContain('順番待ち');

    const waiting = await statusOf(first.statusUrl);
    expect([waiting.status, waiting.statusLabel, waiting.canWithdraw]).toEqual(['waitlisted', '順番待ち', true]);

    const withdrawn = await app.inject({ method: 'POST', url: `/api/submissions/${tokenOf(booked.statusUrl)}/withdraw`, payload: {} });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await row(booked.receiptNumber)).holdsPlace).toBe(false);
    const promoted = await row(first.receiptNumber);
    expect([promoted.status, promoted.holdsPlace]).toEqual(['received', true]);
    expect((await row(second.receiptNumber)).status).toBe('waitlisted');
    expect(await taken('cap-slots-wait', 'sat-pm')).toBe(1);
    const mail = (await mailsTo('first@example.jp')).at(-1)!;
    expect(mail.subject).toContain('繰り上げ');
    expect(mail.text).toContain(first.receiptNumber);
    expect(mail.text).toContain('1月16日（土）午後');
    const history = (await statusOf(first.statusUrl)).history as { status: string }[];
    expect(history.map((h) => h.status)).toEqual(['received', 'received']);

    // 却下 by staff frees it again: the next in line moves up.
    const rejected = await admin({ method: 'POST', url: `/api/staff/submissions/${first.receiptNumber}/status`, payload: { status: 'rejected', comment: null } });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect((await row(second.receiptNumber)).status).toBe('received');
    expect(await taken('cap-slots-wait', 'sat-pm')).toBe(1);
  });

  it('取下げ of a 順番待ち frees nothing, and with nobody waiting the place is simply free', async () => {
    const a = (await file('cap-slots-wait', { slot: 'sat-am' })).json();
    const b = (await file('cap-slots-wait', { slot: 'sat-am' })).json();
    const c = (await file('cap-slots-wait', { slot: 'sat-am' })).json();
    expect([a.status, b.status, c.status]).toEqual([undefined, undefined, 'waitlisted']);
    expect((await app.inject({ method: 'POST', url: `/api/submissions/${tokenOf(c.statusUrl)}/withdraw`, payload: {} })).statusCode).toBe(200);
    expect(await taken('cap-slots-wait', 'sat-am')).toBe(2);
    expect((await app.inject({ method: 'POST', url: `/api/submissions/${tokenOf(a.statusUrl)}/withdraw`, payload: {} })).statusCode).toBe(200);
    expect(await taken('cap-slots-wait', 'sat-am')).toBe(1);
    expect((await row(c.receiptNumber)).status).toBe('withdrawn');
    // Staff cannot move a 順番待ち to received by hand (that would overbook).
    const d = (await file('cap-slots-wait', { slot: 'sat-am' })).json();
    const e = (await file('cap-slots-wait', { slot: 'sat-am' })).json();
    expect([d.status, e.status]).toEqual([undefined, 'waitlisted']);
    expect((await admin({ method: 'POST', url: `/api/staff/submissions/${e.receiptNumber}/status`, payload: { status: 'received', comment: null } })).statusCode).toBe(409);
  });

  it('50 cancellations at once on a full form with a waiting list promote exactly 50, the oldest waiting', async () => {
    const holding = await app.ctx.db.select({ receiptNumber: submissions.receiptNumber }).from(submissions).where(and(eq(submissions.formId, 'cap-wait'), eq(submissions.holdsPlace, true)));
    expect(holding).toHaveLength(100);
    const line = await app.ctx.db
      .select({ receiptNumber: submissions.receiptNumber })
      .from(submissions)
      .where(and(eq(submissions.formId, 'cap-wait'), eq(submissions.status, 'waitlisted')))
      .orderBy(submissions.createdAt, submissions.id);
    // Cancelled by staff this time (the applicants' tokens are gone with the responses).
    const results = await Promise.all(
      holding.slice(0, 50).map((h) => admin({ method: 'POST', url: `/api/staff/submissions/${h.receiptNumber}/status`, payload: { status: 'rejected', comment: null } })),
    );
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    expect(await taken('cap-wait')).toBe(100);
    const rows = await app.ctx.db.select({ status: submissions.status, holdsPlace: submissions.holdsPlace }).from(submissions).where(eq(submissions.formId, 'cap-wait'));
    expect(rows.filter((r) => r.holdsPlace)).toHaveLength(100);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(350);
    expect(rows.filter((r) => r.status === 'rejected' && !r.holdsPlace)).toHaveLength(50);
    for (const [i, l] of line.entries()) expect((await row(l.receiptNumber)).status, `${i + 1}. in line`).toBe(i < 50 ? 'received' : 'waitlisted');
  }, 120_000);
});

describe('places added to a form that already has filings', () => {
  it('counts the filings so far, except withdrawn ones, as holding their places', async () => {
    // Filed before any place was counted: a form without capacity (or one from before the upgrade).
    await publish(placesForm('cap-later', {}));
    const earlier = await Promise.all([file('cap-later'), file('cap-later'), file('cap-later')]);
    expect(earlier.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    const withdrawn = await app.inject({ method: 'POST', url: `/api/submissions/${tokenOf(earlier[0]!.json().statusUrl)}/withdraw`, payload: {} });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);

    const def = placesForm('cap-later', { capacity: 4 });
    expect((await admin({ method: 'POST', url: '/api/staff/forms/cap-later/publish', payload: { definition: def } })).statusCode).toBe(201);
    // Said before the first new filing too.
    expect((await app.inject('/api/forms/cap-later/places')).json().places).toEqual([{ slot: '', capacity: 4, remaining: 2 }]);
    // Two earlier filings hold places: two are left, then 満員.
    expect((await file('cap-later')).statusCode).toBe(201);
    expect(await taken('cap-later')).toBe(3);
    expect((await file('cap-later')).statusCode).toBe(201);
    expect((await file('cap-later')).statusCode).toBe(409);
    // An earlier filing withdrawn now gives its place back like any other.
    expect((await app.inject({ method: 'POST', url: `/api/submissions/${tokenOf(earlier[1]!.json().statusUrl)}/withdraw`, payload: {} })).statusCode).toBe(200);
    expect(await taken('cap-later')).toBe(3);
    expect((await file('cap-later')).statusCode).toBe(201);
  });
});
