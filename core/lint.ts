// Structural checks of a definition that JSON Schema alone cannot express: ui and
// schema agree, rules point at real fields and form no cycle. Used on publish, import
// and by the forms-library test. Returns problems; an empty list means publishable.
import { CATEGORIES, WIDGETS, isFieldElement } from './definition.ts';
import type { Element, FieldElement, FormDefinition, JSONSchema, Rule } from './definition.ts';
import { itemSchema, propertySchema, resolveRef } from './fields.ts';

export interface Problem {
  /** JSON Pointer into the definition (the element, rule or page at fault). */
  path: string;
  message: string;
}

const ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const CHOICE = new Set(['radio', 'select', 'checkboxes']);

function isLocalText(v: unknown): boolean {
  return !!v && typeof v === 'object' && typeof (v as { ja?: unknown }).ja === 'string' && (v as { ja: string }).ja.trim() !== '';
}

function enumOf(root: JSONSchema, schema: JSONSchema | undefined): unknown[] | undefined {
  const s = resolveRef(root, schema);
  if (Array.isArray(s?.enum)) return s.enum;
  const items = itemSchema(root, s);
  return Array.isArray(items?.enum) ? items.enum : undefined;
}

/** Elements with the JSON Pointer of each in the definition, so problems point at the element itself. */
type Located = { el: Element; path: string };

const located = (elements: readonly Element[], at: string): Located[] => elements.map((el, i) => ({ el, path: `${at}/${i}` }));

function checkFields(
  root: JSONSchema,
  objectSchema: JSONSchema | undefined,
  elements: readonly Located[],
  at: string,
  problems: Problem[],
  nested: boolean,
): FieldElement[] {
  const fields = elements.filter((e): e is { el: FieldElement; path: string } => isFieldElement(e.el));
  const props = (resolveRef(root, objectSchema)?.properties ?? {}) as Record<string, JSONSchema>;
  const seen = new Set<string>();
  fields.forEach(({ el, path: where }) => {
    if (!KEY.test(el.field)) problems.push({ path: where, message: `field key "${el.field}" must be letters and digits` });
    if (seen.has(el.field)) problems.push({ path: where, message: `field "${el.field}" appears twice` });
    seen.add(el.field);
    if (!WIDGETS.includes(el.widget)) problems.push({ path: where, message: `unknown widget "${String(el.widget)}"` });
    if (!isLocalText(el.label)) problems.push({ path: where, message: `field "${el.field}" needs a Japanese label` });
    const schema = propertySchema(root, objectSchema, el.field);
    if (!schema) {
      problems.push({ path: where, message: `field "${el.field}" is not in the schema` });
      return;
    }
    if (CHOICE.has(el.widget)) {
      for (const value of enumOf(root, schema) ?? []) {
        if (!el.options || !isLocalText(el.options[String(value)])) {
          problems.push({ path: where, message: `option "${String(value)}" of "${el.field}" has no label` });
        }
      }
    }
    if (el.widget === 'group') {
      if (nested) problems.push({ path: where, message: 'a group cannot contain another group' });
      const items = itemSchema(root, schema);
      if (!items) problems.push({ path: where, message: `group "${el.field}" must be an array of objects` });
      const rows = checkFields(root, items, located(el.elements ?? [], `${where}/elements`), `${where}/elements`, problems, true);
      checkRules(el.rules ?? [], rows, `${where}/rules`, problems);
    }
  });
  for (const key of Object.keys(props)) {
    if (!seen.has(key)) problems.push({ path: at, message: `schema property "${key}" has no field in the ui` });
  }
  return fields.map((f) => f.el);
}

/** Field names a condition looks at (top-level properties/required of the schema). */
function conditionFields(when: JSONSchema): string[] {
  const names = new Set<string>(Array.isArray(when.required) ? (when.required as string[]) : []);
  for (const k of Object.keys((when.properties ?? {}) as object)) names.add(k);
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    for (const sub of (when[key] ?? []) as JSONSchema[]) conditionFields(sub).forEach((n) => names.add(n));
  }
  if (when.not && typeof when.not === 'object') conditionFields(when.not as JSONSchema).forEach((n) => names.add(n));
  return [...names];
}

function checkRules(rules: readonly Rule[], fields: readonly FieldElement[], at: string, problems: Problem[]): void {
  const known = new Set(fields.map((f) => f.field));
  const shownBy = new Map<string, number>();
  const dependsOn = new Map<string, string[]>();
  rules.forEach((rule, i) => {
    const shown = Array.isArray(rule.show) ? rule.show : [rule.show];
    if (!rule.when || typeof rule.when !== 'object') problems.push({ path: `${at}/${i}`, message: 'rule needs a condition' });
    const watched = rule.when && typeof rule.when === 'object' ? conditionFields(rule.when) : [];
    for (const f of [...shown, ...watched]) {
      if (!known.has(f)) problems.push({ path: `${at}/${i}`, message: `rule refers to a field that does not exist: "${f}"` });
    }
    for (const f of shown) {
      if (shownBy.has(f)) problems.push({ path: `${at}/${i}`, message: `field "${f}" is shown by two rules` });
      shownBy.set(f, i);
      dependsOn.set(f, watched);
    }
  });
  // A field whose visibility depends (through rules) on itself can never settle.
  const visiting = new Set<string>();
  const done = new Set<string>();
  const cyclic = (f: string): boolean => {
    if (done.has(f)) return false;
    if (visiting.has(f)) return true;
    visiting.add(f);
    const found = (dependsOn.get(f) ?? []).some(cyclic);
    visiting.delete(f);
    done.add(f);
    return found;
  };
  for (const f of dependsOn.keys()) {
    if (cyclic(f)) {
      problems.push({ path: `${at}/${shownBy.get(f)}`, message: `rules form a cycle through "${f}"` });
      break;
    }
  }
}

export function lintDefinition(def: FormDefinition): Problem[] {
  const problems: Problem[] = [];
  if (!def || typeof def !== 'object') return [{ path: '', message: 'definition must be an object' }];
  if (typeof def.id !== 'string' || !ID.test(def.id)) problems.push({ path: '/id', message: 'id must be lower-case letters, digits and hyphens' });
  if (!isLocalText(def.title)) problems.push({ path: '/title', message: 'title needs Japanese text' });
  if (!CATEGORIES.includes(def.category)) problems.push({ path: '/category', message: `unknown category "${String(def.category)}"` });
  if (!def.settings || typeof def.settings.department !== 'string' || !def.settings.department) {
    problems.push({ path: '/settings/department', message: 'department is required' });
  }
  const schema = def.schema;
  if (!schema || schema.type !== 'object' || schema.additionalProperties !== false) {
    problems.push({ path: '/schema', message: 'schema must be an object schema with additionalProperties: false' });
    return problems;
  }
  if (!def.ui || !Array.isArray(def.ui.pages) || def.ui.pages.length === 0) {
    problems.push({ path: '/ui/pages', message: 'at least one page is required' });
    return problems;
  }
  const all: Located[] = [];
  def.ui.pages.forEach((page, i) => {
    if (!isLocalText(page.title)) problems.push({ path: `/ui/pages/${i}/title`, message: 'page title needs Japanese text' });
    all.push(...located(Array.isArray(page.elements) ? page.elements : [], `/ui/pages/${i}/elements`));
  });
  const fields = checkFields(schema, schema, all, '/ui/pages', problems, false);
  checkRules(def.ui.rules ?? [], fields, '/ui/rules', problems);
  return problems;
}
