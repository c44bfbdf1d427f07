// addElement: a new element of a kind on a page, or inside a repeating group.
import type { FormDefinition } from '../definition.ts';
import { isFieldElement } from '../definition.ts';
import { pageAt, type ElementAddress } from './address.ts';
import { BuilderError } from './builder-error.ts';
import { createElement } from './create-element.ts';
import { isElementKind, kindInfo, type ElementKind } from './element-kinds.ts';
import { ownContainer, ownProperties, setRequiredIn } from './field-schema.ts';
import { uniqueFieldKey } from './field-key.ts';

/** Where to insert: before `index` on `page` (index = length appends), or inside the group at page/`group`. */
export interface InsertAt {
  page: number;
  index: number;
  /** Index on the page of the repeating group to insert into; `index` is then the position among its fields. */
  group?: number;
}

const clampIndex = (index: number, length: number): number => (Number.isInteger(index) ? Math.min(Math.max(index, 0), length) : length);

/** Adds a new element of `kind` (unique key, label 「新しい質問」, not required except consent); returns its address. */
export function addElement(def: FormDefinition, at: InsertAt, kind: ElementKind): { def: FormDefinition; address: ElementAddress } {
  if (!isElementKind(kind)) throw new BuilderError('unknownKind', { kind: String(kind) });
  const info = kindInfo(kind);
  pageAt(def, at.page);
  const key = info.content ? '' : uniqueFieldKey(def, info.keyPrefix);
  const created = createElement(kind, key);
  const next = structuredClone(def);
  const page = pageAt(next, at.page);
  if (at.group === undefined) {
    const index = clampIndex(at.index, page.elements.length);
    page.elements.splice(index, 0, created.element);
    if (created.schema) {
      ownProperties(next.schema)[key] = created.schema;
      if (created.required) setRequiredIn(next.schema, key, true);
    }
    return { def: next, address: { page: at.page, index } };
  }
  const group = page.elements[at.group];
  if (!group || !isFieldElement(group) || group.widget !== 'group') throw new BuilderError('notAGroup');
  if (kind === 'group') throw new BuilderError('nestedGroup');
  if (info.content || !isFieldElement(created.element)) throw new BuilderError('contentInGroup');
  const children = (group.elements ??= []);
  const child = clampIndex(at.index, children.length);
  children.splice(child, 0, created.element);
  const items = ownContainer(next, { group });
  ownProperties(items)[key] = created.schema ?? {};
  if (created.required) setRequiredIn(items, key, true);
  return { def: next, address: { page: at.page, index: at.group, child } };
}
