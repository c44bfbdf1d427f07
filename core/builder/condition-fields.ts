// The fields a visibility condition for a given field may watch: the other fields of the
// same scope (the whole form for a top-level field, the same row for a field in a group),
// with the operators and option values the builder offers for each.
import type { FormDefinition, LocalText } from '../definition.ts';
import { isFieldElement } from '../definition.ts';
import { locateField, type ElementAddress } from './address.ts';
import type { ElementKind } from './element-kinds.ts';
import type { ChoiceOption } from './field-settings.ts';
import { readField } from './read-field.ts';
import { watchedBy } from './rule-utils.ts';
import { operatorsFor, type ConditionOp } from './simple-condition.ts';

/** A field a condition can watch. */
export interface ConditionField {
  key: string;
  label: LocalText;
  kind: ElementKind;
  address: ElementAddress;
  operators: ConditionOp[];
  /** Choice fields: the values to pick from. */
  options?: ChoiceOption[];
  /** The field comes after the one being shown (the citizen answers it later; usually a mistake). */
  later: boolean;
  /** Watching it would make the rules circular (refused by setRule). */
  cycle: boolean;
}

/** Fields (other than itself) a rule showing the field at `address` may watch. */
export function conditionFields(def: FormDefinition, address: ElementAddress): ConditionField[] {
  const { element, group } = locateField(def, address);
  const rules = (group ? group.rules : def.ui.rules) ?? [];
  // Fields whose visibility depends (through rules) on the target: watching them is circular.
  const dependsOnTarget = new Set<string>([element.field]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const rule of rules) {
      if (!watchedBy(rule.when).some((w) => dependsOnTarget.has(w))) continue;
      for (const f of Array.isArray(rule.show) ? rule.show : [rule.show]) {
        if (!dependsOnTarget.has(f)) {
          dependsOnTarget.add(f);
          changed = true;
        }
      }
    }
  }
  const out: ConditionField[] = [];
  let passed = false;
  const visit = (key: string, at: ElementAddress) => {
    if (key === element.field) {
      passed = true;
      return;
    }
    const settings = readField(def, at);
    const operators = operatorsFor(settings.kind);
    if (operators.length === 0) return;
    const field: ConditionField = {
      key,
      label: settings.label,
      kind: settings.kind,
      address: at,
      operators,
      later: passed,
      cycle: dependsOnTarget.has(key),
    };
    if (settings.options) field.options = settings.options;
    out.push(field);
  };
  def.ui.pages.forEach((page, p) =>
    page.elements.forEach((el, i) => {
      if (!isFieldElement(el)) return;
      if (!group) visit(el.field, { page: p, index: i });
      else if (el === group) (el.elements ?? []).forEach((c, ci) => visit(c.field, { page: p, index: i, child: ci }));
    }),
  );
  return out;
}
