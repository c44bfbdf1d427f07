// Building and publishing forms over the staff API: the four ways to start a form, drafts
// that may be unfinished, definition validation with JSON Pointer paths, publishing,
// unpublishing, versions, export and the builder's preview, up to a citizen filing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../core/definition.ts';
import { instantiateValidator, type ValidatorFactory } from '../../core/validator-runtime.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { libraryForm, minimalForm, submit, upload } from '../helpers/fixtures.ts';
import { injectWithLogin, loginAs, type StaffInject } from '../helpers/staff.ts';

const DEPT = '市民協働課';
let clock = new Date('2026-11-22T00:00:00Z');
let t: TestApp;
let designer: StaffInject;

beforeAll(async () => {
  t = await createTestApp({}, () => clock);
  designer = await loginAs(t.app, 'designer', [{ department: DEPT, role: 'designer' }]);
});
afterAll(async () => t.close());

/** A small valid form of our department. */
function form(id: string): FormDefinition {
  const def = minimalForm(id);
  def.settings = { department: DEPT };
  return def;
}

const create = (payload: object) => designer({ method: 'POST', url: '/api/staff/forms', payload });
const saveDraft = (id: string, definition: unknown) => designer({ method: 'PUT', url: `/api/staff/forms/${id}/draft`, payload: { definition } });
const publish = (id: string, payload: object = {}) => designer({ method: 'POST', url: `/api/staff/forms/${id}/publish`, payload });
const paths = (res: { json(): { errors?: { path: string }[] } }) => (res.json().errors ?? []).map((e) => e.path);

