// What a paper layout's mapping may point at: a fixed item of the submission (its receipt
// number, when it was filed, ...) or an answer by JSON Pointer, down to one part of a name
// or an address and to one row of a repeating group: '/applicantName',
// '/applicantName/family', '/children/0/birthDate'. A check box may also test for one
// value: '/purposes=insurance' is ticked when that option was chosen.
import type { FieldElement, FormDefinition, JSONSchema } from '../../core/definition.ts';
import { itemSchema, propertySchema, splitPointer, topLevelFields } from '../../core/fields.ts';
import { ANSWER_PARTS, FIXED_ITEMS, type FixedItem } from '../../core/layout-items.ts';
import { isMasked } from '../../core/sensitive.ts';

export { FIXED_ITEMS, type FixedItem } from '../../core/layout-items.ts';
// A city's paper has room for a handful of rows; a larger index is a typo.
const MAX_ROW = 99;

export interface ResolvedAnswer {
  element: FieldElement;
  schema: JSONSchema | undefined;
  /** A part of a name or address ('family', 'postalCode', ...), when the pointer names one. */
  part?: string;
  /** The pointer's segments, to read the value from the answers. */
  segments: string[];
}

export type MappingValue =
  | { kind: 'fixed'; item: FixedItem }
  | { kind: 'answer'; pointer: string; equals?: string };

/** Parses a mapping value; undefined when it is neither a fixed item nor a pointer. */
export function parseMappingValue(value: unknown): MappingValue | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 300) return undefined;
  if ((FIXED_ITEMS as readonly string[]).includes(value)) return { kind: 'fixed', item: value as FixedItem };
  if (!value.startsWith('/')) return undefined;
  const eq = value.indexOf('=');
  return eq < 0 ? { kind: 'answer', pointer: value } : { kind: 'answer', pointer: value.slice(0, eq), equals: value.slice(eq + 1) };
}

/** The question a pointer names in `def`, or undefined (whole groups and group rows are not printable values). */
export function resolveAnswer(def: FormDefinition, pointer: string): ResolvedAnswer | undefined {
  const segments = splitPointer(pointer);
  const [key, ...rest] = segments;
  if (key === undefined) return undefined;
  const top = topLevelFields(def).find((e) => e.field === key);
  if (!top) return undefined;
  let element = top;
  let schema = propertySchema(def.schema, def.schema, key);
  if (top.widget === 'group') {
    const [row, innerKey, ...tail] = rest;
    if (row === undefined || !/^\d{1,2}$/.test(row) || Number(row) > MAX_ROW || innerKey === undefined) return undefined;
    const inner = (top.elements ?? []).find((e) => e.field === innerKey);
    if (!inner) return undefined;
    schema = propertySchema(def.schema, itemSchema(def.schema, schema), innerKey);
    element = inner;
    rest.splice(0, rest.length, ...tail);
  }
  if (rest.length === 0) return { element, schema, segments };
  const parts = ANSWER_PARTS[element.widget];
  if (rest.length === 1 && parts?.includes(rest[0]!)) return { element, schema, part: rest[0], segments };
  return undefined;
}

/** The stored value at the pointer's segments. */
export function valueAt(answers: unknown, segments: readonly string[]): unknown {
  let node = answers;
  for (const s of segments) {
    // A masked sensitive answer (a whole name, say) stands for each of its parts too.
    if (isMasked(node)) return node;
    if (Array.isArray(node)) node = /^\d+$/.test(s) ? node[Number(s)] : undefined;
    else if (node && typeof node === 'object') node = Object.hasOwn(node, s) ? (node as Record<string, unknown>)[s] : undefined;
    else return undefined;
  }
  return node;
}
