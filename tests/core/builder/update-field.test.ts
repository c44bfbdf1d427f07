import { describe, expect, it } from 'vitest';
import { addElement } from '../../../core/builder/add-element.ts';
import { BuilderError } from '../../../core/builder/builder-error.ts';
import { readField } from '../../../core/builder/read-field.ts';
import { setRule } from '../../../core/builder/set-rule.ts';
import { updateField } from '../../../core/builder/update-field.ts';
import { compile } from '../../../core/compile.ts';
import type { FieldElement, FormDefinition, JSONSchema } from '../../../core/definition.ts';
import { buildServerValidator } from '../../../core/validator-code.ts';
import { blank, deepFreeze, expectLintClean, libraryForm } from './helpers.ts';

const props = (def: FormDefinition) => def.schema.properties as Record<string, JSONSchema>;
const code = (c: string) => expect.objectContaining({ code: c });

function withKinds(...kinds: Parameters<typeof addElement>[2][]): FormDefinition {
  let def = blank();
  for (const k of kinds) def = addElement(def, { page: 0, index: 99 }, k).def;
  return deepFreeze(def);
}

describe('updateField', () => {
  it('sets label, help and placeholder; the schema title follows the Japanese label', () => {
    const def = withKinds('text');
    const next = updateField(def, { page: 0, index: 0 }, { label: { ja: '件名', en: 'Subject' }, help: { ja: '30文字以内' }, placeholder: { ja: '例：道路の穴' } });
    expect(readField(next, { page: 0, index: 0 })).toMatchObject({ label: { ja: '件名', en: 'Subject' }, help: { ja: '30文字以内' }, placeholder: { ja: '例：道路の穴' } });
    expect(props(next).text1?.title).toBe('件名');
    const cleared = updateField(next, { page: 0, index: 0 }, { help: null, placeholder: { ja: '' } });
    expect(readField(cleared, { page: 0, index: 0 }).help).toBeUndefined();
    expect(readField(cleared, { page: 0, index: 0 }).placeholder).toBeUndefined();
    expectLintClean(cleared);
  });

  it('refuses a label without Japanese', () => {
    expect(() => updateField(withKinds('text'), { page: 0, index: 0 }, { label: { ja: ' ', en: 'x' } })).toThrow(code('japaneseRequired'));
  });

  it('toggles required in the schema required list (top level and inside a group)', () => {
    let def = withKinds('text', 'group');
    def = addElement(def, { page: 0, index: 0, group: 1 }, 'number').def;
    def = updateField(def, { page: 0, index: 0 }, { required: true });
    def = updateField(def, { page: 0, index: 1, child: 0 }, { required: true });
    expect(def.schema.required).toEqual(['text1']);
    expect((props(def).group1?.items as JSONSchema).required).toEqual(['number1']);
    def = updateField(def, { page: 0, index: 0 }, { required: false });
    expect(def.schema.required).toEqual([]);
    expectLintClean(def);
  });

  it('a required field shown by a rule is required only while shown (compile moves it into then)', () => {
    let def = withKinds('yes-no', 'text');
    def = setRule(def, { page: 0, index: 1 }, { combine: 'all', conditions: [{ field: 'yesNo1', op: 'eq', value: true }] });
    def = updateField(def, { page: 0, index: 1 }, { required: true });
    expect(def.schema.required).toEqual(['text1']);
    const v = buildServerValidator(compile(def));
    expect(v.validate({ yesNo1: false })).toBe(true);
    expect(v.validate({ yesNo1: true })).toBe(false);
    expect(v.validate({ yesNo1: true, text1: 'はい' })).toBe(true);
  });

  it('sets and clears length limits and refuses bad numbers and ranges', () => {
    const def = withKinds('text');
    const next = updateField(def, { page: 0, index: 0 }, { minLength: 2, maxLength: 20 });
    expect(props(next).text1).toMatchObject({ minLength: 2, maxLength: 20 });
    expect(props(updateField(next, { page: 0, index: 0 }, { minLength: null })).text1?.minLength).toBeUndefined();
    expect(() => updateField(def, { page: 0, index: 0 }, { maxLength: -1 })).toThrow(code('badNumber'));
    expect(() => updateField(def, { page: 0, index: 0 }, { maxLength: 1.5 })).toThrow(code('badNumber'));
    expect(() => updateField(next, { page: 0, index: 0 }, { minLength: 30 })).toThrow(code('badRange'));
  });

  it('number: minimum, maximum and whole numbers', () => {
    const def = withKinds('number');
    const next = updateField(def, { page: 0, index: 0 }, { minimum: 1.5, maximum: 10, integer: false });
    expect(props(next).number1).toMatchObject({ type: 'number', minimum: 1.5, maximum: 10 });
    expect(() => updateField(def, { page: 0, index: 0 }, { minimum: 5, maximum: 1 })).toThrow(code('badRange'));
    expect(() => updateField(def, { page: 0, index: 0 }, { maximum: Number.NaN })).toThrow(code('badNumber'));
  });

  it('sets a pattern preset and removes it', () => {
    const def = withKinds('text');
    const digits = updateField(def, { page: 0, index: 0 }, { pattern: 'digits' });
    expect(props(digits).text1?.pattern).toBe('^[0-9]+$');
    const kana = updateField(digits, { page: 0, index: 0 }, { pattern: 'katakana' });
    expect(props(kana).text1).toMatchObject({ format: 'katakana' });
    expect(props(kana).text1?.pattern).toBeUndefined();
    expect(readField(kana, { page: 0, index: 0 }).pattern).toBe('katakana');
    expect(props(updateField(kana, { page: 0, index: 0 }, { pattern: null })).text1?.format).toBeUndefined();
    expect(() => updateField(def, { page: 0, index: 0 }, { pattern: 'nope' })).toThrow(code('badPattern'));
  });

  it('replaces options: enum and labels together, checkboxes in items', () => {
    const def = withKinds('radio', 'checkboxes');
    const options = [
      { value: 'a', label: { ja: 'あ' } },
      { value: 'b', label: { ja: 'い', en: 'i' } },
    ];
    let next = updateField(def, { page: 0, index: 0 }, { options });
    next = updateField(next, { page: 0, index: 1 }, { options, minItems: 1, maxItems: 2 });
    expect(props(next).choice1?.enum).toEqual(['a', 'b']);
    expect((props(next).choices1?.items as JSONSchema).enum).toEqual(['a', 'b']);
    expect((next.ui.pages[0]?.elements[1] as FieldElement).options).toEqual({ a: { ja: 'あ' }, b: { ja: 'い', en: 'i' } });
    expect(readField(next, { page: 0, index: 1 }).options).toEqual(options);
    expectLintClean(next);
    expect(() => updateField(def, { page: 0, index: 0 }, { options: [] })).toThrow(code('badOptions'));
    expect(() => updateField(def, { page: 0, index: 0 }, { options: [options[0]!, options[0]!] })).toThrow(code('badOptions'));
    expect(() => updateField(def, { page: 0, index: 0 }, { options: [{ value: 'x', label: { ja: '' } }] })).toThrow(code('japaneseRequired'));
  });

  it('sets a default that fits, refuses one that does not, and drops one whose option is removed', () => {
    const def = withKinds('radio', 'text');
    const withDefault = updateField(def, { page: 0, index: 0 }, { default: 'option2' });
    expect(readField(withDefault, { page: 0, index: 0 }).default).toBe('option2');
    expect(() => updateField(def, { page: 0, index: 0 }, { default: 'zzz' })).toThrow(code('badDefault'));
    const narrowed = updateField(withDefault, { page: 0, index: 0 }, { options: [{ value: 'option1', label: { ja: 'はい' } }] });
    expect(readField(narrowed, { page: 0, index: 0 }).default).toBeUndefined();
    expect(props(updateField(def, { page: 0, index: 1 }, { default: '初期値' })).text1?.default).toBe('初期値');
    expect(() => buildServerValidator(compile(withDefault))).not.toThrow();
  });

  it('switches between kinds with the same answer shape only', () => {
    const def = withKinds('text', 'radio', 'date', 'heading', 'number');
    expect((updateField(def, { page: 0, index: 0 }, { kind: 'textarea' }).ui.pages[0]?.elements[0] as FieldElement).widget).toBe('textarea');
    expect((updateField(def, { page: 0, index: 1 }, { kind: 'select' }).ui.pages[0]?.elements[1] as FieldElement).widget).toBe('select');
    expect((updateField(def, { page: 0, index: 2 }, { calendar: 'wareki' }).ui.pages[0]?.elements[2] as FieldElement).widget).toBe('wareki-date');
    expect(updateField(def, { page: 0, index: 3 }, { kind: 'paragraph' }).ui.pages[0]?.elements[3]).toMatchObject({ kind: 'paragraph' });
    expect(() => updateField(def, { page: 0, index: 1 }, { kind: 'checkboxes' })).toThrow(code('kindChange'));
    expect(() => updateField(def, { page: 0, index: 4 }, { kind: 'text' })).toThrow(code('notEditable'));
  });

  it('edits heading and paragraph text through label', () => {
    const def = withKinds('paragraph');
    const next = updateField(def, { page: 0, index: 0 }, { label: { ja: '注意事項をお読みください。', en: 'Please read the notes.' } });
    expect(next.ui.pages[0]?.elements[0]).toEqual({ kind: 'paragraph', content: { ja: '注意事項をお読みください。', en: 'Please read the notes.' } });
    expect(() => updateField(def, { page: 0, index: 0 }, { required: true })).toThrow(code('notEditable'));
  });

  it('refuses settings the kind does not have, but accepts unchanged values', () => {
    const def = withKinds('name-kana');
    expect(() => updateField(def, { page: 0, index: 0 }, { maxLength: 10 })).toThrow(code('notEditable'));
    const same = readField(def, { page: 0, index: 0 });
    const { editable: _e, shownByRule: _s, inGroup: _g, ...unchanged } = same;
    expect(updateField(def, { page: 0, index: 0 }, unchanged as never)).toBe(def);
    expect(updateField(def, { page: 0, index: 0 }, { default: null, help: null })).toBe(def);
  });

  it('attachments: accept and file counts; email: confirm; group: rows and item label', () => {
    const def = withKinds('attachments', 'email', 'group');
    let next = updateField(def, { page: 0, index: 0 }, { accept: ['application/pdf'], minItems: 1, maxItems: 3 });
    next = updateField(next, { page: 0, index: 1 }, { confirm: true });
    next = updateField(next, { page: 0, index: 2 }, { minItems: 1, maxItems: 4, itemLabel: { ja: 'お子さん' } });
    expect(readField(next, { page: 0, index: 0 })).toMatchObject({ accept: ['application/pdf'], minItems: 1, maxItems: 3 });
    expect(readField(next, { page: 0, index: 1 }).confirm).toBe(true);
    expect(readField(next, { page: 0, index: 2 })).toMatchObject({ minItems: 1, maxItems: 4, itemLabel: { ja: 'お子さん' } });
    expectLintClean(next);
  });

  describe('renaming the key', () => {
    it('renames the property (in place), required, rules and example', () => {
      let def = withKinds('radio', 'text', 'text');
      def = updateField(def, { page: 0, index: 1 }, { required: true });
      def = setRule(def, { page: 0, index: 1 }, { combine: 'all', conditions: [{ field: 'choice1', op: 'eq', value: 'option2' }] });
      def = { ...def, example: { choice1: 'option2', text1: 'x', text2: 'y' } };
      const next = updateField(def, { page: 0, index: 0 }, { key: 'reason' });
      expect(Object.keys(props(next))).toEqual(['reason', 'text1', 'text2']);
      expect(next.ui.rules).toEqual([{ show: 'text1', when: { properties: { reason: { const: 'option2' } }, required: ['reason'] } }]);
      expect(Object.keys(next.example)).toEqual(['reason', 'text1', 'text2']);
      const shown = updateField(next, { page: 0, index: 1 }, { key: 'reasonOther' });
      expect(shown.ui.rules?.[0]?.show).toBe('reasonOther');
      expect(shown.schema.required).toEqual(['reasonOther']);
      expectLintClean(shown);
    });

    it('renames inside a group: the group rules and every example row', () => {
      const lib = libraryForm('childcare/jidou-teate-nintei');
      const page = lib.ui.pages.findIndex((p) => p.elements.some((e) => 'field' in e && e.field === 'children'));
      const index = lib.ui.pages[page]!.elements.findIndex((e) => 'field' in e && e.field === 'children');
      const next = updateField(lib, { page, index, child: 2 }, { key: 'zokugara' });
      const group = next.ui.pages[page]!.elements[index] as FieldElement;
      expect(group.rules?.[0]?.when).toEqual({ properties: { zokugara: { const: 'other' } }, required: ['zokugara'] });
      for (const row of next.example.children as Record<string, unknown>[]) expect(row).toHaveProperty('zokugara');
      expectLintClean(next);
      expect(buildServerValidator(compile(next)).validate(next.example)).toBe(true);
    });

    it('renames a repeating group: rules on it and its example rows follow', () => {
      const hoiku = libraryForm('childcare/hoiku-moushikomi');
      const page = hoiku.ui.pages.findIndex((p) => p.elements.some((e) => 'field' in e && e.field === 'siblings'));
      const index = hoiku.ui.pages[page]!.elements.findIndex((e) => 'field' in e && e.field === 'siblings');
      const next = updateField({ ...hoiku, example: { ...hoiku.example, siblings: [{ name: '伊藤 湊' }] } }, { page, index }, { key: 'kyoudai' });
      expect(next.ui.rules?.find((r) => r.show === 'kyoudai')).toBeTruthy();
      expect(next.example.kyoudai).toEqual([{ name: '伊藤 湊' }]);
      expectLintClean(next);
    });

    it('refuses an invalid or duplicate key with a Japanese and English message', () => {
      const def = withKinds('text', 'text');
      expect(() => updateField(def, { page: 0, index: 0 }, { key: '1abc' })).toThrow(code('invalidKey'));
      try {
        updateField(def, { page: 0, index: 0 }, { key: 'text2' });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(BuilderError);
        expect((e as BuilderError).code).toBe('duplicateKey');
        expect((e as BuilderError).messages.ja).toContain('「text2」');
        expect((e as BuilderError).messages.en).toContain('"text2"');
      }
    });
  });

  it('makes a $ref-ed library schema its own before changing it, leaving $defs alone', () => {
    const risai = libraryForm('disaster/risai-shomei');
    const next = updateField(risai, { page: 1, index: 3 }, { maxItems: 5 });
    expect(props(next).letterOfAttorney?.maxItems).toBe(5);
    expect(next.schema.$defs).toEqual(risai.schema.$defs);
    expectLintClean(next);
  });

  it('drops example answers that no longer fit', () => {
    const def = { ...withKinds('text'), example: { text1: 'とても長い答え' } };
    expect(updateField(def, { page: 0, index: 0 }, { maxLength: 3 }).example).toEqual({});
  });
});
