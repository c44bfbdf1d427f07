// updateField: applies a settings-panel change to one element, keeping schema and ui in
// step: required goes to the `required` list of the object holding the field (compile()
// turns it into "required while shown" for rule-shown fields, so rules need no change);
// renaming the key renames the schema property, the rules of its scope and the example.
import type { FieldElement, FormDefinition, JSONSchema, LocalText } from '../definition.ts';
import { isFieldElement } from '../definition.ts';
import { SENSITIVE_KEYWORD } from '../sensitive.ts';
import { locate, type ElementAddress } from './address.ts';
import { BuilderError } from './builder-error.ts';
import { refreshExample } from './example.ts';
import { ownContainer, ownItems, ownProperty, renameProperty, setRequiredIn } from './field-schema.ts';
import { isValidFieldKey } from './field-key.ts';
import { KIND_SWITCHES, type ChoiceOption, type FieldPatch, type FieldSettings, type SettingName } from './field-settings.ts';
import { jsonEqual, matches } from './json-match.ts';
import { applyPreset } from './pattern-presets.ts';
import { readField } from './read-field.ts';
import { ownRules, renameInCondition, shownBy, showValue } from './rule-utils.ts';

const hasJa = (t: LocalText | null | undefined): t is LocalText => !!t && typeof t.ja === 'string' && t.ja.trim() !== '';

function requiredText(t: LocalText | undefined, what: string): LocalText {
  if (!hasJa(t)) throw new BuilderError('japaneseRequired', { what });
  return { ...t };
}

/** Optional text: null or an empty Japanese text removes it. */
function optionalText(target: Record<string, unknown>, name: string, t: LocalText | null | undefined): void {
  if (t === undefined) return;
  if (hasJa(t)) target[name] = { ...t };
  else delete target[name];
}

function count(setting: SettingName, v: number | null | undefined): number | null | undefined {
  if (v === undefined || v === null) return v;
  if (!Number.isInteger(v) || v < 0) throw new BuilderError('badNumber', { setting });
  return v;
}

function finite(setting: SettingName, v: number | null | undefined): number | null | undefined {
  if (v === undefined || v === null) return v;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new BuilderError('badNumber', { setting });
  return v;
}

function setOrDelete(schema: JSONSchema, name: string, v: unknown): void {
  if (v === undefined) return;
  if (v === null) delete schema[name];
  else schema[name] = v;
}

function checkRange(schema: JSONSchema, min: SettingName, max: SettingName): void {
  const lo = schema[min];
  const hi = schema[max];
  if (typeof lo === 'number' && typeof hi === 'number' && lo > hi) throw new BuilderError('badRange', { min, max });
}

function checkOptions(options: ChoiceOption[]): ChoiceOption[] {
  if (!Array.isArray(options) || options.length === 0) throw new BuilderError('badOptions', { detail: '選択肢が1つもありません / no options' });
  const seen = new Set<string>();
  for (const o of options) {
    if (typeof o?.value !== 'string' || o.value === '') throw new BuilderError('badOptions', { detail: '値が空の選択肢があります / an option has no value' });
    if (seen.has(o.value)) throw new BuilderError('badOptions', { detail: `値「${o.value}」が重複しています / value "${o.value}" appears twice` });
    seen.add(o.value);
    if (!hasJa(o.label)) throw new BuilderError('japaneseRequired', { what: 'option' });
  }
  return options;
}

function renameKey(def: FormDefinition, el: FieldElement, group: FieldElement | undefined, container: JSONSchema, to: string): void {
  const from = el.field;
  if (!isValidFieldKey(to)) throw new BuilderError('invalidKey', { key: String(to) });
  const siblings = group ? (group.elements ?? []) : def.ui.pages.flatMap((p) => p.elements.filter(isFieldElement));
  const taken = siblings.some((f) => f !== el && f.field === to) || Object.hasOwn((container.properties ?? {}) as object, to);
  if (taken) throw new BuilderError('duplicateKey', { key: to });
  renameProperty(container, from, to);
  el.field = to;
  const rules = ownRules(def, group);
  rules.forEach((rule, i) => {
    rules[i] = {
      ...rule,
      show: showValue(shownBy(rule).map((f) => (f === from ? to : f))),
      when: rule.when && typeof rule.when === 'object' ? renameInCondition(rule.when, from, to) : rule.when,
    };
  });
  if (rules.length === 0) {
    if (group) delete group.rules;
    else delete def.ui.rules;
  }
  const rename = (answers: Record<string, unknown>) => {
    if (!Object.hasOwn(answers, from)) return;
    const entries = Object.entries(answers).map(([k, v]) => [k === from ? to : k, v] as const);
    for (const k of Object.keys(answers)) delete answers[k];
    for (const [k, v] of entries) Object.defineProperty(answers, k, { value: v, enumerable: true, writable: true, configurable: true });
  };
  const example = def.example;
  if (!example || typeof example !== 'object') return;
  if (!group) rename(example);
  else if (Array.isArray(example[group.field])) {
    for (const row of example[group.field] as unknown[]) if (row && typeof row === 'object') rename(row as Record<string, unknown>);
  }
}

