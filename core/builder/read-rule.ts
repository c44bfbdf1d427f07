// Reading visibility rules for the builder: the rule that shows a field, and every rule of
// the form with its no-code reading (or null for a hand-written 詳細条件).
import type { FieldElement, FormDefinition, JSONSchema } from '../definition.ts';
import { topLevelFields } from '../fields.ts';
import { locateField, type ElementAddress } from './address.ts';
import { ruleShowing, shownBy } from './rule-utils.ts';
import { fromWhen, type SimpleWhen } from './simple-condition.ts';

/** A visibility rule as the builder lists it. */
export interface RuleView {
  /** '' for the form's rules (ui.rules), or the key of the group whose rows it governs. */
  scope: string;
  /** Index in its rule list. */
  index: number;
  show: string[];
  when: JSONSchema;
  /** The no-code reading, or null when the condition was written by hand (詳細条件). */
  simple: SimpleWhen | null;
}

/** The rule that shows the field at `address`, or null when the field is always shown. */
export function readRule(def: FormDefinition, address: ElementAddress): RuleView | null {
  const { element, group } = locateField(def, address);
  const rules = group ? group.rules : def.ui.rules;
  const { rule, index } = ruleShowing(rules, element.field);
  if (!rule) return null;
  return { scope: group?.field ?? '', index, show: shownBy(rule), when: rule.when, simple: fromWhen(rule.when) };
}

/** Every rule of the form: ui.rules first, then each group's rules. */
export function listRules(def: FormDefinition): RuleView[] {
  const view = (scope: string) => (rule: { show: string | string[]; when: JSONSchema }, index: number): RuleView => ({
    scope,
    index,
    show: shownBy(rule),
    when: rule.when,
    simple: fromWhen(rule.when),
  });
  const groups = topLevelFields(def).filter((f): f is FieldElement => f.widget === 'group');
  return [...(def.ui.rules ?? []).map(view('')), ...groups.flatMap((g) => (g.rules ?? []).map(view(g.field)))];
}