describe('creating a form', () => {
  it('from blank: a draft with one empty page and no version', async () => {
    const res = await create({ blank: { id: 'blank-one', title: '空の手続', department: DEPT, category: 'other' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: 'blank-one' });
    const got = (await designer('/api/staff/forms/blank-one')).json();
    expect(got).toMatchObject({ id: 'blank-one', department: DEPT, published: false, currentVersion: null, versions: [] });
    expect(got.draft).toMatchObject({ id: 'blank-one', title: { ja: '空の手続' }, category: 'other', settings: { department: DEPT } });
    expect(got.draft.ui.pages).toHaveLength(1);
    expect(got.draft.ui.pages[0].elements).toEqual([]);
    expect(got.draftSavedAt).toBe(clock.toISOString());
    const listed = (await designer('/api/staff/forms')).json().forms.find((f: { id: string }) => f.id === 'blank-one');
    expect(listed).toMatchObject({ title: { ja: '空の手続' }, department: DEPT, currentVersion: null, hasDraft: true, published: false });
    expect((await t.app.inject('/api/forms/blank-one')).statusCode).toBe(404);

    expect((await create({ blank: { id: 'blank-one', title: 'x', department: DEPT, category: 'other' } })).json().error).toBe('exists');
    const bad = await create({ blank: { id: 'Bad Id', title: '', department: '', category: 'sports' } });
    expect(bad.statusCode).toBe(400);
    expect(paths(bad)).toEqual(['/blank/id', '/blank/title', '/blank/department', '/blank/category']);
    expect((await create({})).statusCode).toBe(400);
  });

  it('will not publish a form without a question', async () => {
    await create({ blank: { id: 'blank-two', title: '空', department: DEPT, category: 'other' } });
    const res = await publish('blank-two');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalidDefinition', errors: [{ path: '/ui/pages', message: '公開する前に、質問を1つ以上追加してください。' }] });
  });

  it('from a library template, listed with its path', async () => {
    const templates = (await designer('/api/staff/templates')).json().templates;
    const risai = libraryForm('disaster/risai-shomei.json');
    const { title, settings } = risai;
    expect(templates).toContainEqual({ template: 'disaster/risai-shomei', id: 'risai-shomei', title, category: 'disaster', department: settings.department });
    expect(templates).toHaveLength(12);
    expect((await create({ template: 'opinion/shichou-tayori', department: DEPT })).json().error).toBe('exists'); // the seed has that id
    const res = await create({ template: 'opinion/shichou-tayori', id: 'iken-bako', department: DEPT });
    expect(res.statusCode).toBe(201);
    const draft = (await designer('/api/staff/forms/iken-bako')).json().draft;
    const source = libraryForm('opinion/shichou-tayori.json');
    expect(draft).toEqual({ ...source, id: 'iken-bako', settings: { ...source.settings, department: DEPT } });
    for (const template of ['../package', 'opinion/../../package', 'nope/nothing']) {
      const bad = await create({ template, id: 'x-template', department: DEPT });
      expect(bad.statusCode).toBe(400);
      expect(paths(bad)).toEqual(['/template']);
    }
  });

  it('as a copy of a form of the department', async () => {
    await create({ definition: form('copy-source') });
    const res = await create({ copyOf: 'copy-source', id: 'copy-target' });
    expect(res.statusCode).toBe(201);
    expect((await designer('/api/staff/forms/copy-target')).json().draft).toEqual(form('copy-target'));
    expect(paths(await create({ copyOf: 'copy-source' }))).toEqual(['/id']);
    expect(paths(await create({ copyOf: 'no-such-form', id: 'copy-x' }))).toEqual(['/copyOf']);
  });

  it('by importing a definition: stored as a draft, never published by the import', async () => {
    const res = await create({ definition: form('imported') });
    expect(res.statusCode).toBe(201);
    const got = (await designer('/api/staff/forms/imported')).json();
    expect(got.draft).toEqual(form('imported'));
    expect(got.versions).toEqual([]);
    expect((await t.app.inject('/api/forms/imported')).statusCode).toBe(404);
  });
});

describe('validating an imported definition', () => {
  /** Imports `def` and expects a 400 listing `expected` paths; nothing may be stored. */
  async function refused(def: unknown, expected: string[], messagePart?: RegExp) {
    const res = await create({ definition: def });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toBe('invalidDefinition');
    expect(paths(res)).toEqual(expected);
    if (messagePart) expect(res.json().errors.map((e: { message: string }) => e.message).join('\n')).toMatch(messagePart);
    const id = (def as { id?: unknown })?.id;
    if (typeof id === 'string') expect((await designer(`/api/staff/forms/${id}`)).statusCode).toBe(404);
  }

  function twoFields(id: string): FormDefinition {
    const def = form(id);
    def.schema = { type: 'object', additionalProperties: false, properties: { a: { type: 'string' }, b: { type: 'string' } } };
    def.ui.pages[0]!.elements = [
      { field: 'a', widget: 'text', label: { ja: 'A' } },
      { field: 'b', widget: 'text', label: { ja: 'B' } },
    ];
    def.example = {};
    return def;
  }

  it('refuses a rule that points at a missing field', async () => {
    const def = twoFields('bad-rule-field');
    def.ui.rules = [{ show: 'b', when: { properties: { ghost: { const: 'x' } }, required: ['ghost'] } }];
    await refused(def, ['/ui/rules/0'], /ない項目「ghost」/);
  });

  it('refuses rules that form a cycle', async () => {
    const def = twoFields('bad-rule-cycle');
    def.ui.rules = [
      { show: 'a', when: { properties: { b: { const: 'x' } }, required: ['b'] } },
      { show: 'b', when: { properties: { a: { const: 'y' } }, required: ['a'] } },
    ];
    await refused(def, ['/ui/rules/0'], /循環/);
  });

  it('refuses an unknown widget', async () => {
    const def = twoFields('bad-widget');
    (def.ui.pages[0]!.elements[1] as { widget: string }).widget = 'slider';
    await refused(def, ['/ui/pages/0/elements/1'], /「slider」という種類の項目はありません/);
  });

  it('refuses duplicate field keys', async () => {
    const def = twoFields('bad-duplicate');
    def.ui.pages[0]!.elements.push({ field: 'a', widget: 'textarea', label: { ja: 'A again' } });
    await refused(def, ['/ui/pages/0/elements/2'], /2回使われています/);
  });

  it('reports every problem at once', async () => {
    const def = twoFields('bad-many');
    (def.ui.pages[0]!.elements[0] as { widget: string }).widget = 'slider';
    def.ui.rules = [{ show: 'nothing', when: { properties: { a: { const: 'x' } } } }];
    def.title = { ja: '' };
    await refused(def, ['/title', '/ui/pages/0/elements/0', '/ui/rules/0']);
  });

  it('refuses a definition larger than 512 KB', async () => {
    const def = twoFields('bad-large');
    def.description = { ja: 'あ'.repeat(200_000) }; // 600 KB of UTF-8
    await refused(def, [''], /512KB/);
  });

  it('refuses more than 500 elements', async () => {
    const def = twoFields('bad-elements');
    for (let i = 0; i < 499; i++) def.ui.pages[0]!.elements.push({ content: { ja: `説明${i}` } });
    await refused(def, ['/ui/pages'], /501/);
  });

  it('refuses a schema that is not valid JSON Schema and an example that does not fit', async () => {
    const def = twoFields('bad-schema');
    (def.schema.properties as Record<string, object>).a = { type: 'string', maxLenght: 3 };
    await refused(def, ['/schema'], /maxLenght/);
    const example = twoFields('bad-example');
    example.example = { a: 5 };
    await refused(example, ['/example/a']);
  });

  it('answers 400, never 500, to definitions of any shape', async () => {
    await refused('a string', ['']);
    await refused([], ['']);
    await refused({ id: 'bad-shape' }, ['/schema', '/ui', '/settings']);
    const def = twoFields('bad-shape-2') as unknown as { ui: { pages: unknown[]; rules: unknown } };
    def.ui.pages.push({ id: 'p2', title: { ja: '2' }, elements: 'none' }, null);
    def.ui.rules = [null, { show: 1, when: {} }];
    await refused(def, ['/ui/pages/1/elements', '/ui/pages/2', '/ui/rules/0', '/ui/rules/1']);
    const nested = twoFields('bad-shape-3') as unknown as { ui: { pages: { elements: unknown[] }[] } };
    const group = (field: string, elements: unknown[]) => ({ field, widget: 'group', label: { ja: field }, elements });
    nested.ui.pages[0]!.elements.push(null, { widget: 'text' }, group('g', [group('h', [group('i', [])])]));
    await refused(nested, ['/ui/pages/0/elements/2', '/ui/pages/0/elements/3', '/ui/pages/0/elements/4/elements/0/elements/0/elements']);
  });

  it('names paths in the language asked for', async () => {
    const res = await designer({ method: 'POST', url: '/api/staff/forms', payload: { definition: 'x' }, headers: { 'accept-language': 'en' } });
    expect(res.json()).toMatchObject({
      message: 'The form has problems. See each item in the list.',
      errors: [{ path: '', message: 'An object ({ }) is needed here.' }],
    });
  });
});

describe('drafts', () => {
  it('saves an unfinished draft and lists its problems', async () => {
    await create({ definition: form('draft-one') });
    const def = form('draft-one');
    def.ui.pages[0]!.elements.push({ field: 'extra', widget: 'slider' as 'text', label: { ja: '' } });
    clock = new Date(clock.getTime() + 60_000);
    const res = await saveDraft('draft-one', def);
    expect(res.statusCode).toBe(200);
    expect(res.json().savedAt).toBe(clock.toISOString());
    const problems = res.json().problems as { path: string; message: string }[];
    expect(problems.map((p) => p.path)).toEqual(['/ui/pages/0/elements/1', '/ui/pages/0/elements/1', '/ui/pages/0/elements/1']);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/「slider」という種類[^]*質問文（日本語）[^]*データの定義（schema）にありません/);
    const got = (await designer('/api/staff/forms/draft-one')).json();
    expect(got.draft).toEqual(def);
    expect(got.draftSavedAt).toBe(clock.toISOString());
    expect((await publish('draft-one')).statusCode).toBe(400);
    expect((await designer('/api/staff/forms/draft-one')).json().versions).toEqual([]);
  });

  it("refuses what is not a definition of this form, or too large", async () => {
    await create({ definition: form('draft-two') });
    expect(paths(await saveDraft('draft-two', 'text'))).toEqual(['']);
    expect(paths(await saveDraft('draft-two', form('other-id')))).toEqual(['/id']);
    const large = form('draft-two');
    large.description = { ja: 'あ'.repeat(200_000) };
    const res = await saveDraft('draft-two', large);
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(['']);
    expect((await designer('/api/staff/forms/draft-two')).json().draft).toEqual(form('draft-two'));
  });

  it('discards a draft; a form never published goes with it', async () => {
    await create({ definition: form('draft-gone') });
    expect((await designer({ method: 'DELETE', url: '/api/staff/forms/draft-gone/draft' })).statusCode).toBe(204);
    expect((await designer('/api/staff/forms/draft-gone')).statusCode).toBe(404);

    await create({ definition: form('draft-kept') });
    await publish('draft-kept');
    await saveDraft('draft-kept', { ...form('draft-kept'), title: { ja: '改訂中' } });
    await designer({ method: 'DELETE', url: '/api/staff/forms/draft-kept/draft' });
    const kept = (await designer('/api/staff/forms/draft-kept')).json();
    expect(kept).toMatchObject({ draft: null, draftSavedAt: null, currentVersion: 1, published: true });
  });
});

