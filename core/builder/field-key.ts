// Field keys: the property names answers are stored under. Generated for new fields
// (text1, choice2, ...), unique in the whole form so a key names one field everywhere.
import type { FormDefinition } from '../definition.ts';
import { isFieldElement } from '../definition.ts';

/** What lint accepts as a field key. */
export const FIELD_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Whether `key` may name a field. */
export function isValidFieldKey(key: unknown): key is string {
  return typeof key === 'string' && FIELD_KEY.test(key);
}

/** Every field key of the form: top-level fields and the fields inside repeating groups. */
export function allFieldKeys(def: FormDefinition): Set<string> {
  const keys = new Set<string>();
  for (const page of def.ui.pages) {
    for (const el of page.elements) {
      if (!isFieldElement(el)) continue;
      keys.add(el.field);
      for (const inner of el.elements ?? []) keys.add(inner.field);
    }
  }
  for (const key of Object.keys((def.schema.properties ?? {}) as object)) keys.add(key);
  return keys;
}

/** The first of `stem1`, `stem2`, ... not in `taken` (a trailing number of `base` is dropped). */
export function nextFieldKey(taken: ReadonlySet<string>, base: string): string {
  let stem = base.replace(/[^A-Za-z0-9_]/g, '').replace(/\d+$/, '');
  if (!/^[A-Za-z]/.test(stem)) stem = `field${stem}`;
  stem = stem.slice(0, 56);
  for (let n = 1; ; n++) {
    const key = `${stem}${n}`;
    if (!taken.has(key)) return key;
  }
}

/** A key for a new field, unique in the whole form. */
export function uniqueFieldKey(def: FormDefinition, base: string): string {
  return nextFieldKey(allFieldKeys(def), base);
}
