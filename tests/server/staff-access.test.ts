// Role and department boundaries, on the server: a clerk or designer of 子育て支援課 can
// neither read nor change a form of 介護保険課 (it answers like a form that does not exist),
// a clerk reads but never changes the forms of their own department.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, departmentsFor } from '../../server/auth/access.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { libraryForm } from '../helpers/fixtures.ts';
import { loginAs, type StaffInject } from '../helpers/staff.ts';

const KOSODATE = '子育て支援課';
const KAIGO = '介護保険課';
// 要介護認定 is a library form of 介護保険課; 児童手当 one of 子育て支援課.
const KAIGO_FORM = 'youkaigo-nintei';
const KOSODATE_FORM = 'jidou-teate-nintei';

describe('can()', () => {
  const designer = { roles: [{ department: KOSODATE, role: 'designer' as const }] };
  const clerk = { roles: [{ department: KOSODATE, role: 'clerk' as const }] };
  const admin = { roles: [{ department: '情報政策課', role: 'admin' as const }] };

  it('gives each role its own actions in its own department only', () => {
    expect(can(designer, 'design', KOSODATE)).toBe(true);
    expect(can(designer, 'read', KOSODATE)).toBe(true);
    expect(can(designer, 'process', KOSODATE)).toBe(false);
    expect(can(designer, 'design', KAIGO)).toBe(false);
    expect(can(clerk, 'process', KOSODATE)).toBe(true);
    expect(can(clerk, 'read', KOSODATE)).toBe(true);
    expect(can(clerk, 'design', KOSODATE)).toBe(false);
    expect(can(clerk, 'read', KAIGO)).toBe(false);
    expect(can(designer, 'admin')).toBe(false);
    expect(can({ roles: [] }, 'read', KOSODATE)).toBe(false);
  });

  it('makes an admin of any department an administrator of everything', () => {
    for (const action of ['admin', 'design', 'process', 'read'] as const) expect(can(admin, action, KAIGO)).toBe(true);
    expect(departmentsFor(admin, 'read')).toBe('all');
    expect(departmentsFor(designer, 'read')).toEqual(new Set([KOSODATE]));
    expect(departmentsFor(clerk, 'design')).toEqual(new Set());
  });
});

