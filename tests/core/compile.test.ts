import { describe, expect, it } from 'vitest';
import { compile } from '../../core/compile.ts';
import type { FormDefinition, JSONSchema } from '../../core/definition.ts';
import { form } from './fixtures.ts';

type Conditional = { if: JSONSchema; then: JSONSchema | true; else: JSONSchema };

const allOf = (schema: JSONSchema) => schema.allOf as Conditional[];
const items = (schema: JSONSchema) => ((schema.properties as Record<string, JSONSchema>).children!.items as JSONSchema);

describe('compile', () => {
  it('declares the 2020-12 dialect', () => {
    expect(compile(form()).schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('turns each top-level rule into one if/then/else, in order', () => {
    const def = form();
    const conditions = allOf(compile(def).schema);
    expect(conditions).toHaveLength(3);
    def.ui.rules!.forEach((rule, i) => expect(conditions[i]!.if).toEqual(rule.when));
  });

  it('moves a required field into then and forbids it in else', () => {
    const [other] = allOf(compile(form()).schema);
    expect(other).toEqual({
      if: { properties: { cause: { const: 'other' } }, required: ['cause'] },
      then: { required: ['causeOther'] },
      else: { properties: { causeOther: false } },
    });
  });

  it('puts only the fields that were required into then; else forbids every shown field', () => {
    const [, spouse] = allOf(compile(form()).schema);
    expect(spouse!.then).toEqual({ required: ['spouseName'] });
    expect(spouse!.else).toEqual({ properties: { spouseName: false, spouseWorks: false } });
  });

  it('uses `then: true` when no shown field was required', () => {
    const def = form();
    def.ui.rules = [{ show: 'remarks', when: { properties: { cause: { const: 'fire' } } } }];
    expect(allOf(compile(def).schema)[0]!.then).toBe(true);
  });

  it('removes conditionally shown fields from the top-level required, keeping the rest in order', () => {
    expect(compile(form()).schema.required).toEqual([
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

  it('puts group rules in the items schema, not at the top level', () => {
    const { schema } = compile(form());
    const row = items(schema);
    expect(allOf(row)).toEqual([
      {
        if: { properties: { inSchool: { const: true } }, required: ['inSchool'] },
        then: { required: ['school'] },
        else: { properties: { school: false } },
      },
    ]);
    expect(row.required).toEqual(['name', 'birthDate']);
    expect(JSON.stringify(schema.allOf)).not.toContain('inSchool');
  });

  it('lists the rules with ids r0, r1, … (top level first) and their scope', () => {
    const { rules } = compile(form());
    expect(rules.map((r) => [r.id, r.scope, r.fields])).toEqual([
      ['r0', '', ['causeOther']],
      ['r1', '', ['spouseName', 'spouseWorks']],
      ['r2', '', ['spouseEmployer']],
      ['r3', 'children', ['school']],
    ]);
    expect(rules[3]!.when).toEqual({ properties: { inSchool: { const: true } }, required: ['inSchool'] });
  });

  it('numbers group rules after top-level ones even when there are none at the top', () => {
    const def = form();
    delete def.ui.rules;
    const { rules, schema } = compile(def);
    expect(rules.map((r) => [r.id, r.scope])).toEqual([['r0', 'children']]);
    expect(schema.allOf).toBeUndefined();
  });

  it('does not mutate the definition', () => {
    const def = form();
    const before = structuredClone(def);
    const compiled = compile(def);
    expect(def).toEqual(before);
    expect(compiled.schema).not.toBe(def.schema);
    expect(def.schema.allOf).toBeUndefined();
    expect(def.schema.$schema).toBeUndefined();
  });

  it('keeps an allOf the author wrote and appends the rules after it', () => {
    const def = form();
    const own = { not: { required: ['remarks', 'causeOther'] } };
    def.schema.allOf = [own];
    const conditions = compile(def).schema.allOf as JSONSchema[];
    expect(conditions).toHaveLength(4);
    expect(conditions[0]).toEqual(own);
    expect(conditions[1]).toHaveProperty('if');
    expect(def.schema.allOf).toEqual([own]);
  });

  it('leaves a form without rules unchanged apart from $schema', () => {
    const def: FormDefinition = form();
    delete def.ui.rules;
    for (const page of def.ui.pages) for (const e of page.elements) if ('rules' in e) delete e.rules;
    const { schema, rules } = compile(def);
    expect(rules).toEqual([]);
    const { $schema: _, ...rest } = schema;
    expect(rest).toEqual(def.schema);
  });

  it('applies group rules when the items schema is a $ref, without changing the shared $defs', () => {
    const def = form();
    const props = def.schema.properties as Record<string, JSONSchema>;
    const row = props.children!.items as JSONSchema;
    def.schema.$defs = { child: row };
    props.children!.items = { $ref: '#/$defs/child' };
    const { schema, rules } = compile(def);
    expect(rules.map((r) => r.scope)).toContain('children');
    const compiledItems = items(schema);
    expect(compiledItems.required).toEqual(['name', 'birthDate']);
    expect(allOf(compiledItems)).toHaveLength(1);
    expect((schema.$defs as Record<string, JSONSchema>).child!.required).toEqual(['name', 'birthDate', 'school']);
  });
});
