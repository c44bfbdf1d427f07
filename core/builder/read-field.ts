// readField: the settings panel's view of one element (schema + ui merged).
import type { FormDefinition, JSONSchema } from '../definition.ts';
import { isFieldElement } from '../definition.ts';
import { itemSchema } from '../fields.ts';
import { isSensitiveSchema } from '../sensitive.ts';
import { locate, type ElementAddress } from './address.ts';
import { containerOf, requiredIn, schemaOf } from './field-schema.ts';
import { editableSettings, type ChoiceOption, type FieldSettings } from './field-settings.ts';
import { kindOf } from './kind-of.ts';
import { presetOf } from './pattern-presets.ts';
import { ruleShowing } from './rule-utils.ts';

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The enum of a choice field (radio/select: the schema's, checkboxes: its items'). */
export function choiceEnum(root: JSONSchema, schema: JSONSchema | undefined, kind: string): unknown[] | undefined {
  const target = kind === 'checkboxes' ? itemSchema(root, schema) : schema;
  return Array.isArray(target?.enum) ? (target.enum as unknown[]) : undefined;
}

/** The settings of the element at `address` (BuilderError 'noSuchElement' if there is none). */
export function readField(def: FormDefinition, address: ElementAddress): FieldSettings {
  const located = locate(def, address);
  const el = located.element;
  const kind = kindOf(el);
  if (!isFieldElement(el)) {
    return { kind, key: null, label: el.content, required: false, shownByRule: false, inGroup: false, editable: editableSettings(kind, undefined) };
  }
  const schema = schemaOf(def, located, el.field);
  const values = kind === 'radio' || kind === 'select' || kind === 'checkboxes' ? choiceEnum(def.schema, schema, kind) : undefined;
  const rules = located.group ? located.group.rules : def.ui.rules;
  const out: FieldSettings = {
    kind,
    key: el.field,
    label: el.label,
    required: requiredIn(containerOf(def, located), el.field),
    shownByRule: ruleShowing(rules, el.field).index >= 0,
    inGroup: !!located.group,
    editable: editableSettings(kind, schema, values),
  };
  if (el.help) out.help = el.help;
  if (el.placeholder) out.placeholder = el.placeholder;
  if (kind === 'date' || kind === 'wareki-date') out.calendar = kind === 'wareki-date' ? 'wareki' : 'seireki';
  if (values) {
    out.options = values.map((v): ChoiceOption => ({ value: String(v), label: el.options?.[String(v)] ?? { ja: String(v) } }));
  }
  const limits = ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'] as const;
  for (const name of limits) {
    const v = num(schema?.[name]);
    if (v !== undefined) out[name] = v;
  }
  if (kind === 'number') out.integer = schema?.type === 'integer';
  if (kind === 'text') out.pattern = presetOf(schema);
  if (kind === 'attachments') out.accept = el.accept ? [...el.accept] : [];
  if (kind === 'email') out.confirm = el.confirm === true;
  if (kind === 'group' && el.itemLabel) out.itemLabel = el.itemLabel;
  if (schema && 'default' in schema) out.default = structuredClone(schema.default);
  if (out.editable.includes('sensitive')) {
    const raw = (containerOf(def, located)?.properties as Record<string, JSONSchema> | undefined)?.[el.field];
    out.sensitive = isSensitiveSchema(def.schema, raw);
  }
  return out;
}
