// Pure parts of the builder UI: where the palette inserts, drop positions, addresses in
// links, undo steps, and problem locations in words.
import { describe, expect, test } from 'vitest';
import { addElement, blankDefinition } from '../../core/builder/index.ts';
import type { FormDefinition } from '../../core/definition.ts';
import { elementDomId, parseElementParam } from '../../web/staff/builder/dom.ts';
import { dropIndex } from '../../web/staff/builder/drag.ts';
import { History } from '../../web/staff/builder/history.ts';
import { insertionPoint } from '../../web/staff/builder/Palette.tsx';
import { translator } from '../../web/staff/i18n/index.ts';
import { locate } from '../../web/staff/lib/locate.ts';

function sample(): FormDefinition {
  let def = blankDefinition({ id: 'sample', title: 'サンプル', department: '子育て支援課' });
  def = addElement(def, { page: 0, index: 0 }, 'text').def;
  def = addElement(def, { page: 0, index: 1 }, 'group').def;
  def = addElement(def, { page: 0, index: 0, group: 1 }, 'number').def;
  return def;
}

describe('palette insertion', () => {
  const def = sample();
  test('after the selected element, at the end of the page without one, inside a group after a selected field', () => {
    expect(insertionPoint(def, null, 0, 'text')).toEqual({ page: 0, index: 2 });
    expect(insertionPoint(def, { page: 0, index: 0 }, 0, 'text')).toEqual({ page: 0, index: 1 });
    expect(insertionPoint(def, { page: 0, index: 1, child: 0 }, 0, 'email')).toEqual({ page: 0, group: 1, index: 1 });
    // Kinds a group cannot hold go after the group instead.
    expect(insertionPoint(def, { page: 0, index: 1, child: 0 }, 0, 'heading')).toEqual({ page: 0, index: 2 });
  });
});

describe('drag and drop', () => {
  test('the index after the move, dropping before or after a row', () => {
    expect(dropIndex(0, 3, 'after', true)).toBe(3); // first to after the fourth
    expect(dropIndex(0, 3, 'before', true)).toBe(2);
    expect(dropIndex(4, 1, 'before', true)).toBe(1);
    expect(dropIndex(4, 1, 'after', true)).toBe(2);
    expect(dropIndex(4, 1, 'after', false)).toBe(2); // from another page
  });
});

describe('addresses', () => {
  test('DOM ids and ?el= parameters', () => {
    expect(elementDomId({ page: 1, index: 2 })).toBe('el-1-2');
    expect(elementDomId({ page: 1, index: 2, child: 0 })).toBe('el-1-2-0');
    expect(parseElementParam('1-2')).toEqual({ page: 1, index: 2 });
    expect(parseElementParam('1-2-0')).toEqual({ page: 1, index: 2, child: 0 });
    expect(parseElementParam('x')).toBeNull();
    expect(parseElementParam(null)).toBeNull();
  });
});

describe('undo history', () => {
  test('typing into one input is one step; other changes are one step each', () => {
    const h = new History();
    const a = sample();
    const b = { ...a };
    const c = { ...a };
    h.record(a, 'label');
    h.record(b, 'label'); // same run: not recorded
    h.record(c);
    expect(h.undo()).toBe(c);
    expect(h.undo()).toBe(a);
    expect(h.canUndo).toBe(false);
  });
});

describe('problem locations', () => {
  const def = sample();
  const t = translator('ja');
  test('elements, group fields, pages and settings in words, with a link to fix them', () => {
    expect(locate(def, '/ui/pages/0/elements/0', 'ja', t)).toEqual({ where: '1ページ目 1番目の項目「新しい質問」', href: '/staff/forms/sample/build?el=0-0' });
    expect(locate(def, '/ui/pages/0/elements/1/elements/0', 'ja', t).href).toBe('/staff/forms/sample/build?el=0-1-0');
    expect(locate(def, '/ui/pages/0/title', 'ja', t).href).toBe('/staff/forms/sample/build?page=0');
    expect(locate(def, '/settings/department', 'ja', t)).toEqual({ where: 'フォームの設定', href: '/staff/forms/sample/settings' });
    expect(locate(def, '/schema/properties/text1', 'ja', t).href).toBe('/staff/forms/sample/build?el=0-0');
  });
});
