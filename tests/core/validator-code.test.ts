import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../core/compile.ts';
import { buildServerValidator, buildValidatorModule, type ServerValidator } from '../../core/validator-code.ts';
import { instantiateValidator, type AjvErrorLike, type FormValidator } from '../../core/validator-runtime.ts';
import { ATTACHMENT_ID, form, importValidatorModule, validAnswers } from './fixtures.ts';

const compiled = compile(form());

/** A valid answer set with `changes` applied (`undefined` deletes a key). */
function answers(changes: Record<string, unknown>): Record<string, unknown> {
  const a = validAnswers();
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete a[k];
    else a[k] = v;
  }
  return a;
}

const doc = (id = ATTACHMENT_ID) => ({ id, name: 'a.pdf', size: 1, type: 'application/pdf' });

const VALID: [string, unknown][] = [
  ['the example', validAnswers()],
  ['cause fire, no causeOther', answers({ cause: 'fire', causeOther: undefined })],
  ['no spouse, spouse fields absent', answers({ hasSpouse: false, spouseName: undefined, spouseWorks: undefined, spouseEmployer: undefined })],
  ['spouse not working', answers({ spouseWorks: false, spouseEmployer: undefined })],
  ['causeOther of 10 emoji (maxLength counts code points)', answers({ causeOther: '😀'.repeat(10) })],
  ['two different documents', answers({ documents: [doc(), doc(`${ATTACHMENT_ID}x`)] })],
  ['remarks given', answers({ remarks: '特になし\n以上' })],
];

const INVALID: [string, unknown][] = [
  ['nothing at all', {}],
  ['not an object', 'hello'],
  ['null', null],
  ['an array', []],
  ['causeOther missing while shown', answers({ causeOther: undefined })],
  ['causeOther filled while hidden', answers({ cause: 'fire' })],
  ['cause not an option', answers({ cause: 'earthquake' })],
  ['causeOther of 11 emoji', answers({ causeOther: '😀'.repeat(11) })],
  ['spouse fields filled while hidden', answers({ hasSpouse: false })],
  ['spouse name missing while shown', answers({ spouseName: undefined })],
  ['hasSpouse not a boolean', answers({ hasSpouse: 'yes' })],
  ['kana in hiragana', answers({ applicant: { family: '山田', given: '花子', familyKana: 'やまだ', givenKana: 'ハナコ' } })],
  ['name part missing', answers({ applicant: { family: '山田', given: '花子', familyKana: 'ヤマダ' } })],
  ['postal code without hyphen', answers({ address: { postalCode: '1000001', address1: '東京都' } })],
  ['householdSize not an integer', answers({ householdSize: 2.5 })],
  ['householdSize too small', answers({ householdSize: 0 })],
  ['no children', answers({ children: [] })],
  ['children not an array', answers({ children: { name: 'x' } })],
  ['school filled in a row not at school', answers({ children: [{ name: 'a', birthDate: '2016-04-01', inSchool: false, school: 'x' }] })],
  ['school missing in a row at school', answers({ children: [{ name: 'a', birthDate: '2016-04-01', inSchool: true }] })],
  ['impossible birth date', answers({ children: [{ name: 'a', birthDate: '2023-02-30' }] })],
  ['unknown property in a row', answers({ children: [{ name: 'a', birthDate: '2016-04-01', age: 8 }] })],
  ['the same document twice (uniqueItems)', answers({ documents: [doc(), doc()] })],
  ['a bad attachment id', answers({ documents: [doc('short')] })],
  ['too many documents', answers({ documents: [doc('a'.repeat(22)), doc('b'.repeat(22)), doc('c'.repeat(22)), doc('d'.repeat(22))] })],
  ['consent false', answers({ consent: false })],
  ['an unknown top-level property', answers({ nickname: 'x' })],
];

const pairs = (errors: readonly AjvErrorLike[]) => [...new Set(errors.map((e) => `${e.instancePath} ${e.keyword}`))].sort();

