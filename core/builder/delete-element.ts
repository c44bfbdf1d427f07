// deleteElement: removes an element, its schema property, its `required` entry and its
// example answers. Rules that watched the field are removed (they could no longer be
// evaluated); rules left showing nothing are removed; both are reported so the builder can
// tell the staff member which fields are now always shown.
import type { FormDefinition, Rule } from '../definition.ts';
import { isFieldElement } from '../definition.ts';
import { locate, type ElementAddress } from './address.ts';
import { ownContainer, removeProperty } from './field-schema.ts';
import { ownRules, shownBy, showValue, tidyRules, watchedBy } from './rule-utils.ts';

/** A rule removed by a deletion: it watched the deleted field, or showed only that field. */
export interface RemovedRule {
  rule: Rule;
  /** 'watched': its condition used the field (the fields it showed are now always shown). 'shown': it showed only the field. */
  reason: 'watched' | 'shown';
  /** '' for the form's rules, or the key of the repeating group the rule belonged to. */
  scope: string;
}

/** Deletes the element at `address`; returns the new definition and the rules removed with it. */
export function deleteElement(def: FormDefinition, address: ElementAddress): { def: FormDefinition; removedRules: RemovedRule[] } {
  locate(def, address);
  const next = structuredClone(def);
  const located = locate(next, address);
  const el = located.element;
  located.siblings.splice(located.position, 1);
  if (!isFieldElement(el)) return { def: next, removedRules: [] };
  const key = el.field;
  const group = located.group;
  removeProperty(ownContainer(next, located), key);

  const removedRules: RemovedRule[] = [];
  const scope = group?.field ?? '';
  const kept: Rule[] = [];
  for (const rule of ownRules(next, group)) {
    if (rule.when && typeof rule.when === 'object' && watchedBy(rule.when).includes(key)) {
      removedRules.push({ rule, reason: 'watched', scope });
      continue;
    }
    const shown = shownBy(rule);
    if (!shown.includes(key)) kept.push(rule);
    else if (shown.length === 1) removedRules.push({ rule, reason: 'shown', scope });
    else kept.push({ ...rule, show: showValue(shown.filter((f) => f !== key)) });
  }
  if (group) group.rules = kept;
  else next.ui.rules = kept;
  tidyRules(next, group);

  const example = next.example;
  if (example && typeof example === 'object') {
    if (!group) delete example[key];
    else if (Array.isArray(example[group.field])) {
      for (const row of example[group.field] as unknown[]) if (row && typeof row === 'object') delete (row as Record<string, unknown>)[key];
    }
  }
  return { def: next, removedRules };
}
