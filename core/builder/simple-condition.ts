// The no-code rule language: "show <fields> when <field> <is / is not / is one of /
// is answered / is greater than ...> <value>", combined with all/any. It compiles to the
// JSON Schema conditions the forms library writes by hand, and reads them back.
//
// Every condition requires its field to be answered: "is not X" is false while the field is
// unanswered (a follow-up question appears only after the citizen has answered something
// other than X, as hoiku-moushikomi's reasonDetails does). Use "is answered" for "any answer".
import type { JSONSchema } from '../definition.ts';
import { BuilderError } from './builder-error.ts';
import type { ElementKind } from './element-kinds.ts';

/** Comparison of one condition. `includes`: a checkboxes answer has the value ticked. */
export type ConditionOp = 'eq' | 'neq' | 'in' | 'answered' | 'gt' | 'gte' | 'lt' | 'lte' | 'includes';

/** All operators, in the order the builder offers them. */
export const CONDITION_OPS: readonly ConditionOp[] = ['eq', 'neq', 'in', 'includes', 'answered', 'gt', 'gte', 'lt', 'lte'];

/** One condition on one field (in the same scope as the field it shows). */
export type SimpleCondition = { field: string; op: ConditionOp; value?: unknown };

/** A rule as the builder edits it. A single condition always reads back as combine 'all'. */
export type SimpleRule = { show: string[]; combine: 'all' | 'any'; conditions: SimpleCondition[] };

/** The condition part of a SimpleRule. */
export type SimpleWhen = Pick<SimpleRule, 'combine' | 'conditions'>;

/** What the operators read as in the builder. */
export const OP_LABELS: Record<ConditionOp, { ja: string; en: string }> = {
  eq: { ja: 'が次の値のとき', en: 'is' },
  neq: { ja: 'が次の値以外を選んだとき', en: 'is answered and is not' },
  in: { ja: 'が次のいずれかのとき', en: 'is one of' },
  includes: { ja: 'で次の値にチェックがあるとき', en: 'has ticked' },
  answered: { ja: 'が入力されているとき', en: 'is answered' },
  gt: { ja: 'が次の値より大きいとき', en: 'is greater than' },
  gte: { ja: 'が次の値以上のとき', en: 'is at least' },
  lt: { ja: 'が次の値より小さいとき', en: 'is less than' },
  lte: { ja: 'が次の値以下のとき', en: 'is at most' },
};

const RANGE: Record<'gt' | 'gte' | 'lt' | 'lte', string> = { gt: 'exclusiveMinimum', gte: 'minimum', lt: 'exclusiveMaximum', lte: 'maximum' };

/** Operators that make sense for a watched field of this kind. */
export function operatorsFor(kind: ElementKind): ConditionOp[] {
  switch (kind) {
    case 'radio':
    case 'select':
      return ['eq', 'neq', 'in', 'answered'];
    case 'checkboxes':
      return ['includes', 'answered'];
    case 'yes-no':
      return ['eq', 'answered'];
    case 'number':
      return ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'answered'];
    case 'text':
    case 'textarea':
    case 'email':
    case 'tel':
    case 'katakana':
    case 'date':
    case 'wareki-date':
      return ['eq', 'neq', 'answered'];
    case 'heading':
    case 'paragraph':
      return [];
    default:
      return ['answered'];
  }
}

const scalar = (v: unknown): boolean => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** The JSON Schema of one condition (BuilderError 'badValue' for a value that cannot be compared). */
export function conditionSchema(c: SimpleCondition): JSONSchema {
  const bad = () => new BuilderError('badValue', { field: c.field });
  const on = (s: JSONSchema): JSONSchema => ({ properties: { [c.field]: s }, required: [c.field] });
  switch (c.op) {
    case 'answered':
      return { required: [c.field] };
    case 'eq':
      if (!scalar(c.value)) throw bad();
      return on({ const: c.value });
    case 'neq':
      if (!scalar(c.value)) throw bad();
      return on({ not: { const: c.value } });
    case 'includes':
      if (!scalar(c.value)) throw bad();
      return on({ contains: { const: c.value } });
    case 'in':
      if (!Array.isArray(c.value) || c.value.length === 0 || !c.value.every(scalar)) throw bad();
      return on({ enum: [...c.value] });
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      if (typeof c.value !== 'number' || !Number.isFinite(c.value)) throw bad();
      return on({ type: 'number', [RANGE[c.op]]: c.value });
    default:
      throw new BuilderError('badOperator', { field: c.field, op: String((c as SimpleCondition).op) });
  }
}

