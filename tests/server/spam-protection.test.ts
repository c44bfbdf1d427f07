import { webcrypto } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { UsedProofs } from '../../server/spam/used-proofs.ts';
import { submissions } from '../../server/store/tables.ts';
import { type ProofChallenge, proofHeader, solveChallenge } from '../../web/citizen/lib/proof-solver.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { minimalForm } from '../helpers/fixtures.ts';
import { loginAs } from '../helpers/staff.ts';

const ON = { enabled: true, maxNumber: 2000, ttlSeconds: 600 };

describe('proof of work on public filing', () => {
  let t: TestApp;
  let clock = new Date('2026-12-01T01:00:00Z');
  afterEach(() => t?.close());

  async function app(spamProof = ON) {
    clock = new Date('2026-12-01T01:00:00Z');
    t = await createTestApp({ spamProof }, () => clock);
    const designer = await loginAs(t.app, 'spam-designer', [{ department: 'テスト課', role: 'designer' }]);
    for (const id of ['test-minimal', 'test-other']) {
      expect((await designer({ method: 'POST', url: '/api/staff/forms', payload: { definition: minimalForm(id) } })).statusCode).toBe(201);
      expect((await designer({ method: 'POST', url: `/api/staff/forms/${id}/publish`, payload: {} })).statusCode).toBe(201);
    }
  }

  async function challenge(formId = 'test-minimal'): Promise<ProofChallenge> {
    const res = await t.app.inject({ url: `/api/forms/${formId}/challenge` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    return res.json();
  }

  async function solved(formId = 'test-minimal'): Promise<string> {
    const c = await challenge(formId);
    const number = await solveChallenge(c, webcrypto.subtle as SubtleCrypto);
    expect(number).not.toBeNull();
    return proofHeader(c, number!);
  }

  function file(proof: string | undefined, headers: Record<string, string> = {}, formId = 'test-minimal') {
    return t.app.inject({
      method: 'POST',
      url: `/api/forms/${formId}/submissions`,
      payload: { answers: { name: '窓口 花子' } },
      headers: { ...(proof === undefined ? {} : { 'x-madoguchi-proof': proof }), ...headers },
    });
  }

  const stored = async () => (await t.app.ctx.db.select().from(submissions).orderBy(submissions.id)).length;

  function expectRefused(res: Awaited<ReturnType<typeof file>>, error: string) {
    expect(res.statusCode).toBe(403);
    const body = res.json();
    expect(body).toEqual({ error, message: expect.stringMatching(/入力した内容は消えていません。もう一度「送信する」を押してください/) });
  }

  it('a solved challenge files; a missing, malformed or forged proof is refused in the citizen language, nothing stored', async () => {
    await app();
    const c = await challenge();
    expect(c).toMatchObject({ required: true, algorithm: 'SHA-256', maxnumber: 2000, expiresInSeconds: 600 });
    expect(c.salt).toMatch(/form=test-minimal/);
    expect((await t.app.inject({ url: '/api/forms/no-such-form/challenge' })).statusCode).toBe(404);

    expectRefused(await file(undefined), 'proofRequired');
    const en = await file(undefined, { 'accept-language': 'en' });
    expect(en.json().message).toMatch(/Nothing you typed is lost. Press "Send" again/);
    expectRefused(await file(''), 'proofRequired');
    expectRefused(await file('not base64 json at all'), 'proofInvalid');
    expectRefused(await file(Buffer.from('{"algorithm":"SHA-256"}').toString('base64')), 'proofInvalid');
    expectRefused(await file('x'.repeat(5000)), 'proofInvalid');

    const number = (await solveChallenge(c, webcrypto.subtle as SubtleCrypto))!;
    // A wrong number, a changed salt (e.g. a later expiry) or a made-up signature: refused.
    expectRefused(await file(proofHeader(c, number + 1)), 'proofInvalid');
    expectRefused(await file(proofHeader({ ...c, salt: c.salt.replace(/expires=\d+/, 'expires=9999999999') }, number)), 'proofInvalid');
    expectRefused(await file(proofHeader({ ...c, signature: 'a'.repeat(64) }, number)), 'proofInvalid');
    // Solved for another form: good for that form only.
    expectRefused(await file(await solved('test-other')), 'proofInvalid');
    expect(await stored()).toBe(0);

    const ok = await file(proofHeader(c, number));
    expect(ok.statusCode).toBe(201);
    expect(ok.json().receiptNumber).toMatch(/^\d{4}-\d{4}-\d{2}$/);
    expect(await stored()).toBe(1);
  });

  it('a proof is spent once: replayed, or raced by two requests at once, only one filing', async () => {
    await app();
    const proof = await solved();
    expect((await file(proof)).statusCode).toBe(201);
    expectRefused(await file(proof), 'proofUsed');
    expectRefused(await file(proof, { 'idempotency-key': 'another-key' }), 'proofUsed');

    const raced = await solved();
    const both = await Promise.all([file(raced, { 'idempotency-key': 'k1' }), file(raced, { 'idempotency-key': 'k2' })]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 403]);
    expect(await stored()).toBe(2);
  });

  it('a challenge expires after SPAM_PROOF_TTL_SECONDS on the server clock', async () => {
    await app();
    const proof = await solved();
    clock = new Date(clock.getTime() + 601_000);
    expectRefused(await file(proof), 'proofExpired');
    expect(await stored()).toBe(0);
    expect((await file(await solved())).statusCode).toBe(201);
  });

  it('an Idempotency-Key retry gets its first answer, though its proof is spent (even after it expired)', async () => {
    await app();
    const proof = await solved();
    const first = await file(proof, { 'idempotency-key': 'filing-1' });
    expect(first.statusCode).toBe(201);
    const again = await file(proof, { 'idempotency-key': 'filing-1' });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    clock = new Date(clock.getTime() + 3600_000);
    const later = await file(proof, { 'idempotency-key': 'filing-1' });
    expect(later.json()).toEqual(first.json());
    // The key of a filing that went through never files anew, so it needs no proof either.
    expect((await file(undefined, { 'idempotency-key': 'filing-1' })).json()).toEqual(first.json());
    expect(await stored()).toBe(1);
    // Two filings racing with one key and one proof share one filing.
    const shared = await solved();
    const pair = await Promise.all([file(shared, { 'idempotency-key': 'filing-2' }), file(shared, { 'idempotency-key': 'filing-2' })]);
    expect(pair.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(pair[0]!.json()).toEqual(pair[1]!.json());
    expect(await stored()).toBe(2);
  });

  it('with SPAM_PROOF=off the challenge says none is needed and filing needs no proof; on by default', async () => {
    await app({ ...ON, enabled: false });
    expect((await t.app.inject({ url: '/api/forms/test-minimal/challenge' })).json()).toEqual({ required: false });
    expect((await file(undefined)).statusCode).toBe(201);
    expect(loadConfig({}).spamProof).toMatchObject({ enabled: true, maxNumber: 20_000, ttlSeconds: 1800 });
    expect(loadConfig({ SPAM_PROOF: 'off' }).spamProof.enabled).toBe(false);
    expect(loadConfig({ SPAM_PROOF_MAX_NUMBER: '50000', SPAM_PROOF_KEY: 'k' }).spamProof).toMatchObject({ maxNumber: 50_000, hmacKey: 'k' });
  });

  it('a form that is not published answers 404 as without the protection, not a proof refusal', async () => {
    await app();
    expect((await file(undefined, {}, 'no-such-form')).statusCode).toBe(404);
    const designer = await loginAs(t.app, 'spam-unpublisher', [{ department: 'テスト課', role: 'designer' }]);
    const proof = await solved('test-other');
    expect((await designer({ method: 'POST', url: '/api/staff/forms/test-other/unpublish' })).statusCode).toBe(204);
    const res = await file(proof, {}, 'test-other');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('formNotFound');
  });

  it('staff routes and reading need no proof', async () => {
    await app();
    expect((await t.app.inject({ url: '/api/forms/test-minimal' })).statusCode).toBe(200);
    const clerk = await loginAs(t.app, 'spam-clerk', [{ department: 'テスト課', role: 'clerk' }]);
    expect((await clerk({ url: '/api/staff/submissions' })).statusCode).toBe(200);
  });

  it('the rate limit answers first, so a flood costs the server no HMAC', async () => {
    clock = new Date('2026-12-01T01:00:00Z');
    t = await createTestApp({ spamProof: ON, rateLimits: { submit: 1, upload: 0, login: 0 } }, () => clock);
    const from = () => t.app.inject({ method: 'POST', url: '/api/forms/risai-shomei/submissions', remoteAddress: '198.51.100.20', payload: {} });
    expect((await from()).json().error).toBe('proofRequired');
    expect((await from()).statusCode).toBe(429);
  });
});

describe('spent proofs in memory', () => {
  it('are remembered until they expire, then forgotten (swept at most once a minute)', () => {
    const used = new UsedProofs();
    expect(used.spend('a', 1_000_000, 0, {})).toBeUndefined();
    expect(used.spend('a', 1_000_000, 10, { keyHash: 'k' })).toEqual({ expiresAt: 1_000_000 });
    expect(used.spend('b', 50_000, 20, { keyHash: 'k' })).toBeUndefined();
    expect(used.size).toBe(2);
    expect(used.spend('c', 2_000_000, 59_000, {})).toBeUndefined(); // within the minute: no sweep yet
    expect(used.size).toBe(3);
    expect(used.spend('d', 2_000_000, 61_000, {})).toBeUndefined(); // b expired at 50 s
    expect(used.size).toBe(3);
    // Past its expiry a signature may be recorded again (the expiry check refuses it first anyway).
    expect(used.spend('a', 3_000_000, 1_000_001, {})).toBeUndefined();
  });
});
