// Structural checks of a definition that JSON Schema alone cannot express: ui and
// schema agree, rules point at real fields and form no cycle. Used on publish, import
// and by the forms-library test. Returns problems; an empty list means publishable.
import { capacityProblems } from './capacity.ts';
import { CATEGORIES, WIDGETS, isFieldElement } from './definition.ts';
import type { Element, FieldElement, FormDefinition, JSONSchema, Rule } from './definition.ts';
import { itemSchema, propertySchema, resolveRef } from './fields.ts';
import { lintMessage } from './lint-messages.ts';
import { SENSITIVE_KEYWORD } from './sensitive.ts';

export interface Problem {
  /** JSON Pointer into the definition (the element, rule or page at fault). */
  path: string;
  message: string;
  /** The message key (lint.*), for tools that match problems rather than read them. */
  code?: string;
}

/** Records one problem: its message is written in the staff member's language. */
type Report = (path: string, code: string, params?: Record<string, string | number>) => void;

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
  report: Report,
  nested: boolean,
): FieldElement[] {
  const fields = elements.filter((e): e is { el: FieldElement; path: string } => isFieldElement(e.el));
  const props = (resolveRef(root, objectSchema)?.properties ?? {}) as Record<string, JSONSchema>;
  const seen = new Set<string>();
  fields.forEach(({ el, path: where }) => {
    if (!KEY.test(el.field)) report(where, 'fieldKey', { field: el.field });
    if (seen.has(el.field)) report(where, 'duplicateField', { field: el.field });
    seen.add(el.field);
    if (!WIDGETS.includes(el.widget)) report(where, 'unknownWidget', { widget: String(el.widget) });
    if (!isLocalText(el.label)) report(where, 'label', { field: el.field });
    const schema = propertySchema(root, objectSchema, el.field);
    if (!schema) {
      report(where, 'notInSchema', { field: el.field });
      return;
    }
    // x-sensitive (docs/adr/0009-sensitive-fields.md) beside a $ref or behind it.
    const mark = props[el.field]?.[SENSITIVE_KEYWORD] ?? schema[SENSITIVE_KEYWORD];
    if (mark !== undefined && typeof mark !== 'boolean') report(where, 'sensitiveValue', { field: el.field });
    // Receipt and status mails need the address in clear: sealed, nobody would be told anything.
    else if (mark === true && el.widget === 'email') report(where, 'sensitiveEmail', { field: el.field });
    if (CHOICE.has(el.widget)) {
      for (const value of enumOf(root, schema) ?? []) {
        if (!el.options || !isLocalText(el.options[String(value)])) {
          report(where, 'optionLabel', { option: String(value), field: el.field });
        }
      }
    }
    if (el.widget === 'group') {
      if (nested) report(where, 'nestedGroup');
      const items = itemSchema(root, schema);
      if (!items) report(where, 'groupSchema', { field: el.field });
      const rows = checkFields(root, items, located(el.elements ?? [], `${where}/elements`), `${where}/elements`, report, true);
      checkRules(el.rules ?? [], rows, `${where}/rules`, report);
    }
  });
  for (const key of Object.keys(props)) {
    if (!seen.has(key)) report(at, 'noField', { field: key });
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

function checkRules(rules: readonly Rule[], fields: readonly FieldElement[], at: string, report: Report): void {
  const known = new Set(fields.map((f) => f.field));
  const shownBy = new Map<string, number>();
  const dependsOn = new Map<string, string[]>();
  rules.forEach((rule, i) => {
    const shown = Array.isArray(rule.show) ? rule.show : [rule.show];
    if (!rule.when || typeof rule.when !== 'object') report(`${at}/${i}`, 'ruleCondition');
    const watched = rule.when && typeof rule.when === 'object' ? conditionFields(rule.when) : [];
    for (const f of [...shown, ...watched]) {
      if (!known.has(f)) report(`${at}/${i}`, 'ruleField', { field: f });
    }
    for (const f of shown) {
      if (shownBy.has(f)) report(`${at}/${i}`, 'twoRules', { field: f });
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
      report(`${at}/${shownBy.get(f)}`, 'ruleCycle', { field: f });
      break;
    }
  }
}

/** Problems with messages in `lang` (staff's language; Japanese by default). */
export function lintDefinition(def: FormDefinition, lang = 'ja'): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, code, params = {}) => problems.push({ path, code, message: lintMessage(code, lang, params) });
  if (!def || typeof def !== 'object') {
    report('', 'object');
    return problems;
  }
  if (typeof def.id !== 'string' || !ID.test(def.id)) report('/id', 'id');
  if (!isLocalText(def.title)) report('/title', 'title');
  if (!CATEGORIES.includes(def.category)) report('/category', 'category', { category: String(def.category) });
  if (!def.settings || typeof def.settings.department !== 'string' || !def.settings.department) {
    report('/settings/department', 'department');
  }
  if (def.settings && typeof def.settings === 'object') {
    for (const p of capacityProblems(def.settings)) report(`/settings${p.path}`, p.code, p.params);
  }
  const schema = def.schema;
  if (!schema || schema.type !== 'object' || schema.additionalProperties !== false) {
    report('/schema', 'schema');
    return problems;
  }
  if (!def.ui || !Array.isArray(def.ui.pages) || def.ui.pages.length === 0) {
    report('/ui/pages', 'pages');
    return problems;
  }
  const all: Located[] = [];
  def.ui.pages.forEach((page, i) => {
    if (!isLocalText(page.title)) report(`/ui/pages/${i}/title`, 'pageTitle');
    all.push(...located(Array.isArray(page.elements) ? page.elements : [], `/ui/pages/${i}/elements`));
  });
  const fields = checkFields(schema, schema, all, '/ui/pages', report, false);
  checkRules(def.ui.rules ?? [], fields, '/ui/rules', report);
  return problems;
}