/** The `when` of a rule: one condition as is, several under allOf (all) or anyOf (any). */
export function toWhen(rule: SimpleWhen): JSONSchema {
  if (!rule.conditions || rule.conditions.length === 0) throw new BuilderError('noConditions');
  const parts = rule.conditions.map(conditionSchema);
  if (parts.length === 1) return parts[0] as JSONSchema;
  return rule.combine === 'any' ? { anyOf: parts } : { allOf: parts };
}

const isObject = (v: unknown): v is JSONSchema => !!v && typeof v === 'object' && !Array.isArray(v);
const onlyKeys = (o: object, allowed: readonly string[]) => Object.keys(o).every((k) => allowed.includes(k));

function parseValue(field: string, s: unknown): SimpleCondition | null {
  if (!isObject(s)) return null;
  const keys = Object.keys(s);
  if (keys.length === 1 && 'const' in s && scalar(s.const)) return { field, op: 'eq', value: s.const };
  if (keys.length === 1 && isObject(s.not) && Object.keys(s.not).length === 1 && 'const' in s.not && scalar(s.not.const)) {
    return { field, op: 'neq', value: s.not.const };
  }
  if (keys.length === 1 && Array.isArray(s.enum) && s.enum.length > 0 && s.enum.every(scalar)) return { field, op: 'in', value: [...s.enum] };
  if (keys.length === 1 && isObject(s.contains) && Object.keys(s.contains).length === 1 && 'const' in s.contains && scalar(s.contains.const)) {
    return { field, op: 'includes', value: s.contains.const };
  }
  const range = (Object.entries(RANGE) as Array<[keyof typeof RANGE, string]>).filter(([, kw]) => kw in s);
  if (range.length === 1 && onlyKeys(s, ['type', range[0]![1]]) && (s.type === undefined || s.type === 'number' || s.type === 'integer')) {
    const [op, kw] = range[0]!;
    return typeof s[kw] === 'number' ? { field, op, value: s[kw] } : null;
  }
  return null;
}

/** One condition object: { properties?: { f: ... }, required: [f, ...] } (several fields mean "all"). */
function parseConjunction(when: unknown): SimpleCondition[] | null {
  if (!isObject(when) || !onlyKeys(when, ['properties', 'required'])) return null;
  const required = when.required;
  if (!Array.isArray(required) || required.length === 0 || !required.every((f) => typeof f === 'string')) return null;
  if (new Set(required).size !== required.length) return null;
  const props = when.properties ?? {};
  if (!isObject(props) || !Object.keys(props).every((k) => required.includes(k))) return null;
  const out: SimpleCondition[] = [];
  for (const field of required as string[]) {
    if (!Object.hasOwn(props, field)) out.push({ field, op: 'answered' });
    else {
      const c = parseValue(field, props[field]);
      if (!c) return null;
      out.push(c);
    }
  }
  return out;
}

/**
 * The no-code reading of a `when`, or null when it was written by hand in a way the builder
 * cannot show (shown read-only as 「詳細条件」).
 */
export function fromWhen(when: unknown): SimpleWhen | null {
  if (!isObject(when)) return null;
  for (const [key, combine] of [['allOf', 'all'], ['anyOf', 'any']] as const) {
    if (Object.keys(when).length === 1 && Array.isArray(when[key]) && (when[key] as unknown[]).length > 0) {
      const parts = (when[key] as unknown[]).map(parseConjunction);
      if (parts.some((p) => p === null || p.length !== 1)) return null;
      const conditions = parts.map((p) => (p as SimpleCondition[])[0] as SimpleCondition);
      return { combine: conditions.length === 1 ? 'all' : combine, conditions };
    }
  }
  const conditions = parseConjunction(when);
  return conditions ? { combine: 'all', conditions } : null;
}