describe('publishing', () => {
  it('blank → draft → publish → a citizen sees it and files it', async () => {
    expect((await create({ blank: { id: 'round-trip', title: '往復の手続', department: DEPT, category: 'other' } })).statusCode).toBe(201);
    const def = (await designer('/api/staff/forms/round-trip')).json().draft as FormDefinition;
    def.schema = { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string', maxLength: 20 } } };
    def.ui.pages[0]!.elements = [{ field: 'name', widget: 'text', label: { ja: 'お名前' } }];
    expect((await saveDraft('round-trip', def)).json().problems).toEqual([]);

    const res = await publish('round-trip');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ version: 1 });
    const got = (await designer('/api/staff/forms/round-trip')).json();
    expect(got).toMatchObject({ draft: null, draftSavedAt: null, published: true, currentVersion: 1 });
    expect(got.versions).toEqual([{ version: 1, publishedAt: clock.toISOString(), publishedBy: 'designer' }]);
    const listed = (await designer('/api/staff/forms')).json().forms.find((f: { id: string }) => f.id === 'round-trip');
    expect(listed).toMatchObject({ title: { ja: '往復の手続' }, currentVersion: 1, hasDraft: false, published: true });

    const pub = (await t.app.inject('/api/forms/round-trip')).json();
    expect(pub).toMatchObject({ id: 'round-trip', version: 1, open: true, definition: { title: { ja: '往復の手続' } } });
    expect((await t.app.inject('/api/forms')).json().forms.map((f: { id: string }) => f.id)).toContain('round-trip');
    const filed = await submit(t.app, 'round-trip', { name: '窓口 太郎' });
    expect(filed.statusCode, filed.body).toBe(201);
    expect((await submit(t.app, 'round-trip', {})).statusCode).toBe(400);
  });

  it('publishes a definition given in the request, and keeps every version readable', async () => {
    await create({ definition: form('versions') });
    expect((await publish('versions')).json().version).toBe(1);
    const v2 = { ...form('versions'), title: { ja: '第2版' } };
    expect((await publish('versions', { definition: v2 })).json().version).toBe(2);
    const v1 = (await designer('/api/staff/forms/versions/versions/1')).json();
    expect(v1).toMatchObject({ version: 1, definition: { title: { ja: 'テスト手続' } }, publishedBy: 'designer' });
    expect(v1.schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect((await designer('/api/staff/forms/versions/versions/2')).json().definition.title.ja).toBe('第2版');
    expect((await designer('/api/staff/forms/versions/versions/3')).statusCode).toBe(404);
    expect((await t.app.inject('/api/forms/versions')).json().version).toBe(2);
    // The seed's versions were published by nobody.
    const admin = await loginAs(t.app, 'versions-admin', [{ department: '情報政策課', role: 'admin' }]);
    const seedVersions = (await admin('/api/staff/forms/risai-shomei')).json().versions;
    expect(seedVersions).toEqual([{ version: 1, publishedAt: expect.any(String), publishedBy: null }]);
  });

  it('publishes nothing when the definition has problems', async () => {
    await create({ definition: form('no-publish') });
    const broken = form('no-publish');
    broken.ui.rules = [{ show: 'ghost', when: { required: ['name'] } }];
    const res = await publish('no-publish', { definition: broken });
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(['/ui/rules/0']);
    expect((await designer('/api/staff/forms/no-publish')).json()).toMatchObject({ versions: [], published: false });
    expect((await publish('no-publish', { definition: { ...form('no-publish'), id: 'other' } })).statusCode).toBe(400);
  });

  it('unpublishes: citizens no longer see or file it, until it is published again', async () => {
    await create({ definition: form('take-down') });
    await publish('take-down');
    expect((await designer({ method: 'POST', url: '/api/staff/forms/take-down/unpublish', payload: {} })).statusCode).toBe(204);
    expect((await t.app.inject('/api/forms/take-down')).statusCode).toBe(404);
    expect((await t.app.inject('/api/forms')).json().forms.map((f: { id: string }) => f.id)).not.toContain('take-down');
    expect((await submit(t.app, 'take-down', { name: '窓口 太郎' })).statusCode).toBe(404);
    expect((await upload(t.app, 'take-down')).statusCode).toBe(404);
    expect((await designer('/api/staff/forms/take-down')).json()).toMatchObject({ published: false, currentVersion: 1 });
    expect((await designer('/api/staff/forms')).json().forms.find((f: { id: string }) => f.id === 'take-down')).toMatchObject({ published: false });

    const back = await publish('take-down');
    expect(back.statusCode).toBe(201);
    expect(back.json()).toEqual({ version: 1 });
    expect((await t.app.inject('/api/forms/take-down')).statusCode).toBe(200);
    expect((await submit(t.app, 'take-down', { name: '窓口 太郎' })).statusCode).toBe(201);
    expect((await publish('take-down')).json().error).toBe('noDraft');
  });
});

