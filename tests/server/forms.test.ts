import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../core/definition.ts';
import { instantiateValidator, type ValidatorFactory } from '../../core/validator-runtime.ts';
import { publishDefinition } from '../../server/forms/publish.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { libraryForm, submit } from '../helpers/fixtures.ts';

let t: TestApp;
let clock = new Date('2026-11-22T00:00:00Z');
beforeEach(async () => {
  clock = new Date('2026-11-22T00:00:00Z');
  t = await createTestApp({}, () => clock);
});
afterEach(async () => t.close());

async function publish(def: FormDefinition) {
  await t.app.ctx.writes.run((tx) => publishDefinition(tx, def, 'test'));
  await t.app.ctx.catalog.reload();
}

const opinion = () => libraryForm('opinion/shichou-tayori.json');

describe('GET /api/forms', () => {
  it('lists the published library with titles, categories and departments', async () => {
    const res = await t.app.inject('/api/forms');
    expect(res.statusCode).toBe(200);
    const forms = res.json().forms as { id: string; category: string; department: string; title: { ja: string } }[];
    expect(forms.map((f) => f.id)).toEqual(expect.arrayContaining(['risai-shomei', 'jidou-teate-nintei', 'shichou-tayori']));
    const risai = forms.find((f) => f.id === 'risai-shomei')!;
    expect(risai.category).toBe('disaster');
    expect(risai.title.ja).toBe('罹災証明書交付申請');
    expect(new Set(forms.map((f) => f.category))).toEqual(new Set(['childcare', 'nursing-care', 'disaster', 'maternal-health', 'opinion', 'other']));
  });

  it('leaves out a form that is closed', async () => {
    await publish({ ...opinion(), settings: { ...opinion().settings, closesAt: '2026-11-01T00:00:00+09:00' } });
    const ids = (await t.app.inject('/api/forms')).json().forms.map((f: { id: string }) => f.id);
    expect(ids).not.toContain('shichou-tayori');
  });
});

describe('GET /api/forms/:id', () => {
  it('gives the current version with its rules and a validator module that runs without ajv', async () => {
    const res = await t.app.inject('/api/forms/risai-shomei');
    const form = res.json();
    expect(form).toMatchObject({ id: 'risai-shomei', version: 1, open: true });
    expect(form.rules.length).toBeGreaterThan(0);
    const mod = await t.app.inject(form.validatorUrl);
    expect(mod.statusCode).toBe(200);
    expect(mod.headers['content-type']).toContain('javascript');
    expect(mod.headers['cache-control']).toContain('immutable');
    const file = join(mkdtempSync(join(tmpdir(), 'v-')), 'v.mjs');
    writeFileSync(file, mod.body);
    const validator = instantiateValidator(((await import(pathToFileURL(file).href)) as { default: ValidatorFactory }).default);
    expect(validator.validate(form.definition.example)).toEqual([]);
    expect(validator.validate({})).not.toEqual([]);
  });

  it('says why a closed form is closed', async () => {
    await publish({
      ...opinion(),
      settings: { ...opinion().settings, closesAt: '2026-11-01T00:00:00+09:00', closedMessage: { ja: '窓口へお越しください。' } },
    });
    const form = (await t.app.inject('/api/forms/shichou-tayori')).json();
    expect(form).toMatchObject({ open: false, closedReason: 'closed', closedMessage: '窓口へお越しください。' });
    const res = await submit(t.app, 'shichou-tayori', opinion().example);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('受付は終了しました');
  });

  it('404s an unknown form with a clear message', async () => {
    const res = await t.app.inject({ url: '/api/forms/nope', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toContain('not found');
  });
});

describe('versions and capacity', () => {
  it('keeps a submission tied to the version it was filed against', async () => {
    const v1 = opinion();
    await publish({ ...v1, title: { ja: 'ご意見・ご提案' } });
    expect((await t.app.inject('/api/forms/shichou-tayori')).json().version).toBe(2);
    const old = await submit(t.app, 'shichou-tayori', v1.example, {}, 1);
    expect(old.statusCode, old.body).toBe(201);
    const status = await t.app.inject(`/api/submissions/${old.json().statusUrl.split('/s/')[1]}`);
    expect(status.json().form.title.ja).toBe(v1.title.ja);
    expect((await submit(t.app, 'shichou-tayori', v1.example, {}, 99)).statusCode).toBe(409);
  });

  it('stops at capacity with a clear 409', async () => {
    await publish({ ...opinion(), settings: { ...opinion().settings, capacity: 2 } });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await submit(t.app, 'shichou-tayori', opinion().example)).statusCode);
    expect(codes).toEqual([201, 201, 409]);
  });

  it('opens at opensAt', async () => {
    await publish({ ...opinion(), settings: { ...opinion().settings, opensAt: '2026-12-01T09:00:00+09:00' } });
    expect((await submit(t.app, 'shichou-tayori', opinion().example)).json().error).toBe('notYetOpen');
    clock = new Date('2026-12-01T00:00:00Z');
    expect((await submit(t.app, 'shichou-tayori', opinion().example)).statusCode).toBe(201);
  });
});
