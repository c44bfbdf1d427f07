import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidReceiptNumber } from '../../core/receipt-number.ts';
import { attachments, submissionEvents, submissions } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { exampleWithUploads, risaiAnswers, submit } from '../helpers/fixtures.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => t.close());

const rows = async () => (await t.app.ctx.db.select().from(submissions).orderBy(submissions.id));

describe('POST /api/forms/:id/submissions', () => {
  it('files 罹災証明書 durably and answers with a receipt number and a secret status link', async () => {
    const answers = await risaiAnswers(t.app);
    const res = await submit(t.app, 'risai-shomei', answers);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(isValidReceiptNumber(body.receiptNumber)).toBe(true);
    expect(body.receiptNumber).toMatch(/^\d{4}-\d{4}-\d{2}$/);
    const token = body.statusUrl.split('/s/')[1];
    expect(token).toMatch(/^\d{10}[A-Za-z0-9_-]{43}$/);

    const [row] = await rows();
    expect(row!.receiptNumber).toBe(body.receiptNumber);
    expect(row!.formVersion).toBe(1);
    expect(row!.status).toBe('received');
    expect(row!.tokenHash).not.toContain(token.slice(10)); // only the secret's hash is stored
    expect((row!.answers as Record<string, unknown>).cause).toBe('heavy-rain');
    expect(await t.app.ctx.db.select().from(submissionEvents).orderBy(submissionEvents.id)).toHaveLength(0); // filing is the row itself
    const [file] = await t.app.ctx.db.select().from(attachments);
    expect(file!.submissionId).toBe(row!.id);
  });

  it('files 児童手当 認定請求 with two children', async () => {
    const answers = await exampleWithUploads(t.app, 'childcare/jidou-teate-nintei.json');
    const children = answers.children as Record<string, unknown>[];
    expect(children.length).toBeGreaterThanOrEqual(2);
    const res = await submit(t.app, 'jidou-teate-nintei', answers);
    expect(res.statusCode, res.body).toBe(201);
    expect(((await rows())[0]!.answers as { children: unknown[] }).children).toHaveLength(children.length);
  });

  it('normalises before validating: hiragana kana, full-width postal code and phone', async () => {
    const answers = await risaiAnswers(t.app);
    answers.applicantName = { family: '山田', given: '太郎', familyKana: 'やまだ', givenKana: 'ﾀﾛｳ' };
    answers.applicantAddress = { postalCode: '４２００００５', address1: '静岡県静岡市葵区北番町', address2: '12番地の3' };
    answers.applicantPhone = '０９０ー１２３４ー５６７８';
    const res = await submit(t.app, 'risai-shomei', answers);
    expect(res.statusCode, res.body).toBe(201);
    const stored = (await rows())[0]!.answers as Record<string, Record<string, string>>;
    expect(stored.applicantName).toMatchObject({ familyKana: 'ヤマダ', givenKana: 'タロウ' });
    expect(stored.applicantAddress!.postalCode).toBe('420-0005');
    expect(stored.applicantPhone).toBe('090-1234-5678');
  });

  it('refuses missing answers field by field, in Japanese by default and English on request, storing nothing', async () => {
    const answers = await risaiAnswers(t.app);
    delete answers.disasterDate;
    answers.applicantPhone = '12345';
    const res = await submit(t.app, 'risai-shomei', answers);
    expect(res.statusCode).toBe(400);
    const { errors, message } = res.json();
    expect(message).toContain('入力内容に誤りがあります');
    expect(errors).toEqual([
      expect.objectContaining({ path: '/applicantPhone', code: 'format:jp-phone', message: expect.stringContaining('電話番号') }),
      expect.objectContaining({ path: '/disasterDate', code: 'required', message: expect.stringMatching(/^「.*罹災.*」を入力してください。$/) }),
    ]);
    const en = await submit(t.app, 'risai-shomei', answers, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.json().errors[1].message).toMatch(/^Enter ".+"\.$/);
    expect(await rows()).toHaveLength(0);
  });

  it('refuses a hidden field that was filled, and a field the form does not have', async () => {
    const answers = await risaiAnswers(t.app);
    answers.causeOther = '隕石'; // only shown when cause is "other"
    answers.favouriteColour = 'blue';
    const res = await submit(t.app, 'risai-shomei', answers);
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { path: string; code: string }[];
    expect(errors).toContainEqual(expect.objectContaining({ path: '/causeOther', code: 'notAllowed' }));
    expect(errors).toContainEqual(expect.objectContaining({ path: '/favouriteColour', code: 'unknown' }));
  });

  it('requires a conditionally shown field once its condition holds', async () => {
    const answers = await risaiAnswers(t.app);
    answers.cause = 'other';
    delete answers.inundation; // only asked for water damage
    const res = await submit(t.app, 'risai-shomei', answers);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: '/causeOther', code: 'required' })]);
  });

  it('returns the first result to a retry with the same Idempotency-Key, even when both race', async () => {
    const answers = await risaiAnswers(t.app);
    const headers = { 'idempotency-key': 'filing-1' };
    const [a, b] = await Promise.all([submit(t.app, 'risai-shomei', answers, headers), submit(t.app, 'risai-shomei', answers, headers)]);
    const c = await submit(t.app, 'risai-shomei', answers, headers);
    expect([a.statusCode, b.statusCode, c.statusCode]).toEqual([201, 201, 201]);
    expect(b.json()).toEqual(a.json());
    expect(c.json()).toEqual(a.json());
    expect(await rows()).toHaveLength(1);
  });

  it('files twice without a key, and never reuses an attachment', async () => {
    const answers = await risaiAnswers(t.app);
    expect((await submit(t.app, 'risai-shomei', answers)).statusCode).toBe(201);
    const again = await submit(t.app, 'risai-shomei', answers);
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0]).toMatchObject({ path: '/damagePhotos/0/id', code: 'format:attachment-id' });
    delete answers.damagePhotos;
    expect((await submit(t.app, 'risai-shomei', answers)).statusCode).toBe(201);
    expect(new Set((await rows()).map((r) => r.receiptNumber)).size).toBe(2);
  });

  it('answers 404 for an unknown form and 400 for a body that is not answers, never 500', async () => {
    const unknown = await submit(t.app, 'no-such-form', {});
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain('手続きは見つかりません');
    for (const payload of ['{"answers":', '[]', '{"answers":[1]}', '{"answers":{},"version":"x"}', 'null']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/forms/risai-shomei/submissions',
        payload,
        headers: { 'content-type': 'application/json' },
      });
      expect(res.statusCode, payload).toBe(400);
      expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await submit(t.app, 'risai-shomei', { damageDescription: 'あ'.repeat(600_000) });
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toContain('大きすぎます');
  });
});