describe('opening dates, closing message and capacity set by staff', () => {
  it('are in force once published', async () => {
    const def = form('dates');
    const closedMessage = { ja: '窓口へお越しください。', en: 'Please come to the counter.' };
    def.settings = { department: DEPT, closesAt: '2026-11-01T00:00:00+09:00', closedMessage };
    await create({ definition: def });
    await publish('dates');
    const closed = (await t.app.inject({ url: '/api/forms/dates', headers: { 'accept-language': 'en' } })).json();
    expect(closed).toMatchObject({ open: false, closedReason: 'closed', closedMessage: 'Please come to the counter.' });
    expect((await t.app.inject('/api/forms')).json().forms.map((f: { id: string }) => f.id)).not.toContain('dates');
    expect((await submit(t.app, 'dates', { name: '窓口 太郎' })).json().error).toBe('closed');
    const listed = (await designer('/api/staff/forms')).json().forms.find((f: { id: string }) => f.id === 'dates');
    expect(listed).toMatchObject({ closesAt: '2026-11-01T00:00:00+09:00' });

    const opens = new Date(clock.getTime() + 24 * 60 * 60 * 1000).toISOString();
    await publish('dates', { definition: { ...def, settings: { department: DEPT, opensAt: opens, capacity: 1 } } });
    expect((await submit(t.app, 'dates', { name: '窓口 太郎' })).json().error).toBe('notYetOpen');
    clock = new Date(opens);
    expect((await submit(t.app, 'dates', { name: '窓口 太郎' })).statusCode).toBe(201);
    const full = await submit(t.app, 'dates', { name: '窓口 花子' });
    expect(full.statusCode).toBe(409);
    expect(full.json().error).toBe('full');
    // A day passed: the session timed out; log in again for the tests that follow.
    expect((await designer('/api/staff/session')).statusCode).toBe(401);
    designer = await injectWithLogin(t.app, 'designer');
  });
});