/**
 * Applies `patch` to the element at `address` and returns the new definition. Refuses
 * (BuilderError) settings the element does not have, bad numbers and ranges, options
 * without values or Japanese labels, a default that does not fit, a kind change that would
 * change the shape of answers, and an invalid or duplicate key. Example answers that no
 * longer fit are dropped.
 */
export function updateField(def: FormDefinition, address: ElementAddress, patch: FieldPatch): FormDefinition {
  const current = readField(def, address);
  const changes = Object.entries(patch).filter(([name, v]) => {
    const now = current[name as keyof FieldSettings];
    return v !== undefined && !(v === null && now === undefined) && !jsonEqual(v, now);
  }) as Array<[SettingName, unknown]>;
  if (changes.length === 0) return def;
  for (const [name] of changes) {
    if (!current.editable.includes(name)) throw new BuilderError('notEditable', { setting: name });
  }
  const p = Object.fromEntries(changes) as FieldPatch;
  const next = structuredClone(def);
  const located = locate(next, address);
  const el = located.element;

  let kind = p.calendar ? (p.calendar === 'wareki' ? 'wareki-date' : 'date') : (p.kind ?? current.kind);
  if (kind !== current.kind && !(KIND_SWITCHES[current.kind] ?? []).includes(kind)) {
    throw new BuilderError('kindChange', { from: current.kind, to: String(kind) });
  }

  if (!isFieldElement(el)) {
    if (p.label !== undefined) el.content = requiredText(p.label, 'content');
    if (kind === 'heading' || kind === 'paragraph') el.kind = kind;
    return next;
  }
  if (kind !== current.kind) el.widget = kind as FieldElement['widget'];
  kind = el.widget;

  const container = ownContainer(next, located);
  const rawProp = (container.properties as Record<string, JSONSchema> | undefined)?.[el.field];
  const touchesSchema = changes.some(([name]) =>
    ['options', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'integer', 'minItems', 'maxItems', 'default', 'sensitive'].includes(name),
  );
  const prop = touchesSchema || (p.label !== undefined && rawProp && typeof rawProp.$ref !== 'string') ? ownProperty(next, container, el.field) : undefined;

  if (p.label !== undefined) {
    el.label = requiredText(p.label, 'label');
    if (prop) prop.title = el.label.ja;
  }
  optionalText(el as unknown as Record<string, unknown>, 'help', p.help);
  optionalText(el as unknown as Record<string, unknown>, 'placeholder', p.placeholder);
  optionalText(el as unknown as Record<string, unknown>, 'itemLabel', p.itemLabel);
  if (p.required !== undefined) setRequiredIn(container, el.field, p.required);
  if (p.accept !== undefined) {
    if (p.accept === null || p.accept.length === 0) delete el.accept;
    else el.accept = p.accept.filter((a) => typeof a === 'string' && a.trim() !== '').map((a) => a.trim());
  }
  if (p.confirm !== undefined) {
    if (p.confirm) el.confirm = true;
    else delete el.confirm;
  }

  if (prop) {
    // An annotation only (DESIGN.md: x- keywords): validation does not change, storage does.
    if (p.sensitive !== undefined) setOrDelete(prop, SENSITIVE_KEYWORD, p.sensitive ? true : null);
    setOrDelete(prop, 'minLength', count('minLength', p.minLength));
    setOrDelete(prop, 'maxLength', count('maxLength', p.maxLength));
    setOrDelete(prop, 'minItems', count('minItems', p.minItems));
    setOrDelete(prop, 'maxItems', count('maxItems', p.maxItems));
    setOrDelete(prop, 'minimum', finite('minimum', p.minimum));
    setOrDelete(prop, 'maximum', finite('maximum', p.maximum));
    if (p.integer !== undefined) prop.type = p.integer ? 'integer' : 'number';
    if (p.pattern !== undefined) applyPreset(prop, p.pattern);
    checkRange(prop, 'minLength', 'maxLength');
    checkRange(prop, 'minItems', 'maxItems');
    checkRange(prop, 'minimum', 'maximum');
    if (p.options !== undefined) {
      const options = checkOptions(p.options);
      const target = kind === 'checkboxes' ? ownItems(next, prop) : prop;
      target.enum = options.map((o) => o.value);
      el.options = Object.fromEntries(options.map((o) => [o.value, { ...o.label }]));
    }
    if (p.default !== undefined) {
      if (p.default === null) delete prop.default;
      else {
        const { default: _old, ...rest } = prop;
        if (!matches(next.schema, rest, p.default)) throw new BuilderError('badDefault');
        prop.default = structuredClone(p.default);
      }
    } else if ('default' in prop) {
      const { default: value, ...rest } = prop;
      if (!matches(next.schema, rest, value)) delete prop.default;
    }
  }

  if (p.key !== undefined) renameKey(next, el, located.group, container, p.key);
  return refreshExample(next);
}
