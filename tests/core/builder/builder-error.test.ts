import { describe, expect, it } from 'vitest';
import { BuilderError, isBuilderError } from '../../../core/builder/builder-error.ts';
import { builderMessage, type BuilderErrorCode } from '../../../core/builder/messages.ts';

const CODES: BuilderErrorCode[] = [
  'noSuchPage', 'noSuchElement', 'notAGroup', 'notAField', 'nestedGroup', 'contentInGroup', 'invalidKey', 'duplicateKey',
  'japaneseRequired', 'notEditable', 'badNumber', 'badRange', 'badOptions', 'badDefault', 'badPattern', 'kindChange',
  'unknownKind', 'unknownField', 'selfCondition', 'ruleCycle', 'shownTwice', 'badOperator', 'badValue', 'noConditions',
  'invalidRule', 'lastPage', 'pageNotEmpty', 'moveAcrossGroups', 'invalidId', 'invalidCategory', 'badLang', 'noSuchOption',
];

describe('BuilderError', () => {
  it('carries a code and the message in Japanese and English', () => {
    const e = new BuilderError('duplicateKey', { key: 'name' });
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe('duplicateKey');
    expect(e.messages.ja).toBe('項目ID「name」は、すでに別の項目で使われています。');
    expect(e.message).toBe(e.messages.en);
    expect(isBuilderError(e)).toBe(true);
    expect(isBuilderError(new Error('x'))).toBe(false);
  });

  it('names settings and texts in each language', () => {
    expect(builderMessage('badRange', { min: 'minLength', max: 'maxLength' })).toEqual({
      ja: '「最小文字数」が「最大文字数」より大きくなっています。',
      en: '"minimum length" is larger than "maximum length".',
    });
    expect(builderMessage('japaneseRequired', { what: 'label' }).ja).toBe('質問文（ラベル）は、日本語の文を入力してください（空にはできません）。');
  });

  it.each(CODES.map((c) => [c]))('%s has both messages', (code) => {
    const m = builderMessage(code, {});
    expect(m.ja).toMatch(/[ぁ-んァ-ン一-龠]/);
    expect(m.en).toMatch(/^[\x20-\x7e]+$/);
  });
});