describe('export', () => {
  it('downloads the draft, else the current definition, as a JSON attachment', async () => {
    const admin = await loginAs(t.app, 'export-admin', [{ department: '情報政策課', role: 'admin' }]);
    const seed = await admin('/api/staff/forms/risai-shomei/export');
    expect(seed.statusCode).toBe(200);
    expect(seed.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(seed.headers['content-disposition']).toBe('attachment; filename="risai-shomei.json"');
    expect(JSON.parse(seed.body)).toEqual(libraryForm('disaster/risai-shomei.json'));

    await create({ definition: form('exported') });
    expect(JSON.parse((await designer('/api/staff/forms/exported/export')).body)).toEqual(form('exported'));
    // What was exported imports again (how cities share forms).
    const again = await create({ definition: { ...JSON.parse(seed.body), id: 'risai-imported', settings: { department: DEPT } } });
    expect(again.statusCode).toBe(201);
  });
});

describe('preview', () => {
  async function loadValidator(url: string) {
    const res = await designer(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    const file = join(mkdtempSync(join(tmpdir(), 'preview-')), 'v.mjs');
    writeFileSync(file, res.body);
    return instantiateValidator(((await import(pathToFileURL(file).href)) as { default: ValidatorFactory }).default);
  }

  it('shapes the draft like the public form, with a validator module of its own', async () => {
    await create({ definition: form('previewed') });
    const res = await designer('/api/staff/forms/previewed/preview');
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview).toMatchObject({ id: 'previewed', version: 0, open: true, definition: form('previewed'), rules: [], problems: [] });
    expect(preview.schema.required).toEqual(['name']);
    expect(preview.validatorUrl).toMatch(/^\/api\/staff\/forms\/previewed\/preview\/validator\.js\?rev=[\w-]+$/);
    const validator = await loadValidator(preview.validatorUrl);
    expect(validator.validate({ name: '窓口 花子' })).toEqual([]);
    expect(validator.validate({})).not.toEqual([]);

    // A change of wording keeps the module; a change of the data contract makes a new one.
    await saveDraft('previewed', { ...form('previewed'), title: { ja: '言い換え' } });
    const reworded = (await designer('/api/staff/forms/previewed/preview')).json();
    expect(reworded.definition.title.ja).toBe('言い換え');
    expect(reworded.validatorUrl).toBe(preview.validatorUrl);
    const changed = form('previewed');
    changed.schema = { ...changed.schema, required: [] };
    await saveDraft('previewed', changed);
    const next = (await designer('/api/staff/forms/previewed/preview')).json();
    expect(next.validatorUrl).not.toBe(preview.validatorUrl);
    expect((await loadValidator(next.validatorUrl)).validate({})).toEqual([]);
    // Without a rev (or an unknown one) the module is built from the draft as it is now.
    expect((await loadValidator('/api/staff/forms/previewed/preview/validator.js')).validate({})).toEqual([]);
  });

  it('previews a draft with problems when it compiles, and says why when it cannot', async () => {
    await create({ definition: form('preview-problems') });
    const unfinished = form('preview-problems');
    (unfinished.ui.pages[0]!.elements[0] as { label: object }).label = { ja: '' };
    await saveDraft('preview-problems', unfinished);
    const res = await designer('/api/staff/forms/preview-problems/preview');
    expect(res.statusCode).toBe(200);
    expect(res.json().problems.map((p: { path: string }) => p.path)).toEqual(['/ui/pages/0/elements/0']);

    const broken = form('preview-problems');
    (broken.schema.properties as Record<string, object>).name = { type: 'strnig' };
    await saveDraft('preview-problems', broken);
    const bad = await designer('/api/staff/forms/preview-problems/preview');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('invalidDefinition');
    expect(paths(bad)).toEqual(['/schema']);
    expect((await designer('/api/staff/forms/preview-problems/preview/validator.js')).statusCode).toBe(400);
  });

  it('shows a form before it opens (staff check it first)', async () => {
    const def = form('preview-later');
    def.settings = { department: DEPT, opensAt: '2099-01-01T00:00:00+09:00' };
    await create({ definition: def });
    await publish('preview-later');
    expect((await t.app.inject('/api/forms/preview-later')).json().open).toBe(false);
    expect((await designer('/api/staff/forms/preview-later/preview')).json()).toMatchObject({ open: true, version: 1 });
  });
});
