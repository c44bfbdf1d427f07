// compile(definition) → the JSON Schema the server validates with and the browser's
// validator is generated from. Visibility rules become if/then/else so one validator
// enforces both the data contract and "hidden fields stay empty".
import type { FieldElement, FormDefinition, JSONSchema, Rule } from './definition.ts';
import { resolveRef, topLevelFields } from './fields.ts';

export interface CompiledRule {
  /** Stable id; the validator module exports a function under this name. */
  id: string;
  /** '' for conditions over the whole answers, or the key of the group whose rows it governs. */
  scope: string;
  fields: string[];
  when: JSONSchema;
}

export interface CompiledForm {
  schema: JSONSchema;
  rules: CompiledRule[];
}

const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

export function compile(def: FormDefinition): CompiledForm {
  const schema = structuredClone(def.schema);
  schema.$schema = SCHEMA_DIALECT;
  const rules: CompiledRule[] = [];
  applyRules(schema, def.ui.rules ?? [], '', rules);
  for (const group of topLevelFields(def).filter(isGroupWithRules)) {
    const items = groupItems(schema, group.field);
    if (items) applyRules(items, group.rules ?? [], group.field, rules);
  }
  return { schema, rules };
}

function isGroupWithRules(e: FieldElement): boolean {
  return e.widget === 'group' && (e.rules?.length ?? 0) > 0;
}

function groupItems(schema: JSONSchema, key: string): JSONSchema | undefined {
  const group = (schema.properties as Record<string, JSONSchema> | undefined)?.[key];
  const items = group?.items as JSONSchema | undefined;
  if (!group || !items || typeof items !== 'object') return undefined;
  if (!('$ref' in items)) return items;
  // The rules belong to this group only: inline a copy rather than change shared $defs.
  const resolved = resolveRef(schema, items);
  if (!resolved || typeof resolved !== 'object') return undefined;
  group.items = structuredClone(resolved);
  return group.items as JSONSchema;
}

function applyRules(target: JSONSchema, source: readonly Rule[], scope: string, out: CompiledRule[]): void {
  if (source.length === 0) return;
  const required = new Set(Array.isArray(target.required) ? (target.required as string[]) : []);
  const allOf = Array.isArray(target.allOf) ? [...(target.allOf as JSONSchema[])] : [];
  for (const rule of source) {
    const fields = Array.isArray(rule.show) ? rule.show : [rule.show];
    const requiredWhenShown = fields.filter((f) => required.has(f));
    for (const f of fields) required.delete(f);
    allOf.push({
      if: rule.when,
      then: requiredWhenShown.length > 0 ? { required: requiredWhenShown } : true,
      else: { properties: Object.fromEntries(fields.map((f) => [f, false])) },
    });
    out.push({ id: `r${out.length}`, scope, fields, when: rule.when });
  }
  target.required = [...required];
  target.allOf = allOf;
}
