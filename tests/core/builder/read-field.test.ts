import { describe, expect, it } from 'vitest';
import { addElement } from '../../../core/builder/add-element.ts';
import { readField } from '../../../core/builder/read-field.ts';
import { blank, libraryForm } from './helpers.ts';

describe('readField', () => {
  const risai = libraryForm('disaster/risai-shomei');

  it('merges schema and ui of a library choice field', () => {
    // page 2 "disaster": cause is a radio shown always, required
    const s = readField(risai, { page: 2, index: 1 });
    expect(s.key).toBe('cause');
    expect(s.kind).toBe('radio');
    expect(s.required).toBe(true);
    expect(s.shownByRule).toBe(false);
    expect(s.options?.[0]).toEqual({ value: 'typhoon', label: { ja: '台風', en: 'Typhoon' } });
    expect(s.editable).toContain('options');
    expect(s.editable).toContain('kind');
  });

  it('tells a rule-shown field and reads text limits and placeholder', () => {
    const s = readField(risai, { page: 2, index: 2 });
    expect(s).toMatchObject({ key: 'causeOther', kind: 'text', required: true, shownByRule: true, maxLength: 100, pattern: null });
    expect(s.placeholder).toEqual({ ja: '例：竜巻', en: 'e.g. tornado' });
  });

  it('reads numbers, dates, attachments, email and content', () => {
    expect(readField(risai, { page: 5, index: 0 })).toMatchObject({ kind: 'number', minimum: 1, maximum: 10, integer: true });
    expect(readField(risai, { page: 0, index: 2 })).toMatchObject({ kind: 'wareki-date', calendar: 'wareki' });
    expect(readField(risai, { page: 1, index: 3 })).toMatchObject({ kind: 'attachments', minItems: 1, maxItems: 3, accept: ['image/*', 'application/pdf'] });
    expect(readField(risai, { page: 0, index: 5 })).toMatchObject({ kind: 'email', confirm: true, maxLength: 254 });
    const p = readField(risai, { page: 0, index: 0 });
    expect(p).toMatchObject({ kind: 'paragraph', key: null, required: false });
    expect(p.label.ja).toContain('この申請をする方');
    expect(p.editable).toEqual(['kind', 'label']);
  });

  it('reads fields inside a repeating group and the group itself', () => {
    const nintei = libraryForm('childcare/jidou-teate-nintei');
    const page = nintei.ui.pages.findIndex((p) => p.elements.some((e) => 'field' in e && e.field === 'children'));
    const index = nintei.ui.pages[page]!.elements.findIndex((e) => 'field' in e && e.field === 'children');
    expect(readField(nintei, { page, index })).toMatchObject({ kind: 'group', minItems: 1, maxItems: 10, itemLabel: { ja: 'お子さん', en: 'Child' } });
    const rel = readField(nintei, { page, index, child: 3 });
    expect(rel).toMatchObject({ key: 'relationshipOther', inGroup: true, shownByRule: true, required: true });
  });

  it('refuses an address that does not exist', () => {
    const def = addElement(blank(), { page: 0, index: 0 }, 'text').def;
    expect(() => readField(def, { page: 0, index: 1 })).toThrow(expect.objectContaining({ code: 'noSuchElement' }));
    expect(() => readField(def, { page: 0, index: 0, child: 0 })).toThrow(expect.objectContaining({ code: 'notAGroup' }));
  });
});
