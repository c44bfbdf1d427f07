// moveElement: reorders elements within a page, across pages, or within a repeating group.
// Moving changes only the ui: answers keep their keys, rules keep working.
import type { FormDefinition } from '../definition.ts';
import { locate, pageAt, sameAddress, type ElementAddress } from './address.ts';
import { BuilderError } from './builder-error.ts';

/** The result of a move: the new definition and where the element now is. */
export interface Moved {
  def: FormDefinition;
  address: ElementAddress;
}

const clamp = (n: number, length: number) => (Number.isInteger(n) ? Math.min(Math.max(n, 0), length) : length);

/**
 * Moves the element at `from` so that it ends up at `to` (indices after the move; past the
 * end appends). A field inside a group moves only within that group (BuilderError
 * 'moveAcrossGroups' otherwise). Returns `def` itself when nothing moves.
 */
export function moveElement(def: FormDefinition, from: ElementAddress, to: ElementAddress): Moved {
  locate(def, from);
  if ((from.child === undefined) !== (to.child === undefined)) throw new BuilderError('moveAcrossGroups');
  if (from.child !== undefined && (from.page !== to.page || from.index !== to.index)) throw new BuilderError('moveAcrossGroups');
  pageAt(def, to.page);
  const next = structuredClone(def);
  const located = locate(next, from);
  located.siblings.splice(located.position, 1);
  let address: ElementAddress;
  if (from.child !== undefined) {
    const child = clamp(to.child ?? 0, located.siblings.length);
    located.siblings.splice(child, 0, located.element);
    address = { page: from.page, index: from.index, child };
  } else {
    const target = pageAt(next, to.page).elements;
    const index = clamp(to.index, target.length);
    target.splice(index, 0, located.element);
    address = { page: to.page, index };
  }
  return sameAddress(address, from) ? { def, address: from } : { def: next, address };
}

/** Moves an element one place up (keyboard reordering); from the top of a page to the end of the previous page. */
export function moveUp(def: FormDefinition, address: ElementAddress): Moved {
  locate(def, address);
  if (address.child !== undefined) {
    return address.child > 0 ? moveElement(def, address, { ...address, child: address.child - 1 }) : { def, address };
  }
  if (address.index > 0) return moveElement(def, address, { page: address.page, index: address.index - 1 });
  if (address.page > 0) return moveElement(def, address, { page: address.page - 1, index: pageAt(def, address.page - 1).elements.length });
  return { def, address };
}

/** Moves an element one place down; from the bottom of a page to the top of the next page. */
export function moveDown(def: FormDefinition, address: ElementAddress): Moved {
  const located = locate(def, address);
  if (address.child !== undefined) {
    return located.position < located.siblings.length - 1 ? moveElement(def, address, { ...address, child: located.position + 1 }) : { def, address };
  }
  if (address.index < located.siblings.length - 1) return moveElement(def, address, { page: address.page, index: address.index + 1 });
  if (address.page < def.ui.pages.length - 1) return moveElement(def, address, { page: address.page + 1, index: 0 });
  return { def, address };
}
