// setRule: adds, replaces or removes the rule that shows one field. Rules stay one per
// field (a field shown by a shared library rule is split off it); a field whose new
// condition equals an existing rule's joins that rule, as the library writes them.
import type { FieldElement, FormDefinition, Rule } from '../definition.ts';
import { topLevelFields } from '../fields.ts';
import { lintDefinition } from '../lint.ts';
import { locateField, type ElementAddress } from './address.ts';
import { BuilderError } from './builder-error.ts';
import { jsonEqual } from './json-match.ts';
import { kindOf } from './kind-of.ts';
import { choiceEnum } from './read-field.ts';
import { ownRules, shownBy, showValue, tidyRules, watchedBy } from './rule-utils.ts';
import { operatorsFor, toWhen, type SimpleCondition, type SimpleWhen } from './simple-condition.ts';
import { containerOf } from './field-schema.ts';
import { propertySchema } from '../fields.ts';

function checkCondition(def: FormDefinition, target: FieldElement, scope: readonly FieldElement[], group: FieldElement | undefined, c: SimpleCondition): void {
  if (c.field === target.field) throw new BuilderError('selfCondition', { field: c.field });
  const watched = scope.find((f) => f.field === c.field);
  if (!watched) throw new BuilderError('unknownField', { field: String(c.field) });
  const kind = kindOf(watched);
  if (!operatorsFor(kind).includes(c.op)) throw new BuilderError('badOperator', { field: c.field, op: String(c.op) });
  const schema = propertySchema(def.schema, containerOf(def, { group }), watched.field);
  const values = choiceEnum(def.schema, schema, kind);
  const bad = () => new BuilderError('badValue', { field: c.field });
  if (values && (c.op === 'eq' || c.op === 'neq' || c.op === 'includes') && !values.includes(c.value)) throw bad();
  if (values && c.op === 'in' && !(Array.isArray(c.value) && c.value.length > 0 && c.value.every((v) => values.includes(v)))) throw bad();
  if (kind === 'yes-no' && c.op === 'eq' && typeof c.value !== 'boolean') throw bad();
  if (kind === 'number' && c.op !== 'answered' && typeof c.value !== 'number') throw bad();
  if (!values && kind !== 'yes-no' && kind !== 'number' && (c.op === 'eq' || c.op === 'neq') && (typeof c.value !== 'string' || c.value.trim() === '')) {
    throw bad();
  }
}

/** Whether, with `rules`, the visibility of `field` depends on itself. */
function cyclic(rules: readonly Rule[], field: string): boolean {
  const seen = new Set<string>();
  const reaches = (f: string): boolean => {
    if (seen.has(f)) return false;
    seen.add(f);
    const watched = rules.filter((r) => shownBy(r).includes(f)).flatMap((r) => watchedBy(r.when));
    return watched.includes(field) || watched.some(reaches);
  };
  return reaches(field);
}

/**
 * Sets the condition under which the field at `address` is shown (null: always shown).
 * Conditions watch fields of the same scope: the whole form for a top-level field, the same
 * row for a field inside a repeating group. Refuses (BuilderError) a missing field, the
 * field itself, an operator or value that does not fit, and a cycle.
 */
export function setRule(def: FormDefinition, address: ElementAddress, rule: SimpleWhen | null): FormDefinition {
  const { element, group } = locateField(def, address);
  const scope = group ? (group.elements ?? []) : topLevelFields(def);
  const when = rule === null ? undefined : toWhen(rule);
  if (rule) for (const c of rule.conditions) checkCondition(def, element, scope, group, c);

  const next = structuredClone(def);
  const located = locateField(next, address);
  const rules = ownRules(next, located.group);
  const key = element.field;
  const before = rules.findIndex((r) => shownBy(r).includes(key));
  // Where a new rule goes: in place of the field's old rule, or right after it when split off.
  let insertAt = rules.length;
  if (before >= 0) {
    const old = rules[before] as Rule;
    if (when && jsonEqual(old.when, when)) return def;
    const rest = shownBy(old).filter((f) => f !== key);
    if (rest.length === 0) {
      rules.splice(before, 1);
      insertAt = before;
    } else {
      rules[before] = { ...old, show: showValue(rest) };
      insertAt = before + 1;
    }
  }
  if (when) {
    const same = rules.find((r) => jsonEqual(r.when, when));
    if (same) same.show = showValue([...shownBy(same), key]);
    else rules.splice(insertAt, 0, { show: key, when });
    if (cyclic(rules, key)) throw new BuilderError('ruleCycle', { field: key });
  }
  tidyRules(next, located.group);

  // Last guard: the change must not add a problem lint would report.
  const known = new Set(lintDefinition(def).map((p) => p.message));
  const added = lintDefinition(next).filter((p) => !known.has(p.message) && /rules/.test(p.path));
  const twice = added.find((p) => / is shown by two rules$/.test(p.message));
  if (twice) throw new BuilderError('shownTwice', { field: /"(.*)"/.exec(twice.message)?.[1] ?? key });
  if (added.length > 0) throw new BuilderError('invalidRule', { detail: added.map((p) => p.message).join('; ') });
  return next;
}
