// Small helpers over visibility rules ({ show, when }) shared by the operations.
import type { FieldElement, FormDefinition, JSONSchema, Rule } from '../definition.ts';

/** The fields a rule shows, always as a list. */
export function shownBy(rule: Rule): string[] {
  return Array.isArray(rule.show) ? [...rule.show] : [rule.show];
}

/** `show` written the library's way: a string for one field, a list for several. */
export function showValue(fields: readonly string[]): string | string[] {
  return fields.length === 1 ? (fields[0] as string) : [...fields];
}

const COMBINATORS = ['allOf', 'anyOf', 'oneOf'] as const;

/** Field names a condition looks at (as lint reads them: properties/required, through allOf/anyOf/oneOf/not). */
export function watchedBy(when: JSONSchema | undefined): string[] {
  const names = new Set<string>();
  const walk = (c: unknown) => {
    if (!c || typeof c !== 'object') return;
    const s = c as JSONSchema;
    if (Array.isArray(s.required)) for (const n of s.required) if (typeof n === 'string') names.add(n);
    if (s.properties && typeof s.properties === 'object') for (const k of Object.keys(s.properties)) names.add(k);
    for (const key of COMBINATORS) if (Array.isArray(s[key])) (s[key] as unknown[]).forEach(walk);
    if (s.not) walk(s.not);
  };
  walk(when);
  return [...names];
}

/** The condition with field `from` renamed to `to` wherever lint would read it. */
export function renameInCondition(when: JSONSchema, from: string, to: string): JSONSchema {
  const out: JSONSchema = { ...when };
  if (Array.isArray(when.required)) out.required = (when.required as unknown[]).map((n) => (n === from ? to : n));
  if (when.properties && typeof when.properties === 'object') {
    out.properties = Object.fromEntries(Object.entries(when.properties as JSONSchema).map(([k, v]) => [k === from ? to : k, v]));
  }
  for (const key of COMBINATORS) {
    if (Array.isArray(when[key])) {
      out[key] = (when[key] as unknown[]).map((c) => (c && typeof c === 'object' ? renameInCondition(c as JSONSchema, from, to) : c));
    }
  }
  if (when.not && typeof when.not === 'object') out.not = renameInCondition(when.not as JSONSchema, from, to);
  return out;
}

/** The rule list of a scope: the form's `ui.rules`, or a group's own `rules` (write path). */
export function ownRules(def: FormDefinition, group?: FieldElement): Rule[] {
  if (group) return (group.rules ??= []);
  return (def.ui.rules ??= []);
}

/** Drops empty rule lists so an untouched form keeps its shape. */
export function tidyRules(def: FormDefinition, group?: FieldElement): void {
  if (group) {
    if (group.rules && group.rules.length === 0) delete group.rules;
  } else if (def.ui.rules && def.ui.rules.length === 0) delete def.ui.rules;
}

/** The rule showing `field` in a rule list, with its index (-1 when the field is always shown). */
export function ruleShowing(rules: readonly Rule[] | undefined, field: string): { rule?: Rule; index: number } {
  const index = (rules ?? []).findIndex((r) => shownBy(r).includes(field));
  return { rule: index >= 0 ? rules?.[index] : undefined, index };
}
