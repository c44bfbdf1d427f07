import { describe, expect, it } from 'vitest';
import { compile } from '../../core/compile.ts';
import { describeErrors, fieldLabel } from '../../core/errors.ts';
import { addMessages } from '../../core/messages.ts';
import { messagesEn } from '../../core/messages-en.ts';
import { buildServerValidator } from '../../core/validator-code.ts';
import type { AjvErrorLike } from '../../core/validator-runtime.ts';
import { form, validAnswers } from './fixtures.ts';

addMessages('en', messagesEn); // the server registers it (server/messages.ts), the browser loads it

const def = form();
const server = buildServerValidator(compile(def));

const required = (instancePath: string, missingProperty: string): AjvErrorLike => ({
  instancePath,
  keyword: 'required',
  params: { missingProperty },
});
const one = (error: AjvErrorLike, lang = 'ja') => {
  const out = describeErrors(def, [error], lang);
  expect(out).toHaveLength(1);
  return out[0]!;
};

/** The described errors of a real validation run. */
function validate(answers: unknown, lang = 'ja') {
  expect(server.validate(answers)).toBe(false);
  return describeErrors(def, server.validate.errors ?? [], lang);
}

describe('describeErrors', () => {
  it('names a missing field by its label, in Japanese', () => {
    expect(one(required('', 'causeOther'))).toEqual({
      path: '/causeOther',
      code: 'required',
      message: '「その他の理由」を入力してください。',
    });
  });

  it('names a missing field by its label, in English', () => {
    expect(one(required('', 'causeOther'), 'en').message).toBe('Enter "Other reason".');
  });

  it('uses the "choose" wording for a missing radio or yes-no answer', () => {
    expect(one(required('', 'cause')).message).toBe('「理由」を選んでください。');
    expect(one(required('', 'cause'), 'en').message).toBe('Select "Reason".');
    expect(one(required('', 'hasSpouse')).message).toBe('「配偶者の有無」を選んでください。');
  });

  it('uses the consent and file wordings', () => {
    expect(one(required('', 'consent')).message).toBe('「同意事項」を確認して、チェックを入れてください。');
    expect(one(required('', 'documents')).message).toBe('「添付書類」のファイルを添付してください。');
  });

  it('names a group row by item label, row number (from 1) and inner label', () => {
    const e = one(required('/children/1', 'birthDate'));
    expect(e.path).toBe('/children/1/birthDate');
    expect(e.message).toBe('「お子さん 2件目: 生年月日」を入力してください。');
    expect(one(required('/children/0', 'birthDate'), 'en').message).toBe('Enter "Child no. 1: Date of birth".');
  });

  it('names the part of a composite field', () => {
    expect(one(required('/applicant', 'familyKana')).message).toBe('「氏名（セイ）」を入力してください。');
    expect(one(required('/address', 'postalCode')).message).toBe('「住所（郵便番号）」を入力してください。');
    expect(one(required('/applicant', 'givenKana'), 'en').message).toBe('Enter "Name (given name in katakana)".');
  });

  it('names an unknown part of a composite field by its key', () => {
    const e = one({ instancePath: '/applicant', keyword: 'additionalProperties', params: { additionalProperty: 'nickname' } });
    expect(e).toEqual({ path: '/applicant/nickname', code: 'unknown', message: '「氏名（nickname）」という項目はこの手続きにありません。' });
  });

  it('uses the format message and a format code', () => {
    const e = one({ instancePath: '/applicant/familyKana', keyword: 'format', params: { format: 'katakana' } });
    expect(e).toEqual({ path: '/applicant/familyKana', code: 'format:katakana', message: '「氏名（セイ）」は、カタカナで入力してください。' });
  });

  it('fills in the limit', () => {
    const e = one({ instancePath: '/causeOther', keyword: 'maxLength', params: { limit: 10 } });
    expect(e.message).toBe('「その他の理由」は、10文字以内で入力してください。');
    expect(one({ instancePath: '/householdSize', keyword: 'minimum', params: { comparison: '>=', limit: 1 } }).message).toBe(
      '「世帯人数」は、1以上の数を入力してください。',
    );
  });

  it('uses the file wording for too many attachments', () => {
    const e = one({ instancePath: '/documents', keyword: 'maxItems', params: { limit: 3 } });
    expect(e).toEqual({ path: '/documents', code: 'maxItems', message: '「添付書類」に添付できるのは3件までです。' });
  });

  it('reports a hidden-but-filled field as notAllowed', () => {
    const e = one({ instancePath: '/causeOther', keyword: 'false schema', params: {} });
    expect(e.code).toBe('notAllowed');
    expect(e.message).toBe('「その他の理由」は、この内容では入力できない項目です。');
  });

  it('reports an unknown property as unknown, naming the key', () => {
    const e = one({ instancePath: '', keyword: 'additionalProperties', params: { additionalProperty: 'nickname' } });
    expect(e).toEqual({ path: '/nickname', code: 'unknown', message: '「nickname」という項目はこの手続きにありません。' });
  });

  it('drops `if` errors and keeps the branch error', () => {
    const out = describeErrors(
      def,
      [{ instancePath: '', keyword: 'if', params: { failingKeyword: 'then' } }, required('', 'causeOther')],
      'ja',
    );
    expect(out.map((e) => e.code)).toEqual(['required']);
  });

  it('sorts errors in page order', () => {
    const out = describeErrors(
      def,
      [required('', 'consent'), required('/children/0', 'name'), required('', 'cause'), required('/applicant', 'family')],
      'ja',
    );
    expect(out.map((e) => e.path)).toEqual(['/applicant/family', '/cause', '/children/0/name', '/consent']);
  });

  it('reports one error per path, and none under a path already reported', () => {
    const out = describeErrors(
      def,
      [
        { instancePath: '/causeOther', keyword: 'maxLength', params: { limit: 10 } },
        { instancePath: '/causeOther', keyword: 'pattern', params: {} },
        { instancePath: '/applicant', keyword: 'type', params: { type: 'object' } },
        { instancePath: '/applicant/family', keyword: 'type', params: { type: 'string' } },
      ],
      'ja',
    );
    expect(out.map((e) => [e.path, e.code])).toEqual([
      ['/applicant', 'type'],
      ['/causeOther', 'maxLength'],
    ]);
  });

  it('does not confuse a path with a longer sibling sharing its prefix', () => {
    const out = describeErrors(
      def,
      [
        { instancePath: '/children/1', keyword: 'type', params: { type: 'object' } },
        { instancePath: '/children/10', keyword: 'type', params: { type: 'object' } },
      ],
      'ja',
    );
    expect(out).toHaveLength(2);
  });

  it('names the whole answers for a root error', () => {
    expect(one({ instancePath: '', keyword: 'type', params: { type: 'object' } }).message).toBe('「回答全体」の入力内容が正しくありません。');
  });

  it('falls back to Japanese labels and messages for an unknown language', () => {
    expect(one(required('', 'cause'), 'xx').message).toBe('「理由」を選んでください。');
  });

  describe('on real validator output', () => {
    it('describes hidden-but-filled answers as notAllowed, with no `if` codes', () => {
      const out = validate({ ...validAnswers(), cause: 'fire' });
      expect(out).toEqual([{ path: '/causeOther', code: 'notAllowed', message: '「その他の理由」は、この内容では入力できない項目です。' }]);
    });

    it('describes a hidden-but-filled field in a group row', () => {
      const answers = validAnswers();
      answers.children = [{ name: 'a', birthDate: '2016-04-01', inSchool: false, school: 'x' }];
      expect(validate(answers, 'en')).toEqual([
        { path: '/children/0/school', code: 'notAllowed', message: '"Child no. 1: School" cannot be answered with your other answers.' },
      ]);
    });

    it('describes a missing conditionally required field', () => {
      const answers = validAnswers();
      delete answers.spouseName;
      expect(validate(answers)).toEqual([{ path: '/spouseName', code: 'required', message: '「配偶者の氏名」を入力してください。' }]);
    });

    it('gives unique paths in page order for empty answers', () => {
      const out = validate({});
      const paths = out.map((e) => e.path);
      expect(new Set(paths).size).toBe(paths.length);
      expect(paths).toEqual(['/applicant', '/address', '/householdSize', '/cause', '/hasSpouse', '/children', '/documents', '/consent']);
      expect(out.every((e) => e.code !== 'if')).toBe(true);
    });

    it('describes a consent left unticked', () => {
      expect(validate({ ...validAnswers(), consent: false })).toEqual([
        { path: '/consent', code: 'const', message: '「同意事項」を確認して、チェックを入れてください。' },
      ]);
    });
  });
});

describe('fieldLabel', () => {
  it('gives the label a message would use', () => {
    expect(fieldLabel(def, '/children/2/school', 'ja')).toBe('お子さん 3件目: 学校名');
    expect(fieldLabel(def, '/address/address2', 'en')).toBe('Address (street number and building)');
    expect(fieldLabel(def, '/householdSize', 'en')).toBe('Household size');
    expect(fieldLabel(def, '/nope', 'ja')).toBe('nope');
  });
});
