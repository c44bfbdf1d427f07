import { describe, expect, it } from 'vitest';
import { compile, type CompiledRule } from '../../core/compile.ts';
import { buildServerValidator } from '../../core/validator-code.ts';
import { stripHidden, visibility, type RuleEvaluator } from '../../core/visibility.ts';
import { form, validAnswers } from './fixtures.ts';

const compiled = compile(form());
const server = buildServerValidator(compiled);
const evaluator: RuleEvaluator = { rule: (id, data) => server.rules[id]!(data) };
const strip = (answers: Record<string, unknown>) => stripHidden(compiled.rules, evaluator, answers);
const vis = (answers: Record<string, unknown>) => visibility(compiled.rules, evaluator, answers);

/** Hand-made rules: each shows its fields while `answers[watch] === true`. */
function fakeRules(...rules: { watch: string; show: string[]; scope?: string }[]) {
  const byId = new Map<string, string>();
  const compiledRules: CompiledRule[] = rules.map((r, i) => {
    byId.set(`r${i}`, r.watch);
    return { id: `r${i}`, scope: r.scope ?? '', fields: r.show, when: {} };
  });
  const ev: RuleEvaluator = { rule: (id, data) => (data as Record<string, unknown> | null)?.[byId.get(id)!] === true };
  return { rules: compiledRules, ev };
}

describe('stripHidden', () => {
  it('keeps every answer when everything is visible', () => {
    expect(strip(validAnswers())).toEqual(validAnswers());
  });

  it('removes a hidden top-level field and keeps the visible ones', () => {
    const out = strip({ ...validAnswers(), cause: 'fire' });
    expect(out).not.toHaveProperty('causeOther');
    expect(out).toMatchObject({ cause: 'fire', spouseName: '山田太郎' });
  });

  it('removes a hidden field from the rows where it is hidden only', () => {
    const answers = validAnswers();
    answers.children = [
      { name: 'a', inSchool: true, school: 'A小' },
      { name: 'b', inSchool: false, school: 'B小' },
      { name: 'c', school: 'C小' },
    ];
    expect(strip(answers).children).toEqual([
      { name: 'a', inSchool: true, school: 'A小' },
      { name: 'b', inSchool: false },
      { name: 'c' },
    ]);
  });

  it('follows a chain: a field hidden because its controller is hidden', () => {
    // spouseWorks is still true, but it is hidden (no spouse), so the employer goes too.
    const out = strip({ ...validAnswers(), hasSpouse: false });
    expect(out).not.toHaveProperty('spouseName');
    expect(out).not.toHaveProperty('spouseWorks');
    expect(out).not.toHaveProperty('spouseEmployer');
    expect(out.hasSpouse).toBe(false);
  });

  it('follows a longer chain regardless of rule order', () => {
    // c shows d, b shows c, a shows b: listed backwards so each pass uncovers one more.
    const { rules, ev } = fakeRules({ watch: 'c', show: ['d'] }, { watch: 'b', show: ['c'] }, { watch: 'a', show: ['b'] });
    expect(stripHidden(rules, ev, { a: false, b: true, c: true, d: 'x', e: 1 })).toEqual({ a: false, e: 1 });
  });

  it('gives answers the validator accepts once hidden leftovers are dropped', () => {
    const answers = { ...validAnswers(), hasSpouse: false, cause: 'flood' };
    expect(server.validate(answers)).toBe(false);
    expect(server.validate(strip(answers))).toBe(true);
  });

  it('does not mutate its input', () => {
    const answers = { ...validAnswers(), hasSpouse: false };
    const before = structuredClone(answers);
    strip(answers);
    expect(answers).toEqual(before);
  });

  it('leaves non-row array items and non-array values alone', () => {
    const { rules, ev } = fakeRules({ watch: 'on', show: ['x'], scope: 'list' });
    expect(stripHidden(rules, ev, { list: ['a', null, 3, { on: false, x: 1, y: 2 }], other: 'v' })).toEqual({
      list: ['a', null, 3, { on: false, y: 2 }],
      other: 'v',
    });
  });

  it('encodes keys as JSON Pointer segments', () => {
    const { rules, ev } = fakeRules({ watch: 'on', show: ['a/b', 'c~d'] });
    expect(stripHidden(rules, ev, { on: false, 'a/b': 1, 'c~d': 2, a: 3 })).toEqual({ on: false, a: 3 });
  });

  it('keeps "__proto__" an own key and does not change the prototype', () => {
    const answers = JSON.parse('{"__proto__": {"polluted": true}, "cause": "fire", "causeOther": "x"}') as Record<string, unknown>;
    const out = strip(answers);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
    expect(out).not.toHaveProperty('causeOther');
  });

  it('keeps "__proto__" an own key inside group rows too', () => {
    const answers = validAnswers();
    answers.children = [JSON.parse('{"__proto__": {"polluted": true}, "inSchool": false, "school": "x"}')];
    const [row] = strip(answers).children as Record<string, unknown>[];
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.hasOwn(row!, '__proto__')).toBe(true);
    expect(row).not.toHaveProperty('school');
  });
});

describe('visibility', () => {
  it('says which top-level fields are hidden', () => {
    const v = vis({ ...validAnswers(), cause: 'fire' });
    expect(v.isHidden('/causeOther')).toBe(true);
    expect(v.isHidden('/cause')).toBe(false);
    expect(v.isHidden('/spouseName')).toBe(false);
  });

  it('treats pointers inside a hidden field as hidden, but not siblings sharing a prefix', () => {
    const { rules, ev } = fakeRules({ watch: 'on', show: ['address'] });
    const v = visibility(rules, ev, { on: false });
    expect(v.isHidden('/address')).toBe(true);
    expect(v.isHidden('/address/postalCode')).toBe(true);
    expect(v.isHidden('/address2')).toBe(false);
  });

  it('says which group-row fields are hidden, row by row', () => {
    const answers = validAnswers();
    answers.children = Array.from({ length: 11 }, (_, i) => ({ name: `c${i}`, inSchool: i !== 1 }));
    const v = vis(answers);
    expect(v.isHidden('/children/1/school')).toBe(true);
    expect(v.isHidden('/children/0/school')).toBe(false);
    expect(v.isHidden('/children/10/school')).toBe(false);
    expect(v.isHidden('/children/1/name')).toBe(false);
    expect(v.isHidden('/children')).toBe(false);
  });

  it('judges by the answers without hidden leftovers (chains)', () => {
    const v = vis({ ...validAnswers(), hasSpouse: false });
    expect(v.isHidden('/spouseWorks')).toBe(true);
    expect(v.isHidden('/spouseEmployer')).toBe(true);
  });

  it('shows fields whose condition holds', () => {
    const v = vis(validAnswers());
    for (const p of ['/causeOther', '/spouseName', '/spouseWorks', '/spouseEmployer', '/children/0/school']) {
      expect(v.isHidden(p), p).toBe(false);
    }
  });
});
