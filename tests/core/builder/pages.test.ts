import { describe, expect, it } from 'vitest';
import { addElement } from '../../../core/builder/add-element.ts';
import { addPage, deletePage, movePage, setPageTitle } from '../../../core/builder/pages.ts';
import { setRule } from '../../../core/builder/set-rule.ts';
import { blank, deepFreeze, expectLintClean } from './helpers.ts';

describe('pages', () => {
  it('addPage appends (or inserts) an empty page with a unique id', () => {
    const a = addPage(blank());
    expect(a.page).toBe(1);
    expect(a.def.ui.pages[1]).toEqual({ id: 'page2', title: { ja: '新しいページ' }, elements: [] });
    const b = addPage(a.def, 0, { ja: 'はじめに', en: 'Start' });
    expect(b.def.ui.pages.map((p) => p.id)).toEqual(['page3', 'page1', 'page2']);
    expectLintClean(b.def);
    expect(() => addPage(blank(), 0, { ja: '' })).toThrow(expect.objectContaining({ code: 'japaneseRequired' }));
  });

  it('deletePage refuses the last page and a page with elements unless asked', () => {
    expect(() => deletePage(blank(), 0)).toThrow(expect.objectContaining({ code: 'lastPage' }));
    const def = deepFreeze(addElement(addPage(blank()).def, { page: 1, index: 0 }, 'text').def);
    try {
      deletePage(def, 1);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'pageNotEmpty' });
      expect((e as { messages: { ja: string } }).messages.ja).toContain('1個');
    }
    const empty = deletePage(addPage(blank()).def, 1);
    expect(empty.def.ui.pages).toHaveLength(1);
  });

  it('deletePage with its elements removes their schema and reports rules removed', () => {
    let def = addElement(blank(), { page: 0, index: 0 }, 'text').def;
    def = addPage(def).def;
    def = addElement(def, { page: 1, index: 0 }, 'yes-no').def;
    def = setRule(def, { page: 0, index: 0 }, { combine: 'all', conditions: [{ field: 'yesNo1', op: 'eq', value: true }] });
    const r = deletePage(deepFreeze(def), 1, { withElements: true });
    expect(r.def.ui.pages).toHaveLength(1);
    expect(Object.keys(r.def.schema.properties as object)).toEqual(['text1']);
    expect(r.removedRules.map((x) => x.reason)).toEqual(['watched']);
    expectLintClean(r.def);
  });

  it('movePage and setPageTitle', () => {
    const def = deepFreeze(addPage(addPage(blank()).def).def);
    expect(movePage(def, 0, 2).def.ui.pages.map((p) => p.id)).toEqual(['page2', 'page3', 'page1']);
    expect(movePage(def, 1, 1).def).toBe(def);
    expect(setPageTitle(def, 1, { ja: '連絡先', en: 'Contact' }).ui.pages[1]?.title).toEqual({ ja: '連絡先', en: 'Contact' });
    expect(() => setPageTitle(def, 5, { ja: 'x' })).toThrow(expect.objectContaining({ code: 'noSuchPage' }));
  });
});
