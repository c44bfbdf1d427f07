import { describe, expect, it } from 'vitest';
import { addMessages, message, supportedLangs } from '../../core/messages.ts';
import { messagesEn } from '../../core/messages-en.ts';

// English is registered like any language but Japanese (the browser loads it when chosen).
addMessages('en', messagesEn);

describe('message', () => {
  it('substitutes params', () => {
    expect(message('maxLength', 'ja', { label: '備考', limit: 200 })).toBe('「備考」は、200文字以内で入力してください。');
    expect(message('maxLength', 'en', { label: 'Remarks', limit: 200 })).toBe('"Remarks" must be 200 characters or fewer.');
  });

  it('substitutes every occurrence and leaves a missing param empty', () => {
    expect(message('part.row', 'ja', { n: 3 })).toBe('3件目');
    expect(message('required', 'ja')).toBe('「」を入力してください。');
  });

  it('falls back to Japanese for an unknown language', () => {
    expect(message('required', 'xx', { label: '氏名' })).toBe('「氏名」を入力してください。');
    expect(message('required', 'ko', { label: '氏名' })).toBe('「氏名」を入力してください。');
  });

  it('falls back to the generic message for an unknown key', () => {
    expect(message('nonsense', 'ja', { label: '氏名' })).toBe('「氏名」の入力内容が正しくありません。');
    expect(message('nonsense', 'en', { label: 'Name' })).toBe('"Name" is not valid.');
  });

  it('is not fooled by inherited property names', () => {
    expect(message('toString', 'ja', { label: 'x' })).toBe('「x」の入力内容が正しくありません。');
    expect(message('required', '__proto__', { label: 'x' })).toBe('「x」を入力してください。');
    expect(message('required', 'constructor', { label: 'x' })).toBe('「x」を入力してください。');
  });

  it('has the same keys in English as in Japanese', () => {
    // A key missing in English would silently show Japanese to an English reader.
    const probe = (lang: string, key: string) => message(key, lang, { label: '\u0000' });
    const keys = ['required', 'required.choice', 'format.katakana', 'notAllowed', 'unknown', 'part.row', 'error.closed'];
    for (const key of keys) expect(probe('en', key), key).not.toBe(probe('ja', key));
  });

  it('supports Japanese and English', () => {
    expect(supportedLangs()).toEqual(expect.arrayContaining(['ja', 'en']));
  });
});

describe('addMessages', () => {
  it('adds a language that falls back to Japanese key by key', () => {
    addMessages('test-lang', { required: 'need {label}' });
    expect(supportedLangs()).toContain('test-lang');
    expect(message('required', 'test-lang', { label: 'x' })).toBe('need x');
    expect(message('required.choice', 'test-lang', { label: 'x' })).toBe('「x」を選んでください。');
  });

  it('extends a language without dropping its other messages', () => {
    addMessages('test-lang2', { a: 'A' });
    addMessages('test-lang2', { b: 'B' });
    expect(message('a', 'test-lang2')).toBe('A');
    expect(message('b', 'test-lang2')).toBe('B');
  });
});
