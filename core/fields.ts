// Navigation between the two halves of a definition: ui elements and schema properties.
import type { Element, FieldElement, FormDefinition, JSONSchema } from './definition.ts';
import { isFieldElement } from './definition.ts';

/** All field elements of a page list or a group, in order (not descending into groups). */
export function fieldElements(elements: readonly Element[]): FieldElement[] {
  return elements.filter(isFieldElement);
}

const topLevelCache = new WeakMap<FormDefinition, FieldElement[]>();

/** Every top-level field element of the form, in page order (definitions are immutable). */
export function topLevelFields(def: FormDefinition): FieldElement[] {
  let fields = topLevelCache.get(def);
  if (!fields) {
    fields = def.ui.pages.flatMap((p) => fieldElements(p.elements));
    topLevelCache.set(def, fields);
  }
  return fields;
}

/** Follows a local `$ref` ("#/$defs/name") against the root schema. */
export function resolveRef(root: JSONSchema, schema: JSONSchema | undefined): JSONSchema | undefined {
  let current = schema;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 16; hops++) {
    const ref = current.$ref as string;
    if (!ref.startsWith('#/')) return undefined;
    let target: unknown = root;
    for (const segment of ref.slice(2).split('/')) {
      target = (target as JSONSchema | undefined)?.[decodePointerSegment(segment)];
    }
    current = target as JSONSchema | undefined;
  }
  return current;
}

/** The schema of property `key` of an object schema (after `$ref`s). */
export function propertySchema(root: JSONSchema, object: JSONSchema | undefined, key: string): JSONSchema | undefined {
  const resolved = resolveRef(root, object);
  const props = resolved?.properties as Record<string, JSONSchema> | undefined;
  return props && Object.hasOwn(props, key) ? resolveRef(root, props[key]) : undefined;
}

/** The item schema of an array schema (after `$ref`s). */
export function itemSchema(root: JSONSchema, array: JSONSchema | undefined): JSONSchema | undefined {
  const resolved = resolveRef(root, array);
  return resolveRef(root, resolved?.items as JSONSchema | undefined);
}

export function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function encodePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function splitPointer(pointer: string): string[] {
  return pointer === '' ? [] : pointer.replace(/^\//, '').split('/').map(decodePointerSegment);
}

/** Index of the page that holds the top-level field `key`, or -1. */
export function pageOfField(def: FormDefinition, key: string): number {
  return def.ui.pages.findIndex((p) => fieldElements(p.elements).some((e) => e.field === key));
}
