// Reaching the schema of an element: the object schema that holds it (the root, or a
// repeating group's item schema) and its own property schema. Read helpers follow `$ref`s;
// write helpers work on a private copy and inline a `$ref`'d schema before changing it,
// so shared `$defs` are never changed behind another field's back.
import type { FieldElement, FormDefinition, JSONSchema } from '../definition.ts';
import { itemSchema, propertySchema, resolveRef } from '../fields.ts';
import type { Located } from './address.ts';

type Props = Record<string, JSONSchema>;

/** The (resolved) object schema whose properties hold the element's field. */
export function containerOf(def: FormDefinition, located: Pick<Located, 'group'>): JSONSchema | undefined {
  if (!located.group) return def.schema;
  return itemSchema(def.schema, propertySchema(def.schema, def.schema, located.group.field));
}

/** The (resolved) property schema of a field, or undefined when the schema lacks it. */
export function schemaOf(def: FormDefinition, located: Pick<Located, 'group'>, key: string): JSONSchema | undefined {
  return propertySchema(def.schema, containerOf(def, located), key);
}

/** Whether the object schema lists `key` in its `required`. */
export function requiredIn(container: JSONSchema | undefined, key: string): boolean {
  return Array.isArray(container?.required) && (container.required as unknown[]).includes(key);
}

function inline(root: JSONSchema, holder: Record<string, unknown>, key: string): JSONSchema {
  const current = holder[key] as JSONSchema | undefined;
  if (current && typeof current === 'object' && typeof current.$ref === 'string') {
    const resolved = resolveRef(root, current);
    holder[key] = structuredClone(resolved ?? {});
  }
  if (!holder[key] || typeof holder[key] !== 'object') holder[key] = {};
  return holder[key] as JSONSchema;
}

/** The root's properties object, created if missing (write path). */
export function ownProperties(object: JSONSchema): Props {
  if (!object.properties || typeof object.properties !== 'object') object.properties = {};
  return object.properties as Props;
}

/** The item schema of a group, inlined and with `properties` (write path; `def` is a copy). */
export function ownGroupItems(def: FormDefinition, group: FieldElement): JSONSchema {
  const array = inline(def.schema, ownProperties(def.schema), group.field);
  const items = inline(def.schema, array as Record<string, unknown>, 'items');
  ownProperties(items);
  return items;
}

/** The object schema holding the element's field (write path; `def` is a copy). */
export function ownContainer(def: FormDefinition, located: Pick<Located, 'group'>): JSONSchema {
  return located.group ? ownGroupItems(def, located.group) : def.schema;
}

/** The field's own property schema, `$ref` inlined (write path; `def` is a copy). */
export function ownProperty(def: FormDefinition, container: JSONSchema, key: string): JSONSchema {
  return inline(def.schema, ownProperties(container), key);
}

/** The item schema of an array property, `$ref` inlined (write path). */
export function ownItems(def: FormDefinition, array: JSONSchema): JSONSchema {
  return inline(def.schema, array as Record<string, unknown>, 'items');
}

/** Sets or clears `key` in the object schema's `required` (keeps the list's order). */
export function setRequiredIn(container: JSONSchema, key: string, required: boolean): void {
  const list = Array.isArray(container.required) ? (container.required as string[]).filter((k) => k !== key) : [];
  if (required) list.push(key);
  container.required = list;
}

/** Renames a property keeping its place among the properties and in `required`. */
export function renameProperty(container: JSONSchema, from: string, to: string): void {
  const props = ownProperties(container);
  container.properties = Object.fromEntries(Object.entries(props).map(([k, v]) => [k === from ? to : k, v]));
  if (Array.isArray(container.required)) container.required = (container.required as string[]).map((k) => (k === from ? to : k));
}

/** Removes a property and its `required` entry. */
export function removeProperty(container: JSONSchema, key: string): void {
  const props = ownProperties(container);
  delete props[key];
  if (Array.isArray(container.required)) container.required = (container.required as string[]).filter((k) => k !== key);
}
