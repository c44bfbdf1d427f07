import { describe, expect, it } from 'vitest';
import { addElement } from '../../../core/builder/add-element.ts';
import { getText, missingTranslations, setText } from '../../../core/builder/texts.ts';
import type { FormDefinition, JSONSchema } from '../../../core/definition.ts';
import { blank, deepFreeze, expectLintClean, libraryForm } from './helpers.ts';

function form(): FormDefinition {
  let def = blank();
  def = addElement(def, { page: 0, index: 0 }, 'radio').def;
  def = addElement(def, { page: 0, index: 1 }, 'heading').def;
  def = addElement(def, { page: 0, index: 2 }, 'group').def;
  def = addElement(def, { page: 0, index: 0, group: 2 }, 'text').def;
  return deepFreeze(def);
}

describe('setText / getText', () => {
  it('adds, changes and removes a translation', () => {
    let def = setText(form(), { kind: 'label', address: { page: 0, index: 0 } }, 'en', 'Gender');
    expect(getText(def, { kind: 'label', address: { page: 0, index: 0 } })).toEqual({ ja: '新しい質問', en: 'Gender' });
    def = setText(def, { kind: 'label', address: { page: 0, index: 0 } }, 'en', '  ');
    expect(getText(def, { kind: 'label', address: { page: 0, index: 0 } })).toEqual({ ja: '新しい質問' });
  });

  it('changing the Japanese label keeps the schema title in step', () => {
    const def = setText(form(), { kind: 'label', address: { page: 0, index: 2, child: 0 } }, 'ja', 'お子さんの名前');
    const items = (def.schema.properties as Record<string, JSONSchema>).group1?.items as JSONSchema;
    expect((items.properties as Record<string, JSONSchema>).text1?.title).toBe('お子さんの名前');
    expect(setText(form(), { kind: 'title' }, 'ja', '新しい題名').schema.title).toBe('新しい題名');
  });

  it('Japanese is required on titles, labels, headings and options; optional texts are removed', () => {
    const code = expect.objectContaining({ code: 'japaneseRequired' });
    expect(() => setText(form(), { kind: 'title' }, 'ja', '')).toThrow(code);
    expect(() => setText(form(), { kind: 'pageTitle', page: 0 }, 'ja', ' ')).toThrow(code);
    expect(() => setText(form(), { kind: 'label', address: { page: 0, index: 1 } }, 'ja', '')).toThrow(code);
    expect(() => setText(form(), { kind: 'option', address: { page: 0, index: 0 }, value: 'option1' }, 'ja', '')).toThrow(code);
    // a translation cannot exist without Japanese
    expect(() => setText(form(), { kind: 'help', address: { page: 0, index: 0 } }, 'en', 'Help')).toThrow(code);
    let def = setText(form(), { kind: 'help', address: { page: 0, index: 0 } }, 'ja', '1つ選んでください');
    def = setText(def, { kind: 'help', address: { page: 0, index: 0 } }, 'en', 'Choose one');
    expect(getText(def, { kind: 'help', address: { page: 0, index: 0 } })).toEqual({ ja: '1つ選んでください', en: 'Choose one' });
    def = setText(def, { kind: 'help', address: { page: 0, index: 0 } }, 'ja', '');
    expect(getText(def, { kind: 'help', address: { page: 0, index: 0 } })).toBeUndefined();
    expectLintClean(def);
  });

  it('sets option labels, page texts, item labels and the closed message', () => {
    let def = setText(form(), { kind: 'option', address: { page: 0, index: 0 }, value: 'option1' }, 'ja', '男性');
    def = setText(def, { kind: 'pageDescription', page: 0 }, 'ja', 'この申請について');
    def = setText(def, { kind: 'itemLabel', address: { page: 0, index: 2 } }, 'ja', 'お子さん');
    def = setText(def, { kind: 'closedMessage' }, 'ja', '受付は終了しました。窓口にお越しください。');
    expect(getText(def, { kind: 'option', address: { page: 0, index: 0 }, value: 'option1' })).toEqual({ ja: '男性' });
    expect(def.ui.pages[0]?.description).toEqual({ ja: 'この申請について' });
    expect(def.settings.closedMessage?.ja).toContain('窓口');
    expect(() => setText(def, { kind: 'option', address: { page: 0, index: 0 }, value: 'nope' }, 'ja', 'x')).toThrow(expect.objectContaining({ code: 'noSuchOption' }));
    expect(() => setText(def, { kind: 'itemLabel', address: { page: 0, index: 0 } }, 'ja', 'x')).toThrow(expect.objectContaining({ code: 'notAGroup' }));
    expect(() => setText(def, { kind: 'title' }, 'xx' as never, 'x')).toThrow(expect.objectContaining({ code: 'badLang' }));
  });
});

describe('missingTranslations', () => {
  it('lists every text lacking the language, group fields and options included', () => {
    const missing = missingTranslations(form(), 'en');
    expect(missing.map((m) => m.target.kind)).toEqual(['title', 'label', 'option', 'option', 'label', 'label', 'label']);
    expect(missing[0]).toEqual({ target: { kind: 'title' }, ja: 'テスト' });
    expect(missingTranslations(form(), 'ja')).toEqual([]);
  });

  it('is empty for a fully translated library form in English, and lists the rest for Korean', () => {
    const risai = libraryForm('disaster/risai-shomei');
    expect(missingTranslations(risai, 'en')).toEqual([]);
    expect(missingTranslations(risai, 'ko').length).toBeGreaterThan(50);
  });
});
