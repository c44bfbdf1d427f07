import { describe, expect, it } from 'vitest';
import { addElement } from '../../../core/builder/add-element.ts';
import { moveDown, moveElement, moveUp } from '../../../core/builder/move-element.ts';
import { addPage } from '../../../core/builder/pages.ts';
import type { FieldElement, FormDefinition } from '../../../core/definition.ts';
import { blank, deepFreeze, expectLintClean } from './helpers.ts';

const keys = (def: FormDefinition, page = 0) => def.ui.pages[page]!.elements.map((e) => (e as FieldElement).field);

/** Page 0: text1 text2 text3 group1(text4, text5); page 1: email1. */
function form(): FormDefinition {
  let def = blank();
  for (const k of ['text', 'text', 'text', 'group'] as const) def = addElement(def, { page: 0, index: 99 }, k).def;
  def = addElement(def, { page: 0, index: 0, group: 3 }, 'text').def;
  def = addElement(def, { page: 0, index: 1, group: 3 }, 'text').def;
  def = addPage(def).def;
  def = addElement(def, { page: 1, index: 0 }, 'email').def;
  return deepFreeze(def);
}

describe('moveElement', () => {
  it('moves within a page to the final index', () => {
    const r = moveElement(form(), { page: 0, index: 0 }, { page: 0, index: 2 });
    expect(keys(r.def)).toEqual(['text2', 'text3', 'text1', 'group1']);
    expect(r.address).toEqual({ page: 0, index: 2 });
    expectLintClean(r.def);
  });

  it('moves across pages (past the end appends)', () => {
    const r = moveElement(form(), { page: 0, index: 1 }, { page: 1, index: 9 });
    expect(keys(r.def, 1)).toEqual(['email1', 'text2']);
    expect(r.address).toEqual({ page: 1, index: 1 });
    expect(r.def.schema).toEqual(form().schema);
  });

  it('moves within a group, and refuses moving into or out of a group', () => {
    const r = moveElement(form(), { page: 0, index: 3, child: 1 }, { page: 0, index: 3, child: 0 });
    expect((r.def.ui.pages[0]?.elements[3] as FieldElement).elements?.map((e) => e.field)).toEqual(['text5', 'text4']);
    expect(() => moveElement(form(), { page: 0, index: 3, child: 0 }, { page: 0, index: 0 })).toThrow(expect.objectContaining({ code: 'moveAcrossGroups' }));
    expect(() => moveElement(form(), { page: 0, index: 0 }, { page: 0, index: 3, child: 0 })).toThrow(expect.objectContaining({ code: 'moveAcrossGroups' }));
  });

  it('returns the same definition when nothing moves', () => {
    const def = form();
    expect(moveElement(def, { page: 0, index: 1 }, { page: 0, index: 1 }).def).toBe(def);
  });
});

describe('moveUp / moveDown', () => {
  it('step through the page and across page boundaries', () => {
    const def = form();
    expect(keys(moveUp(def, { page: 0, index: 1 }).def)).toEqual(['text2', 'text1', 'text3', 'group1']);
    const up = moveUp(def, { page: 1, index: 0 });
    expect(up.address).toEqual({ page: 0, index: 4 });
    expect(keys(up.def)).toEqual(['text1', 'text2', 'text3', 'group1', 'email1']);
    const down = moveDown(def, { page: 0, index: 3 });
    expect(down.address).toEqual({ page: 1, index: 0 });
    expect(keys(down.def, 1)).toEqual(['group1', 'email1']);
  });

  it('stay put at the very top and bottom, and inside a group at its ends', () => {
    const def = form();
    expect(moveUp(def, { page: 0, index: 0 }).def).toBe(def);
    expect(moveDown(def, { page: 1, index: 0 }).def).toBe(def);
    expect(moveUp(def, { page: 0, index: 3, child: 0 }).def).toBe(def);
    expect(moveDown(def, { page: 0, index: 3, child: 1 }).def).toBe(def);
    expect(moveDown(def, { page: 0, index: 3, child: 0 }).address).toEqual({ page: 0, index: 3, child: 1 });
  });
});
