// Sensitive fields (docs/adr/0009-sensitive-fields.md): a schema property annotated
// `"x-sensitive": true` (マイナンバー, a bank account, health details) is sealed at rest,
// masked in the back office until a clerk reveals it, and left out of 集計. This file is
// the pure half: which pointers are sensitive, and walking answers to replace values there.
// The sealing itself (node:crypto) lives in server/sensitive/.
import type { FormDefinition, JSONSchema } from './definition.ts';
import { encodePointerSegment, resolveRef, splitPointer } from './fields.ts';

export const SENSITIVE_KEYWORD = 'x-sensitive';

/** How a sensitive value is stored: `{ "$sealed": "v1:<key id>:<iv>:<ciphertext>:<tag>" }`. */
export interface Sealed {
  $sealed: string;
}

/** What the back office gets instead of a sensitive value until it is revealed. */
export interface Masked {
  masked: true;
}

export const MASKED: Masked = Object.freeze({ masked: true as const });

// Schemas and answers are bounded by the form, but a hand-made schema could nest deeply.
const MAX_DEPTH = 16;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function isSealed(v: unknown): v is Sealed {
  return isObject(v) && typeof v.$sealed === 'string' && Object.keys(v).length === 1;
}

export function isMasked(v: unknown): v is Masked {
  return isObject(v) && v.masked === true && Object.keys(v).length === 1;
}

/** Whether a property schema (as written, or what its `$ref` points at) carries the mark. */
export function isSensitiveSchema(root: JSONSchema, schema: JSONSchema | undefined): boolean {
  if (!schema) return false;
  if (schema[SENSITIVE_KEYWORD] === true) return true;
  return resolveRef(root, schema)?.[SENSITIVE_KEYWORD] === true;
}

function collect(root: JSONSchema, object: JSONSchema | undefined, prefix: string, out: string[], depth: number): void {
  const resolved = resolveRef(root, object);
  const props = resolved?.properties;
  if (!isObject(props) || depth > MAX_DEPTH) return;
  for (const [key, raw] of Object.entries(props)) {
    if (!isObject(raw)) continue;
    const pointer = `${prefix}/${encodePointerSegment(key)}`;
    if (isSensitiveSchema(root, raw)) {
      out.push(pointer);
      continue;
    }
    const prop = resolveRef(root, raw);
    if (prop?.type === 'array' || prop?.items) collect(root, prop?.items as JSONSchema | undefined, `${pointer}/*`, out, depth + 1);
    else collect(root, prop, pointer, out, depth + 1);
  }
}

const pointerCache = new WeakMap<FormDefinition, string[]>();

/**
 * The sensitive fields of a definition as JSON Pointer patterns, in schema order:
 * `/claimantMyNumber`, or `/guardians/*\/reasonDetails` for a field inside a repeating
 * group (`*` = every row). A marked group or object is sensitive as a whole.
 */
export function sensitivePointers(def: Pick<FormDefinition, 'schema'>): string[] {
  const cached = pointerCache.get(def as FormDefinition);
  if (cached) return cached;
  const out: string[] = [];
  collect(def.schema, def.schema, '', out, 0);
  pointerCache.set(def as FormDefinition, out);
  return out;
}

/** Whether the concrete pointer `/guardians/2/reasonDetails` matches the pattern `/guardians/*\/reasonDetails`. */
export function pointerMatches(pattern: string, pointer: string): boolean {
  const a = splitPointer(pattern);
  const b = splitPointer(pointer);
  return a.length === b.length && a.every((seg, i) => (seg === '*' ? /^(0|[1-9]\d*)$/.test(b[i]!) : seg === b[i]));
}

/** An answer that says nothing (not given, or left empty): nothing to seal or mask. */
export function isBlank(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

type Replace = (value: unknown, pointer: string) => unknown;

function mapPattern(node: unknown, segments: readonly string[], at: string, fn: Replace): unknown {
  if (segments.length === 0) return isBlank(node) ? node : fn(node, at);
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === '*') {
    if (!Array.isArray(node)) return node;
    let changed = false;
    const out = node.map((item, i) => {
      const next = mapPattern(item, rest, `${at}/${i}`, fn);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : node;
  }
  if (!isObject(node) || !Object.hasOwn(node, head)) return node;
  const child = node[head];
  const next = mapPattern(child, rest, `${at}/${encodePointerSegment(head)}`, fn);
  return next === child ? node : { ...node, [head]: next };
}

/**
 * A copy of `answers` with every non-blank value at one of `patterns` replaced by
 * `fn(value, pointer)` (the concrete pointer, row numbers filled in). Untouched parts are
 * shared, not copied; `answers` itself is never changed.
 */
export function mapAtPointers(patterns: readonly string[], answers: Record<string, unknown>, fn: Replace): Record<string, unknown> {
  let out: unknown = answers;
  for (const pattern of patterns) out = mapPattern(out, splitPointer(pattern), '', fn);
  return out as Record<string, unknown>;
}

function mapEnvelopes(node: unknown, at: string, fn: Replace, depth: number): unknown {
  if (isSealed(node)) return fn(node, at);
  if (depth > MAX_DEPTH || !node || typeof node !== 'object') return node;
  if (Array.isArray(node)) {
    let changed = false;
    const out = node.map((item, i) => {
      const next = mapEnvelopes(item, `${at}/${i}`, fn, depth + 1);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : node;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, child] of Object.entries(node)) {
    const next = mapEnvelopes(child, `${at}/${encodePointerSegment(key)}`, fn, depth + 1);
    if (next !== child) (copy ??= { ...(node as Record<string, unknown>) })[key] = next;
  }
  return copy ?? node;
}

/** A copy of `answers` with every sealed value, wherever it is, replaced by `fn(envelope, pointer)`. */
export function mapSealed(answers: Record<string, unknown>, fn: (sealed: Sealed, pointer: string) => unknown): Record<string, unknown> {
  return mapEnvelopes(answers, '', fn as Replace, 0) as Record<string, unknown>;
}

/**
 * The answers as the back office shows them before a reveal: each value at one of
 * `patterns` (sealed, or stored in clear before the field was marked) and any other sealed
 * value becomes MASKED. `masked` lists the concrete pointers, in order, for the reveal route.
 */
export function maskAtPointers(patterns: readonly string[], answers: Record<string, unknown>): { answers: Record<string, unknown>; masked: string[] } {
  const masked: string[] = [];
  const mask = (_: unknown, pointer: string) => {
    masked.push(pointer);
    return MASKED;
  };
  const byMark = mapAtPointers(patterns, answers, mask);
  return { answers: mapSealed(byMark, mask), masked };
}

/** maskAtPointers with the sensitive fields of one definition. */
export function maskAnswers(def: Pick<FormDefinition, 'schema'>, answers: Record<string, unknown>): { answers: Record<string, unknown>; masked: string[] } {
  return maskAtPointers(sensitivePointers(def), answers);
}