describe('department boundary over HTTP', () => {
  let t: TestApp;
  let kosodateDesigner: StaffInject;
  let kosodateClerk: StaffInject;
  let kaigoClerk: StaffInject;
  let admin: StaffInject;
  let nobody: StaffInject;

  beforeAll(async () => {
    t = await createTestApp();
    kosodateDesigner = await loginAs(t.app, 'k-designer', [{ department: KOSODATE, role: 'designer' }]);
    kosodateClerk = await loginAs(t.app, 'k-clerk', [{ department: KOSODATE, role: 'clerk' }]);
    kaigoClerk = await loginAs(t.app, 'kaigo-clerk', [{ department: KAIGO, role: 'clerk' }]);
    admin = await loginAs(t.app, 'admin', [{ department: '情報政策課', role: 'admin' }]);
    nobody = await loginAs(t.app, 'no-roles', []);
    // 介護保険課 has a draft too, so every route has something to refuse.
    const draft = { ...libraryForm('nursing-care/youkaigo-nintei.json'), title: { ja: '要介護認定（改訂中）' } };
    expect((await admin({ method: 'PUT', url: `/api/staff/forms/${KAIGO_FORM}/draft`, payload: { definition: draft } })).statusCode).toBe(200);
  });
  afterAll(async () => t.close());

  const createAs = (who: StaffInject, payload: object) => who({ method: 'POST', url: '/api/staff/forms', payload });

  const kaigoRoutes = (): [string, string, object?][] => [
    ['GET', `/api/staff/forms/${KAIGO_FORM}`],
    ['GET', `/api/staff/forms/${KAIGO_FORM}/versions/1`],
    ['PUT', `/api/staff/forms/${KAIGO_FORM}/draft`, { definition: libraryForm('nursing-care/youkaigo-nintei.json') }],
    ['DELETE', `/api/staff/forms/${KAIGO_FORM}/draft`],
    ['POST', `/api/staff/forms/${KAIGO_FORM}/publish`, {}],
    ['POST', `/api/staff/forms/${KAIGO_FORM}/unpublish`, {}],
    ['GET', `/api/staff/forms/${KAIGO_FORM}/export`],
    ['GET', `/api/staff/forms/${KAIGO_FORM}/preview`],
    ['GET', `/api/staff/forms/${KAIGO_FORM}/preview/validator.js`],
  ];

  it.each([
    ['a designer of 子育て支援課', () => kosodateDesigner],
    ['a clerk of 子育て支援課', () => kosodateClerk],
    ['a user without roles', () => nobody],
  ])('%s cannot read, draft, publish, export or preview a form of 介護保険課: it answers 404', async (_, who) => {
    for (const [method, url, payload] of kaigoRoutes()) {
      const res = await who()({ method: method as 'GET', url, payload });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json().error).toBe('formNotFound');
    }
    const list = (await who()('/api/staff/forms')).json().forms.map((f: { id: string }) => f.id);
    expect(list).not.toContain(KAIGO_FORM);
    // Nothing changed: the draft is still there, the form still public.
    const form = (await admin(`/api/staff/forms/${KAIGO_FORM}`)).json();
    expect(form.draft.title.ja).toBe('要介護認定（改訂中）');
    expect(form.versions).toHaveLength(1);
    expect((await t.app.inject(`/api/forms/${KAIGO_FORM}`)).statusCode).toBe(200);
  });

  it('answers a form of another department exactly like one that does not exist', async () => {
    const other = await kosodateDesigner(`/api/staff/forms/${KAIGO_FORM}`);
    const missing = await kosodateDesigner('/api/staff/forms/no-such-form');
    expect(other.json()).toEqual(missing.json());
  });

  it('does not let a designer copy, create in, or move a form to a department they do not design', async () => {
    const copy = await createAs(kosodateDesigner, { copyOf: KAIGO_FORM, id: 'stolen-copy' });
    expect(copy.statusCode).toBe(400);
    expect(copy.json().errors).toEqual([expect.objectContaining({ path: '/copyOf' })]);

    const blank = await createAs(kosodateDesigner, { blank: { id: 'kaigo-new', title: '新しい手続', department: KAIGO, category: 'nursing-care' } });
    expect(blank.statusCode).toBe(403);
    const template = await createAs(kosodateDesigner, { template: 'nursing-care/youkaigo-koushin', id: 'koushin-copy' });
    expect(template.statusCode).toBe(403);
    const definition = { ...libraryForm('nursing-care/youkaigo-nintei.json'), id: 'imported-kaigo' };
    const imported = await createAs(kosodateDesigner, { definition });
    expect(imported.statusCode).toBe(403);
    // A template of another department may be started in one's own.
    const own = await createAs(kosodateDesigner, { template: 'nursing-care/youkaigo-koushin', id: 'koushin-kosodate', department: KOSODATE });
    expect(own.statusCode).toBe(201);

    const moved = { ...libraryForm('childcare/jidou-teate-nintei.json') };
    moved.settings = { ...moved.settings, department: KAIGO };
    const draft = await kosodateDesigner({ method: 'PUT', url: `/api/staff/forms/${KOSODATE_FORM}/draft`, payload: { definition: moved } });
    expect(draft.statusCode).toBe(400);
    expect(draft.json().errors).toEqual([expect.objectContaining({ path: '/settings/department' })]);
    const publish = await kosodateDesigner({ method: 'POST', url: `/api/staff/forms/${KOSODATE_FORM}/publish`, payload: { definition: moved } });
    expect(publish.statusCode).toBe(400);
    expect((await t.app.inject(`/api/forms/${KOSODATE_FORM}`)).json().version).toBe(1);
  });

  it('lets a clerk read the forms of their department but not change them', async () => {
    for (const path of ['', '/versions/1', '/export', '/preview']) {
      const url = `/api/staff/forms/${KAIGO_FORM}${path}`;
      expect((await kaigoClerk(url)).statusCode, url).toBe(200);
    }
    for (const [method, url, payload] of kaigoRoutes().filter(([m]) => m !== 'GET')) {
      const res = await kaigoClerk({ method: method as 'GET', url, payload });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error).toBe('forbidden');
    }
    const create = await createAs(kaigoClerk, { blank: { id: 'clerk-made', title: 'x', department: KAIGO, category: 'other' } });
    expect(create.statusCode).toBe(403);
    const list = (await kaigoClerk('/api/staff/forms')).json().forms;
    expect(new Set(list.map((f: { department: string }) => f.department))).toEqual(new Set([KAIGO]));
  });

  it('lists only the departments a user has a role in; an administrator sees every form', async () => {
    const mine = (await kosodateDesigner('/api/staff/forms')).json().forms as { id: string; department: string }[];
    expect(mine.every((f) => f.department === KOSODATE)).toBe(true);
    expect(mine.map((f) => f.id)).toContain(KOSODATE_FORM);
    expect((await nobody('/api/staff/forms')).json().forms).toEqual([]);
    const all = (await admin('/api/staff/forms')).json().forms as { id: string }[];
    expect(all.map((f) => f.id)).toEqual(expect.arrayContaining([KAIGO_FORM, KOSODATE_FORM, 'risai-shomei']));
  });
});
