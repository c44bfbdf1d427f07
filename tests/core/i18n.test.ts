import { describe, expect, it } from 'vitest';
import { LANGS } from '../../core/definition.ts';
import { hasText, pickLang, text } from '../../core/i18n.ts';

describe('text', () => {
  const t = { ja: '氏名', en: 'Name' };
  it('picks the language', () => {
    expect(text(t, 'en')).toBe('Name');
    expect(text(t, 'ja')).toBe('氏名');
  });
  it('falls back to Japanese', () => {
    expect(text(t, 'ko')).toBe('氏名');
    expect(text({ ja: '氏名' }, 'en')).toBe('氏名');
    expect(text(t, '')).toBe('氏名');
  });
  it('is not fooled by inherited property names', () => {
    expect(text(t, 'constructor')).toBe('氏名');
    expect(text(t, '__proto__')).toBe('氏名');
    expect(text(t, 'toString')).toBe('氏名');
  });
  it('gives "" for no text', () => {
    expect(text(undefined, 'ja')).toBe('');
  });
});

describe('hasText', () => {
  it('is true only for the language’s own text', () => {
    expect(hasText({ ja: '氏名', en: 'Name' }, 'en')).toBe(true);
    expect(hasText({ ja: '氏名' }, 'en')).toBe(false);
    expect(hasText({ ja: '氏名' }, 'ja')).toBe(true);
    expect(hasText(undefined, 'ja')).toBe(false);
  });
});

describe('pickLang', () => {
  const supported = ['ja', 'en', 'zh-CN', 'pt-BR'];

  it.each([
    [undefined, 'ja'],
    ['', 'ja'],
    ['en', 'en'],
    ['EN', 'en'],
    ['en-US', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['ja-JP,ja;q=0.9,en;q=0.8', 'ja'],
    ['fr-FR,fr;q=0.9', 'ja'],
    ['fr, en;q=0.5', 'en'],
    ['zh-cn', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['pt', 'pt-BR'],
    ['*', 'ja'],
  ])('%j → %j', (header, lang) => {
    expect(pickLang(header, supported)).toBe(lang);
  });

  it('orders by q-value, not by position', () => {
    expect(pickLang('ja;q=0.5, en;q=0.8', supported)).toBe('en');
    expect(pickLang('en;q=0.1, pt-BR', supported)).toBe('pt-BR');
  });

  it('keeps header order for equal q-values', () => {
    expect(pickLang('pt-BR, en', supported)).toBe('pt-BR');
    expect(pickLang('en, pt-BR', supported)).toBe('en');
  });

  it('ignores languages with q=0 and malformed q', () => {
    expect(pickLang('en;q=0, pt-BR;q=0.1', supported)).toBe('pt-BR');
    expect(pickLang('en;q=0', supported)).toBe('ja');
    expect(pickLang('en;q=abc', supported)).toBe('ja');
  });

  it('prefers an exact match over a base-language match of the same tag', () => {
    expect(pickLang('ja-easy', ['ja', 'ja-easy'])).toBe('ja-easy');
  });
});

describe('pickLang with every citizen language', () => {
  const all = [...LANGS];

  it.each([
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-Hant-TW', 'zh-CN'],
    ['ko-KR', 'ko'],
    ['ko', 'ko'],
    ['vi-VN', 'vi'],
    ['vi', 'vi'],
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['JA-EASY', 'ja-easy'],
    ['vi-VN,vi;q=0.9,en-US;q=0.8', 'vi'],
  ])('%j → %j', (header, lang) => {
    expect(pickLang(header, all)).toBe(lang);
  });

  it('never guesses やさしい日本語 from a plain Japanese browser, whatever the order', () => {
    expect(pickLang('ja-JP', ['ja-easy', 'ja'])).toBe('ja');
    expect(pickLang('ja', ['ja-easy', 'en'])).toBe('ja');
  });
});
