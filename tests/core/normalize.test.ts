import { describe, expect, it } from 'vitest';
import { compile } from '../../core/compile.ts';
import { normalizeAnswers, normalizeFieldValue, normalizeValue } from '../../core/normalize.ts';
import { buildServerValidator } from '../../core/validator-code.ts';
import { fieldOf, form, validAnswers } from './fixtures.ts';

const def = form();
const server = buildServerValidator(compile(def));
const norm = (answers: Record<string, unknown>) => normalizeAnswers(def, answers);

describe('normalizeAnswers', () => {
  it('leaves canonical answers as they are', () => {
    expect(norm(validAnswers())).toEqual(validAnswers());
  });

  it('turns hiragana and half-width kana into katakana in katakana fields', () => {
    const out = norm({ applicant: { family: 'やまだ', given: 'はなこ', familyKana: 'やまだ', givenKana: 'ﾊﾅｺ' } });
    expect(out.applicant).toEqual({ family: 'やまだ', given: 'はなこ', familyKana: 'ヤマダ', givenKana: 'ハナコ' });
  });

  it.each([
    ['１００ー０００１', '100-0001'],
    ['１０００００１', '100-0001'],
    ['1000001', '100-0001'],
    ['〒100-0001', '100-0001'],
    [' 100－0001 ', '100-0001'],
  ])('makes postal code %j into %j', (typed, canonical) => {
    expect(norm({ address: { postalCode: typed, address1: 'x' } }).address).toEqual({ postalCode: canonical, address1: 'x' });
  });

  it('trims strings', () => {
    expect(norm({ causeOther: '  落雷\u3000 ' }).causeOther).toBe('落雷');
  });

  it('drops empty strings so that "required" fires, not a length error', () => {
    const answers = { ...validAnswers(), causeOther: '   ', spouseName: '' };
    const out = norm(answers);
    expect(out).not.toHaveProperty('causeOther');
    expect(out).not.toHaveProperty('spouseName');
    expect(server.validate(out)).toBe(false);
    expect(server.validate.errors!.filter((e) => e.keyword !== 'if').map((e) => [e.keyword, e.params.missingProperty])).toEqual([
      ['required', 'causeOther'],
      ['required', 'spouseName'],
    ]);
  });

  it('drops an object whose parts are all empty, and an empty list', () => {
    const out = norm({ applicant: { family: '', given: ' ' }, documents: [], remarks: 'x' });
    expect(out).toEqual({ remarks: 'x' });
  });

  it('drops null', () => {
    expect(norm({ remarks: null, cause: 'fire' })).toEqual({ cause: 'fire' });
  });

  it('turns CRLF and CR into LF', () => {
    expect(norm({ remarks: '一行目\r\n二行目\r三行目' }).remarks).toBe('一行目\n二行目\n三行目');
  });

  it('drops control characters (NUL, bell, escape, DEL) but keeps tabs and line breaks', () => {
    expect(norm({ remarks: '一\u0000行\u0007目\u001b\u007f\t二\n三' }).remarks).toBe('一行目\t二\n三');
    expect(norm({ remarks: '\u0000\u0001' }).remarks).toBeUndefined();
  });

  it.each([
    ['３', 3],
    ['12', 12],
    [' ４ ', 4],
    ['1,200', 1200],
    ['-2', -2],
  ])('makes %j a number in an integer field', (typed, n) => {
    expect(norm({ householdSize: typed }).householdSize).toBe(n);
  });

  it.each(['三', '3人', '1e3', '0x10'])('leaves %j as typed so the validator reports it', (typed) => {
    expect(norm({ householdSize: typed }).householdSize).toBe(typed);
  });

  it('does not turn numbers into strings in text fields', () => {
    expect(norm({ causeOther: '３' }).causeOther).toBe('３');
  });

  it('keeps booleans and numbers', () => {
    expect(norm({ hasSpouse: false, householdSize: 0, consent: true })).toEqual({ hasSpouse: false, householdSize: 0, consent: true });
  });

  it('normalises inside group rows', () => {
    const out = norm({ children: [{ name: ' 一郎 ', birthDate: '２０１６/４/１' }] });
    expect(out.children).toEqual([{ name: '一郎', birthDate: '2016-04-01' }]);
  });

  it('keeps an emptied group row as {} so row numbers do not shift', () => {
    const out = norm({ children: [{ name: '' }, { name: '二郎' }, { name: ' ', school: '' }] });
    expect(out.children).toEqual([{}, { name: '二郎' }, {}]);
  });

  it('keeps "__proto__" an own key and leaves prototypes alone', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": "yes"}, "cause": "fire", "children": [{"__proto__": {"x": 1}}]}');
    const out = norm(raw);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const [row] = out.children as object[];
    expect(Object.hasOwn(row!, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    // …so the validator still refuses it as an unknown property.
    expect(server.validate({ ...validAnswers(), ...out, cause: 'other' })).toBe(false);
  });

  it('does not mutate its input', () => {
    const raw = { applicant: { familyKana: 'やまだ' }, remarks: ' x ' };
    const before = structuredClone(raw);
    norm(raw);
    expect(raw).toEqual(before);
  });

  it('returns {} for answers that are all empty', () => {
    expect(norm({ remarks: '', cause: ' ' })).toEqual({});
  });
});

describe('normalizeValue', () => {
  it('follows $ref to find the format', () => {
    const root = { $defs: { kana: { type: 'string', format: 'katakana' } } };
    expect(normalizeValue(root, { $ref: '#/$defs/kana' }, 'かな')).toBe('カナ');
  });

  it.each([
    [{ type: 'string', format: 'jp-phone' }, '０９０ー１２３４ー５６７８', '090-1234-5678'],
    [{ type: 'string', format: 'email' }, 'ｎａｍｅ＠ｅｘａｍｐｌｅ．ｊｐ', 'name@example.jp'],
    [{ type: 'string', format: 'date' }, '令和元年5月1日', '2019-05-01'],
    [{ type: 'string', pattern: '^\\d{4}$' }, '１２３４', '1234'],
    [{ type: 'string' }, '１２３４', '１２３４'],
    [{ type: 'number' }, '1.5', 1.5],
  ])('%j: %j → %j', (schema, typed, expected) => {
    expect(normalizeValue(schema, schema, typed)).toBe(expected);
  });

  it('treats a value without a schema as plain text', () => {
    expect(normalizeValue({}, undefined, ' ａ ')).toBe('ａ');
  });
});

describe('normalizeFieldValue', () => {
  it('normalises one field as the citizen leaves it', () => {
    const props = def.schema.properties as Record<string, Record<string, unknown>>;
    expect(normalizeFieldValue(fieldOf(def, 'householdSize'), props.householdSize, '５')).toBe(5);
    expect(normalizeFieldValue(fieldOf(def, 'applicant'), props.applicant, { familyKana: 'やまだ', family: '' }, def.schema)).toEqual({
      familyKana: 'ヤマダ',
    });
  });
});
