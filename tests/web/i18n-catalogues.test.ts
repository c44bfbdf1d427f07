// Every language the citizen can choose has every Japanese text, with the same {params}:
// a missing key would show Japanese in the middle of a Vietnamese page, a lost {label}
// would tell a citizen "Enter ." without saying which question.
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../core/definition.ts';
import { message, messagesJa } from '../../core/messages.ts';
import { messagesEn } from '../../core/messages-en.ts';
import { messagesJaEasy } from '../../core/messages-ja-easy.ts';
import { messagesKo } from '../../core/messages-ko.ts';
import { messagesPtBR } from '../../core/messages-pt-BR.ts';
import { messagesVi } from '../../core/messages-vi.ts';
import { messagesZhCN } from '../../core/messages-zh-CN.ts';
import { en } from '../../web/citizen/i18n/en.ts';
import { UI_LANGS, hasCatalogue, loadCatalogue, translate } from '../../web/citizen/i18n/index.ts';
import { ja } from '../../web/citizen/i18n/ja.ts';
import { jaEasy } from '../../web/citizen/i18n/ja-easy.ts';
import { ko } from '../../web/citizen/i18n/ko.ts';
import { ptBR } from '../../web/citizen/i18n/pt-BR.ts';
import { applicationsCatalogues } from '../../web/citizen/i18n/applications.ts';
import { saveCatalogues } from '../../web/citizen/i18n/save-texts.ts';
import { statusCatalogues } from '../../web/citizen/i18n/status.ts';
import { statusJa } from '../../web/citizen/i18n/status-ja.ts';
import { vi } from '../../web/citizen/i18n/vi.ts';
import { zhCN } from '../../web/citizen/i18n/zh-CN.ts';

const params = (s: string | undefined) => [...new Set([...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

function sameShape(name: string, base: Record<string, string>, other: Record<string, string | undefined>) {
  expect(Object.keys(other).sort(), `${name}: keys`).toEqual(Object.keys(base).sort());
  for (const [key, text] of Object.entries(base)) {
    expect(other[key]?.trim(), `${name}: ${key} is empty`).toBeTruthy();
    expect(params(other[key]), `${name}: ${key}`).toEqual(params(text));
  }
}

describe('citizen languages', () => {
  test('the switch offers every language a form can be written in, each by its own name', () => {
    expect(UI_LANGS.map((l) => l.lang)).toEqual([...LANGS]);
    expect(UI_LANGS.map((l) => l.name)).toEqual(['日本語', 'やさしい日本語', 'English', '简体中文', '한국어', 'Tiếng Việt', 'Português (Brasil)']);
  });

  test.each([
    ['en', en],
    ['ja-easy', jaEasy],
    ['zh-CN', zhCN],
    ['ko', ko],
    ['vi', vi],
    ['pt-BR', ptBR],
  ] as const)('UI texts in %s: every Japanese key, same parameters', (name, cat) => {
    sameShape(name, ja, cat);
  });

  test.each(Object.keys(statusCatalogues).filter((l) => l !== 'ja'))('status page texts in %s: every Japanese key, same parameters', (lang) => {
    sameShape(lang, statusJa, statusCatalogues[lang]!);
  });

  test.each(Object.keys(applicationsCatalogues).filter((l) => l !== 'ja'))('「申請の一覧」 and counter texts in %s: every Japanese key, same parameters', (lang) => {
    sameShape(lang, applicationsCatalogues.ja as Record<string, string>, applicationsCatalogues[lang]!);
  });

  test.each(Object.keys(saveCatalogues).filter((l) => l !== 'ja'))('一時保存 texts in %s: every Japanese key, same parameters', (lang) => {
    sameShape(lang, saveCatalogues.ja as Record<string, string>, saveCatalogues[lang]!);
  });

  test('every citizen language has the status, 「申請の一覧」 and counter texts', () => {
    expect(Object.keys(saveCatalogues).sort()).toEqual([...LANGS].sort());
    expect(Object.keys(statusCatalogues).sort()).toEqual([...LANGS].sort());
    expect(Object.keys(applicationsCatalogues).sort()).toEqual([...LANGS].sort());
  });

  test.each([
    ['en', messagesEn],
    ['ja-easy', messagesJaEasy],
    ['zh-CN', messagesZhCN],
    ['ko', messagesKo],
    ['vi', messagesVi],
    ['pt-BR', messagesPtBR],
  ] as const)('validation messages in %s: every Japanese key, same parameters', (name, cat) => {
    sameShape(name, messagesJa, cat);
  });

  test('choosing a language loads its UI texts and its validation messages together', async () => {
    expect(hasCatalogue('vi')).toBe(false);
    expect(message('required', 'en', { label: 'Name' })).toBe('「Name」を入力してください。'); // not built in
    await loadCatalogue('en');
    expect(message('required', 'en', { label: 'Name' })).toBe('Enter "Name".');
    expect(message('required', 'vi', { label: '氏名' })).toBe('「氏名」を入力してください。');
    await loadCatalogue('vi');
    expect(translate('vi', 'wizard.next')).toBe('Tiếp theo');
    expect(message('required', 'vi', { label: 'Họ tên' })).toBe('Hãy nhập "Họ tên".');
    await loadCatalogue('pt-BR');
    expect(message('format.jp-postal-code', 'pt-BR', { label: 'CEP' })).toBe('Digite "CEP" com 7 números, por exemplo 100-0001.');
  });
});
