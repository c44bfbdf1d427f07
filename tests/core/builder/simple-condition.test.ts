import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conditionSchema, fromWhen, operatorsFor, toWhen, type SimpleCondition, type SimpleWhen } from '../../../core/builder/simple-condition.ts';
import { ELEMENT_KINDS } from '../../../core/builder/element-kinds.ts';
import { matches } from '../../../core/builder/json-match.ts';
import { buildServerValidator } from '../../../core/validator-code.ts';
import { library } from './helpers.ts';

/** ajv's verdict on a condition, exactly as the published validator evaluates rules. */
function holds(when: object, answers: unknown): boolean {
  return buildServerValidator({ schema: { ...when }, rules: [] }).validate(answers) as boolean;
}

describe('toWhen', () => {
  it('writes one condition the way the library does', () => {
    expect(toWhen({ combine: 'all', conditions: [{ field: 'cause', op: 'eq', value: 'other' }] })).toEqual({
      properties: { cause: { const: 'other' } },
      required: ['cause'],
    });
    expect(conditionSchema({ field: 'reason', op: 'neq', value: 'employment' })).toEqual({
      properties: { reason: { not: { const: 'employment' } } },
      required: ['reason'],
    });
    expect(conditionSchema({ field: 'c', op: 'in', value: ['a', 'b'] })).toEqual({ properties: { c: { enum: ['a', 'b'] } }, required: ['c'] });
    expect(conditionSchema({ field: 'p', op: 'includes', value: 'other' })).toEqual({ properties: { p: { contains: { const: 'other' } } }, required: ['p'] });
    expect(conditionSchema({ field: 'n', op: 'gte', value: 3 })).toEqual({ properties: { n: { type: 'number', minimum: 3 } }, required: ['n'] });
    expect(conditionSchema({ field: 'x', op: 'answered' })).toEqual({ required: ['x'] });
  });

  it('combines several conditions with allOf or anyOf', () => {
    const conditions: SimpleCondition[] = [
      { field: 'a', op: 'eq', value: true },
      { field: 'n', op: 'lt', value: 18 },
    ];
    expect(toWhen({ combine: 'all', conditions })).toEqual({ allOf: conditions.map(conditionSchema) });
    expect(toWhen({ combine: 'any', conditions })).toEqual({ anyOf: conditions.map(conditionSchema) });
  });

  it('refuses no conditions and values that cannot be compared', () => {
    expect(() => toWhen({ combine: 'all', conditions: [] })).toThrow(expect.objectContaining({ code: 'noConditions' }));
    expect(() => conditionSchema({ field: 'n', op: 'gt', value: '3' })).toThrow(expect.objectContaining({ code: 'badValue' }));
    expect(() => conditionSchema({ field: 'c', op: 'in', value: [] })).toThrow(expect.objectContaining({ code: 'badValue' }));
    expect(() => conditionSchema({ field: 'c', op: 'eq' })).toThrow(expect.objectContaining({ code: 'badValue' }));
  });

  it('semantics, as the validator evaluates them: an unanswered field matches no comparison, "is not" included', () => {
    const neq = toWhen({ combine: 'all', conditions: [{ field: 'reason', op: 'neq', value: 'employment' }] });
    expect(holds(neq, {})).toBe(false);
    expect(holds(neq, { reason: 'employment' })).toBe(false);
    expect(holds(neq, { reason: 'illness' })).toBe(true);
    const gt = toWhen({ combine: 'all', conditions: [{ field: 'n', op: 'gt', value: 2 }] });
    expect(holds(gt, {})).toBe(false);
    expect(holds(gt, { n: 3 })).toBe(true);
    expect(holds(gt, { n: 2 })).toBe(false);
    expect(holds(gt, { n: 'many' })).toBe(false);
    const answered = toWhen({ combine: 'all', conditions: [{ field: 'yes', op: 'answered' }] });
    expect(holds(answered, { yes: false })).toBe(true);
    expect(holds(answered, {})).toBe(false);
  });
});

