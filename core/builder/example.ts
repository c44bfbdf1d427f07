// The 記入例 (example answers) of a form being built. Publishing validates the example
// against the compiled form (server/forms/publish.ts), so a staff-built form needs one that
// is complete and valid: generateExample makes it, keeping what staff wrote where it fits.
import type { FieldElement, FormDefinition, JSONSchema, Rule } from '../definition.ts';
import { itemSchema, propertySchema, topLevelFields } from '../fields.ts';
import { jsonEqual, matches } from './json-match.ts';
import { shownBy } from './rule-utils.ts';
import { sampleValue } from './sample-value.ts';

type Answers = Record<string, unknown>;

const isObject = (v: unknown): v is Answers => !!v && typeof v === 'object' && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function put(target: Answers, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Keeps of `answers` only the fields of `elements` whose values fit their schema. */
function cleanRow(root: JSONSchema, object: JSONSchema | undefined, elements: readonly FieldElement[], answers: Answers): Answers {
  const out: Answers = {};
  for (const el of elements) {
    if (!Object.hasOwn(answers, el.field)) continue;
    const value = answers[el.field];
    const schema = propertySchema(root, object, el.field);
    if (el.widget === 'group') {
      if (!Array.isArray(value)) continue;
      const items = itemSchema(root, schema);
      put(out, el.field, value.filter(isObject).map((row) => cleanRow(root, items, el.elements ?? [], row)));
    } else if (matches(root, schema, value)) put(out, el.field, structuredClone(value));
  }
  return out;
}

/** Drops example answers of fields that no longer exist or no longer fit their schema. Returns `def` itself when nothing changed. */
export function refreshExample(def: FormDefinition): FormDefinition {
  const example = isObject(def.example) ? def.example : {};
  const cleaned = cleanRow(def.schema, def.schema, topLevelFields(def), example);
  return jsonEqual(cleaned, def.example) ? def : { ...def, example: cleaned };
}

/** The answers without fields hidden by `rules`, iterated until stable (largest consistent set). */
function visibleOnly(root: JSONSchema, rules: readonly Rule[], full: Answers): Answers {
  let current = full;
  for (let i = 0; i <= rules.length + 1; i++) {
    const hidden = new Set<string>();
    for (const rule of rules) if (!matches(root, rule.when, current)) shownBy(rule).forEach((f) => hidden.add(f));
    const next: Answers = {};
    for (const [k, v] of Object.entries(full)) if (!hidden.has(k)) put(next, k, v);
    if (jsonEqual(Object.keys(next), Object.keys(current))) return next;
    current = next;
  }
  return current;
}

function fill(root: JSONSchema, object: JSONSchema | undefined, elements: readonly FieldElement[], old: Answers, rules: readonly Rule[]): Answers {
  const full: Answers = {};
  for (const el of elements) {
    const schema = propertySchema(root, object, el.field);
    const kept = old[el.field];
    const value = el.widget === 'group' ? rows(root, el, schema, kept) : kept !== undefined && matches(root, schema, kept) ? structuredClone(kept) : sampleValue(root, el, schema);
    if (value !== undefined) put(full, el.field, value);
  }
  return visibleOnly(root, rules, full);
}

function rows(root: JSONSchema, group: FieldElement, schema: JSONSchema | undefined, kept: unknown): unknown[] | undefined {
  const items = itemSchema(root, schema);
  const min = num(schema?.minItems) ?? 0;
  const max = num(schema?.maxItems) ?? Infinity;
  const existing = Array.isArray(kept) ? kept.filter(isObject) : [];
  const count = Math.min(Math.max(existing.length, min, 1), max);
  if (count <= 0) return undefined;
  // Not checked against the raw item schema: its `required` includes rule-shown fields,
  // which compile() makes required only while shown.
  return Array.from({ length: count }, (_, i) => fill(root, items, group.elements ?? [], existing[i] ?? {}, group.rules ?? []));
}

/**
 * A complete 記入例: every shown field answered (staff's own example answers kept where they
 * still fit, sample answers elsewhere, one row per group or its minimum), every hidden field
 * absent, so the form can be published without writing an example by hand.
 */
export function generateExample(def: FormDefinition): FormDefinition {
  const old = isObject(def.example) ? def.example : {};
  const example = fill(def.schema, def.schema, topLevelFields(def), old, def.ui.rules ?? []);
  return jsonEqual(example, def.example) ? def : { ...def, example };
}
