// A small JSON Schema evaluator for the builder: whether a value fits a field's schema
// and whether a visibility condition holds, without loading ajv into the staff app.
// It covers the keywords forms use (type, const, enum, formats, lengths, ranges,
// items/contains, properties/required, allOf/anyOf/oneOf/not/if, local $ref); an unknown
// keyword is ignored (treated as satisfied). The published validator stays the authority.
import type { JSONSchema } from '../definition.ts';
import { resolveRef } from '../fields.ts';
import { FORMATS } from '../formats.ts';

/** Deep equality of JSON values (as JSON Schema's const/enum/uniqueItems compare). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => jsonEqual(v, (b as unknown[])[i]));
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b as object, k) && jsonEqual((a as JSONSchema)[k], (b as JSONSchema)[k]));
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function typeOk(type: unknown, v: unknown): boolean {
  if (Array.isArray(type)) return type.some((t) => typeOk(t, v));
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    case 'null':
      return v === null;
    default:
      return true;
  }
}

const n = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
// ajv counts characters as code points (a surrogate pair is one character).
const length = (s: string): number => [...s].length;

function stringOk(s: JSONSchema, v: string): boolean {
  if (n(s.minLength) !== undefined && length(v) < (s.minLength as number)) return false;
  if (n(s.maxLength) !== undefined && length(v) > (s.maxLength as number)) return false;
  if (typeof s.pattern === 'string') {
    try {
      if (!new RegExp(s.pattern, 'u').test(v)) return false;
    } catch {
      return false;
    }
  }
  if (typeof s.format === 'string' && Object.hasOwn(FORMATS, s.format) && !FORMATS[s.format]!(v)) return false;
  return true;
}

function numberOk(s: JSONSchema, v: number): boolean {
  if (n(s.minimum) !== undefined && v < (s.minimum as number)) return false;
  if (n(s.maximum) !== undefined && v > (s.maximum as number)) return false;
  if (n(s.exclusiveMinimum) !== undefined && v <= (s.exclusiveMinimum as number)) return false;
  if (n(s.exclusiveMaximum) !== undefined && v >= (s.exclusiveMaximum as number)) return false;
  if (n(s.multipleOf) !== undefined && (s.multipleOf as number) > 0) {
    const q = v / (s.multipleOf as number);
    if (Math.abs(q - Math.round(q)) > 1e-9) return false;
  }
  return true;
}

function arrayOk(root: JSONSchema, s: JSONSchema, v: unknown[]): boolean {
  if (n(s.minItems) !== undefined && v.length < (s.minItems as number)) return false;
  if (n(s.maxItems) !== undefined && v.length > (s.maxItems as number)) return false;
  if (s.uniqueItems === true && v.some((x, i) => v.findIndex((y) => jsonEqual(x, y)) !== i)) return false;
  if (s.items !== undefined && !v.every((x) => matches(root, s.items, x))) return false;
  if (s.contains !== undefined) {
    const count = v.filter((x) => matches(root, s.contains, x)).length;
    const min = n(s.minContains) ?? 1;
    if (count < min) return false;
    if (n(s.maxContains) !== undefined && count > (s.maxContains as number)) return false;
  }
  return true;
}

function objectOk(root: JSONSchema, s: JSONSchema, v: Record<string, unknown>): boolean {
  if (Array.isArray(s.required) && !s.required.every((k) => typeof k !== 'string' || Object.hasOwn(v, k))) return false;
  const props = isObject(s.properties) ? s.properties : {};
  for (const [k, value] of Object.entries(v)) {
    if (Object.hasOwn(props, k)) {
      if (!matches(root, props[k], value)) return false;
    } else if (s.additionalProperties !== undefined && !matches(root, s.additionalProperties, value)) return false;
  }
  return true;
}

/** Whether `value` satisfies `schema` (resolving local `$ref`s against `root`). */
export function matches(root: JSONSchema, schema: unknown, value: unknown): boolean {
  if (schema === true || schema === undefined) return true;
  if (schema === false) return false;
  if (!isObject(schema)) return true;
  const s = schema as JSONSchema;
  if (typeof s.$ref === 'string') {
    const target = resolveRef(root, { $ref: s.$ref });
    if (target && !matches(root, target, value)) return false;
  }
  if ('const' in s && !jsonEqual(s.const, value)) return false;
  if (Array.isArray(s.enum) && !s.enum.some((e) => jsonEqual(e, value))) return false;
  if (s.type !== undefined && !typeOk(s.type, value)) return false;
  if (typeof value === 'string' && !stringOk(s, value)) return false;
  if (typeof value === 'number' && !numberOk(s, value)) return false;
  if (Array.isArray(value) && !arrayOk(root, s, value)) return false;
  if (isObject(value) && !objectOk(root, s, value)) return false;
  if (Array.isArray(s.allOf) && !s.allOf.every((c) => matches(root, c, value))) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((c) => matches(root, c, value))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((c) => matches(root, c, value)).length !== 1) return false;
  if (s.not !== undefined && matches(root, s.not, value)) return false;
  if (s.if !== undefined) {
    const branch = matches(root, s.if, value) ? s.then : s.else;
    if (branch !== undefined && !matches(root, branch, value)) return false;
  }
  return true;
}