describe('buildServerValidator', () => {
  const server = buildServerValidator(compiled);

  it.each(VALID)('accepts %s', (_, data) => {
    expect(server.validate(data), JSON.stringify(server.validate.errors)).toBe(true);
  });

  it.each(INVALID)('refuses %s', (_, data) => {
    expect(server.validate(data)).toBe(false);
    expect(server.validate.errors?.length).toBeGreaterThan(0);
  });

  it('reports every error, not just the first (allErrors)', () => {
    server.validate({});
    expect(server.validate.errors!.map((e) => e.params.missingProperty)).toEqual([
      'applicant',
      'address',
      'householdSize',
      'cause',
      'hasSpouse',
      'children',
      'documents',
      'consent',
    ]);
  });

  it('has one validator per rule that checks its condition alone', () => {
    expect(Object.keys(server.rules)).toEqual(['r0', 'r1', 'r2', 'r3']);
    expect(server.rules.r0!({ cause: 'other' })).toBe(true);
    expect(server.rules.r0!({ cause: 'fire' })).toBe(false);
    expect(server.rules.r0!({})).toBe(false);
    expect(server.rules.r3!({ inSchool: true })).toBe(true);
    expect(server.rules.r3!({ inSchool: false })).toBe(false);
  });

  it('uses the core formats', () => {
    expect(server.validate(answers({ address: { postalCode: '100-0001', address1: 'x' } }))).toBe(true);
    expect(server.validate(answers({ address: { postalCode: '100-000', address1: 'x' } }))).toBe(false);
    expect(server.validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/address/postalCode', keyword: 'format', params: { format: 'jp-postal-code' } }),
    );
  });

  it('accepts x- annotations but throws on unknown keywords', () => {
    const annotated = compile(form());
    annotated.schema['x-note'] = { anything: true };
    expect(() => buildServerValidator(annotated)).not.toThrow();
    const typo = compile(form());
    (typo.schema.properties as Record<string, Record<string, unknown>>).remarks!.maxLenght = 3;
    expect(() => buildServerValidator(typo)).toThrow(/maxLenght/);
  });

  it('does not mutate the compiled form', () => {
    const c = compile(form());
    const before = structuredClone(c);
    buildServerValidator(c);
    buildValidatorModule(c);
    expect(c).toEqual(before);
  });
});

describe('buildValidatorModule', () => {
  const code = buildValidatorModule(compiled);

  it('is an ES module with a default export factory', () => {
    expect(code).toMatch(/^export default function \(require, formats\) \{/);
    expect(code).toContain('return exports;');
  });

  it('exports the form validator and one function per rule', () => {
    for (const name of ['validate', 'r0', 'r1', 'r2', 'r3']) expect(code).toContain(`exports.${name} =`);
  });

  it('requires nothing from ajv but the ucs2length and equal runtime helpers', () => {
    const required = [...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['ajv/dist/runtime/ucs2length', 'ajv/dist/runtime/equal']));
    expect(code.match(/require\("ajv/g)).toHaveLength(required.length);
  });

  it('needs no eval (strict CSP)', () => {
    expect(code).not.toMatch(/new Function|\beval\s*\(/);
  });

  it('takes formats from its argument instead of embedding them', () => {
    expect(code).toContain('formats');
    expect(code).not.toContain('isKatakana');
  });
});

describe('server and browser validators agree', () => {
  let server: ServerValidator;
  let browser: FormValidator;

  beforeAll(async () => {
    server = buildServerValidator(compiled);
    browser = instantiateValidator((await importValidatorModule(compiled)).factory);
  });

  it.each([...VALID, ...INVALID])('on %s', (_, data) => {
    const ok = server.validate(data);
    const serverErrors = server.validate.errors ?? [];
    const browserErrors = browser.validate(data);
    expect(browserErrors.length === 0).toBe(ok);
    expect(pairs(browserErrors)).toEqual(pairs(serverErrors));
  });

  it('on the exact error objects too', () => {
    for (const [, data] of INVALID) {
      server.validate(data);
      expect(browser.validate(data)).toEqual(server.validate.errors);
    }
  });

  it('on every rule condition', () => {
    const rows = [{}, { inSchool: true }, { inSchool: false }, { cause: 'other' }, { cause: 'fire' }, { hasSpouse: true }, { spouseWorks: true }];
    for (const id of Object.keys(server.rules)) {
      for (const data of rows) expect(browser.rule(id, data), `${id} ${JSON.stringify(data)}`).toBe(server.rules[id]!(data));
    }
  });
});
