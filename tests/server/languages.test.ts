// The server answers a citizen in the language the app sends (Accept-Language): every
// citizen language, the same field paths and codes, the message in that language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { message } from '../../server/messages.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { risaiAnswers, submit } from '../helpers/fixtures.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => t.close());

describe('answers in the citizen’s language', () => {
  it.each([
    ['ja', /^「.+」を入力してください。$/, '入力内容に誤りがあります'],
    ['ja-easy', /^「.+」を書いてください。$/, '答えに間違いがあります'],
    ['en-US,en;q=0.9', /^Enter ".+"\.$/, 'Some answers need correcting'],
    ['zh-Hans-CN,zh;q=0.9', /^请填写“.+”。$/, '有需要修改的回答'],
    ['ko-KR,ko;q=0.9', /^".+"을\(를\) 입력해 주세요\.$/, '입력 내용에 잘못된 부분이 있습니다'],
    ['vi-VN,vi;q=0.9', /^Hãy nhập ".+"\.$/, 'Có câu trả lời cần sửa'],
    ['pt-BR', /^Preencha ".+"\.$/, 'Algumas respostas precisam ser corrigidas'],
  ])('%s: a missing date and a wrong phone number', async (header, required, summary) => {
    const answers = await risaiAnswers(t.app);
    delete answers.disasterDate;
    answers.applicantPhone = '12345';
    const res = await submit(t.app, 'risai-shomei', answers, { 'accept-language': header });
    expect(res.statusCode).toBe(400);
    const body = res.json() as { message: string; errors: { path: string; code: string; message: string }[] };
    expect(body.message).toContain(summary);
    expect(body.errors.map((e) => [e.path, e.code])).toEqual([
      ['/applicantPhone', 'format:jp-phone'],
      ['/disasterDate', 'required'],
    ]);
    expect(body.errors[1]!.message).toMatch(required);
    // The form has no translation in most of these: its label is the Japanese one.
    if (!header.startsWith('en')) expect(body.errors[1]!.message).toContain('罹災日');
  });

  it('a message only staff or Japanese have falls back to the Japanese sentence, not a generic one', () => {
    expect(message('error.forbidden', 'vi')).toBe(message('error.forbidden', 'ja'));
    expect(message('error.forbidden', 'vi')).toContain('権限');
    expect(message('error.closed', 'vi')).toBe('Thủ tục này đã ngừng nhận đơn.');
  });
});