describe('fromWhen', () => {
  it('reads every simple condition of the forms library, and returns null for hand-written ones', () => {
    let simple = 0;
    let detailed = 0;
    for (const [, def] of library()) {
      const rules = [...(def.ui.rules ?? []), ...def.ui.pages.flatMap((p) => p.elements.flatMap((e) => ('rules' in e ? (e.rules ?? []) : [])))];
      for (const rule of rules) {
        const read = fromWhen(rule.when);
        if (read) {
          simple++;
          expect(toWhen(read)).toEqual(rule.when);
        } else detailed++;
      }
    }
    expect(simple).toBeGreaterThan(40);
    expect(detailed).toBe(1); // hoiku-genkyo: changeTypes anyOf contains …
  });

  it('reads a library-style conjunction over several fields as "all"', () => {
    expect(fromWhen({ properties: { a: { const: 'x' } }, required: ['a', 'b'] })).toEqual({
      combine: 'all',
      conditions: [
        { field: 'a', op: 'eq', value: 'x' },
        { field: 'b', op: 'answered' },
      ],
    });
  });

  it('returns null for conditions it cannot show', () => {
    expect(fromWhen({ properties: { a: { const: 'x' } } })).toBeNull(); // true when a is unanswered
    expect(fromWhen({ properties: { a: { pattern: '^x' } }, required: ['a'] })).toBeNull();
    expect(fromWhen({ not: { required: ['a'] } })).toBeNull();
    expect(fromWhen({ allOf: [{ allOf: [] }] })).toBeNull();
    expect(fromWhen(null)).toBeNull();
  });

  const scalar = fc.oneof(fc.string({ minLength: 1, maxLength: 5 }), fc.boolean(), fc.integer({ min: -5, max: 50 }));
  const condition: fc.Arbitrary<SimpleCondition> = fc.oneof(
    fc.record({ field: fc.constantFrom('a', 'b', 'c'), op: fc.constantFrom('eq', 'neq', 'includes' as const), value: scalar }),
    fc.record({ field: fc.constantFrom('a', 'b', 'c'), op: fc.constant('in' as const), value: fc.array(scalar, { minLength: 1, maxLength: 3 }) }),
    fc.record({ field: fc.constantFrom('a', 'b', 'c'), op: fc.constantFrom('gt', 'gte', 'lt', 'lte' as const), value: fc.integer({ min: -5, max: 50 }) }),
    fc.record({ field: fc.constantFrom('a', 'b', 'c'), op: fc.constant('answered' as const) }),
  );
  const rule: fc.Arbitrary<SimpleWhen> = fc.record({ combine: fc.constantFrom('all', 'any' as const), conditions: fc.array(condition, { minLength: 1, maxLength: 4 }) });

  it('round-trips: fromWhen(toWhen(rule)) is the rule (one condition reads back as "all")', () => {
    fc.assert(
      fc.property(rule, (r) => {
        const expected = r.conditions.length === 1 ? { ...r, combine: 'all' } : r;
        expect(fromWhen(toWhen(r))).toEqual(expected);
      }),
    );
  });

  it("the builder's own evaluator agrees with the validator on these conditions", () => {
    const answers = fc.dictionary(
      fc.constantFrom('a', 'b', 'c'),
      fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })),
    );
    fc.assert(
      fc.property(rule, fc.array(answers, { minLength: 8, maxLength: 8 }), (r, many) => {
        const when = toWhen(r);
        const validate = buildServerValidator({ schema: { ...when }, rules: [] }).validate;
        for (const a of many) expect(matches({}, when, a)).toBe(validate(a));
      }),
      { numRuns: 60 },
    );
  });
});

describe('operatorsFor', () => {
  it('offers comparisons that fit each kind, and none for content', () => {
    expect(operatorsFor('radio')).toEqual(['eq', 'neq', 'in', 'answered']);
    expect(operatorsFor('checkboxes')).toEqual(['includes', 'answered']);
    expect(operatorsFor('number')).toContain('gt');
    expect(operatorsFor('heading')).toEqual([]);
    for (const kind of ELEMENT_KINDS) if (kind !== 'heading' && kind !== 'paragraph') expect(operatorsFor(kind)).toContain('answered');
  });
});
