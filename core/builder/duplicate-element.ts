// duplicateElement: a copy of an element right after it. A field's copy gets a new unique
// key, the same schema, label and required setting, and the original's example answer.
// The copy is unconditional: rules showing the original do not show the copy, and rules
// watching the original do not watch the copy (a copied group keeps the rules of its rows).
import type { FieldElement, FormDefinition, JSONSchema } from '../definition.ts';
import { isFieldElement } from '../definition.ts';
import { locate, type ElementAddress } from './address.ts';
import { ownContainer, ownProperties, requiredIn, setRequiredIn } from './field-schema.ts';
import { allFieldKeys, nextFieldKey } from './field-key.ts';

function insertAfter(props: Record<string, JSONSchema>, after: string, key: string, value: JSONSchema): Record<string, JSONSchema> {
  const out: Record<string, JSONSchema> = {};
  for (const [k, v] of Object.entries(props)) {
    out[k] = v;
    if (k === after) out[key] = value;
  }
  if (!Object.hasOwn(out, key)) out[key] = value;
  return out;
}

/** Copies the element at `address` to just after it; returns the copy's address. */
export function duplicateElement(def: FormDefinition, address: ElementAddress): { def: FormDefinition; address: ElementAddress } {
  locate(def, address);
  const taken = allFieldKeys(def);
  const next = structuredClone(def);
  const located = locate(next, address);
  const copy = structuredClone(located.element);
  located.siblings.splice(located.position + 1, 0, copy);
  const at: ElementAddress =
    address.child === undefined ? { page: address.page, index: address.index + 1 } : { ...address, child: (address.child ?? 0) + 1 };
  if (!isFieldElement(copy)) return { def: next, address: at };

  const original = (located.element as FieldElement).field;
  const key = nextFieldKey(taken, original);
  copy.field = key;
  const container = ownContainer(next, located);
  const props = ownProperties(container);
  container.properties = insertAfter(props, original, key, structuredClone(props[original] ?? {}));
  if (requiredIn(container, original)) setRequiredIn(container, key, true);

  const example = next.example;
  if (example && typeof example === 'object') {
    if (!located.group) {
      if (Object.hasOwn(example, original)) example[key] = structuredClone(example[original]);
    } else if (Array.isArray(example[located.group.field])) {
      for (const row of example[located.group.field] as unknown[]) {
        const r = row as Record<string, unknown> | null;
        if (r && typeof r === 'object' && Object.hasOwn(r, original)) r[key] = structuredClone(r[original]);
      }
    }
  }
  return { def: next, address: at };
}
