// Where an element is: page, index on the page, and for a field inside a repeating group
// its index among the group's fields.
import type { Element, FieldElement, FormDefinition, Page } from '../definition.ts';
import { isFieldElement } from '../definition.ts';
import { BuilderError } from './builder-error.ts';

/** An element's position: `child` is the index inside the repeating group at page/index. */
export type ElementAddress = { page: number; index: number; child?: number };

/** The element at an address and what holds it. */
export interface Located {
  page: Page;
  element: Element;
  /** The repeating group holding the element (only for `child` addresses). */
  group?: FieldElement;
  /** The array the element is in (page elements or the group's elements). */
  siblings: Element[];
  /** Its index in `siblings`. */
  position: number;
}

const isIndex = (n: unknown, length: number): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) < length;

/** The page at `index`, or BuilderError 'noSuchPage'. */
export function pageAt(def: FormDefinition, index: number): Page {
  const page = isIndex(index, def.ui.pages.length) ? def.ui.pages[index] : undefined;
  if (!page) throw new BuilderError('noSuchPage', { page: Number.isInteger(index) ? index + 1 : String(index) });
  return page;
}

/** The element at `address` (BuilderError 'noSuchElement' when there is none). */
export function locate(def: FormDefinition, address: ElementAddress): Located {
  const page = pageAt(def, address.page);
  const top = isIndex(address.index, page.elements.length) ? page.elements[address.index] : undefined;
  if (!top) throw new BuilderError('noSuchElement');
  if (address.child === undefined) return { page, element: top, siblings: page.elements, position: address.index };
  if (!isFieldElement(top) || top.widget !== 'group') throw new BuilderError('notAGroup');
  const children = (top.elements ??= []);
  const inner = isIndex(address.child, children.length) ? children[address.child] : undefined;
  if (!inner) throw new BuilderError('noSuchElement');
  return { page, element: inner, group: top, siblings: children, position: address.child };
}

/** The field at `address` (BuilderError 'notAField' for a heading or paragraph). */
export function locateField(def: FormDefinition, address: ElementAddress): Located & { element: FieldElement } {
  const found = locate(def, address);
  if (!isFieldElement(found.element)) throw new BuilderError('notAField');
  return found as Located & { element: FieldElement };
}

/** The address of the field `key` (top-level, or inside the group `group`), or undefined. */
export function findField(def: FormDefinition, key: string, group?: string): ElementAddress | undefined {
  for (let p = 0; p < def.ui.pages.length; p++) {
    const elements = def.ui.pages[p]?.elements ?? [];
    for (let i = 0; i < elements.length; i++) {
      const el = elements[i];
      if (!el || !isFieldElement(el)) continue;
      if (group === undefined && el.field === key) return { page: p, index: i };
      if (group !== undefined && el.field === group && el.widget === 'group') {
        const c = (el.elements ?? []).findIndex((x) => x.field === key);
        return c >= 0 ? { page: p, index: i, child: c } : undefined;
      }
    }
  }
  return undefined;
}

/** Whether two addresses name the same element. */
export function sameAddress(a: ElementAddress, b: ElementAddress): boolean {
  return a.page === b.page && a.index === b.index && a.child === b.child;
}
