// Any sequence of builder operations keeps a form publishable: lint-clean, keys unique in
// their scope, inputs never changed, and generateExample makes an example that
// prepareDefinition (the publish check) accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addElement } from '../../../core/builder/add-element.ts';
import type { ElementAddress } from '../../../core/builder/address.ts';
import { isBuilderError } from '../../../core/builder/builder-error.ts';
import { conditionFields } from '../../../core/builder/condition-fields.ts';
import { deleteElement } from '../../../core/builder/delete-element.ts';
import { duplicateElement } from '../../../core/builder/duplicate-element.ts';
import { ELEMENT_KINDS } from '../../../core/builder/element-kinds.ts';
import { generateExample } from '../../../core/builder/example.ts';
import { moveDown, moveElement, moveUp } from '../../../core/builder/move-element.ts';
import { addPage, deletePage, movePage } from '../../../core/builder/pages.ts';
import { readField } from '../../../core/builder/read-field.ts';
import { setRule } from '../../../core/builder/set-rule.ts';
import type { SimpleCondition } from '../../../core/builder/simple-condition.ts';
import { updateField } from '../../../core/builder/update-field.ts';
import { isFieldElement, type FormDefinition } from '../../../core/definition.ts';
import { lintDefinition } from '../../../core/lint.ts';
import { normalizeAnswers } from '../../../core/normalize.ts';
import { blank, deepFreeze, expectPublishable, libraryForm } from './helpers.ts';

type Op = { op: string; a: number; b: number; c: number; kind: number; flag: boolean };

const opArb: fc.Arbitrary<Op> = fc.record({
  op: fc.constantFrom('add', 'add', 'add', 'addChild', 'move', 'up', 'down', 'duplicate', 'delete', 'required', 'rename', 'rule', 'unrule', 'addPage', 'deletePage', 'movePage'),
  a: fc.nat(50),
  b: fc.nat(50),
  c: fc.nat(50),
  // Repeating groups are one kind of many; pick them more often so their rows get exercised.
  kind: fc.oneof(fc.constant(ELEMENT_KINDS.indexOf('group')), fc.nat(ELEMENT_KINDS.length - 1)),
  flag: fc.boolean(),
});

/** Every element address of the form, top-level first then group children. */
function addresses(def: FormDefinition): ElementAddress[] {
  const out: ElementAddress[] = [];
  def.ui.pages.forEach((p, page) =>
    p.elements.forEach((el, index) => {
      out.push({ page, index });
      if (isFieldElement(el)) (el.elements ?? []).forEach((_, child) => out.push({ page, index, child }));
    }),
  );
  return out;
}

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

function apply(def: FormDefinition, o: Op): FormDefinition {
  const all = addresses(def);
  const at = pick(all, o.a);
  const pages = def.ui.pages.length;
  switch (o.op) {
    case 'add':
      return addElement(def, { page: o.a % pages, index: o.b }, ELEMENT_KINDS[o.kind]!).def;
    case 'addChild': {
      const groups = all.filter((x) => x.child === undefined && readField(def, x).kind === 'group');
      const g = pick(groups, o.a);
      return g ? addElement(def, { page: g.page, index: o.b, group: g.index }, ELEMENT_KINDS[o.kind]!).def : def;
    }
    case 'move': {
      if (!at) return def;
      const to = at.child !== undefined ? { ...at, child: o.b } : { page: o.b % pages, index: o.c };
      return moveElement(def, at, to).def;
    }
    case 'up':
      return at ? moveUp(def, at).def : def;
    case 'down':
      return at ? moveDown(def, at).def : def;
    case 'duplicate':
      return at ? duplicateElement(def, at).def : def;
    case 'delete':
      return at ? deleteElement(def, at).def : def;
    case 'required': {
      if (!at || readField(def, at).key === null) return def;
      return updateField(def, at, { required: o.flag });
    }
    case 'rename': {
      if (!at || readField(def, at).key === null) return def;
      return updateField(def, at, { key: pick(['alpha', 'beta', 'gamma', 'text1', 'choice1'], o.b)! });
    }
    case 'rule': {
      if (!at || readField(def, at).key === null) return def;
      const candidates = conditionFields(def, at);
      const watched = pick(candidates, o.b);
      if (!watched) return def;
      const op = pick(watched.operators, o.c)!;
      const optionValue = pick(watched.options ?? [], o.c)?.value;
      const value: unknown =
        op === 'answered' ? undefined
        : watched.kind === 'yes-no' ? o.flag
        : watched.kind === 'number' ? o.c
        : op === 'in' ? [optionValue]
        : optionValue ?? 'はい';
      const condition: SimpleCondition = value === undefined ? { field: watched.key, op } : { field: watched.key, op, value };
      return setRule(def, at, { combine: o.flag ? 'all' : 'any', conditions: [condition] });
    }
    case 'unrule':
      return at && readField(def, at).key !== null ? setRule(def, at, null) : def;
    case 'addPage':
      return addPage(def, o.a).def;
    case 'deletePage':
      return deletePage(def, o.a % pages, { withElements: o.flag }).def;
    case 'movePage':
      return movePage(def, o.a % pages, o.b % pages).def;
    default:
      return def;
  }
}

function run(start: FormDefinition, ops: Op[]): FormDefinition {
  let def = start;
  for (const o of ops) {
    const before = JSON.stringify(def);
    try {
      def = deepFreeze(apply(def, o));
    } catch (e) {
      // A refused operation (duplicate key, cycle, last page, ...) is fine; anything else is a bug.
      if (!isBuilderError(e)) throw e;
    }
    expect(lintDefinition(def), `${o.op} after ${before.length} chars`).toEqual([]);
  }
  return def;
}

describe('any sequence of builder operations', () => {
  it('keeps a blank form lint-clean and publishable with a generated example', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 15, maxLength: 60 }), (ops) => {
        const def = run(blank(), ops);
        const published = generateExample(def);
        expectPublishable(published);
        expect(normalizeAnswers(published, published.example)).toEqual(published.example);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps library forms lint-clean and publishable', () => {
    const forms = ['disaster/risai-shomei', 'childcare/hoiku-moushikomi', 'nursing-care/youkaigo-nintei'].map(libraryForm);
    fc.assert(
      fc.property(fc.nat(forms.length - 1), fc.array(opArb, { minLength: 5, maxLength: 30 }), (i, ops) => {
        const def = run(forms[i]!, ops);
        expectPublishable(generateExample(def));
      }),
      { numRuns: 20 },
    );
  });
});
