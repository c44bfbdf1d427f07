// Drag and drop of elements (HTML5 drag events). The keyboard way (上へ/下へ, Alt+↑/↓) does
// the same; this is the mouse way. A row is dropped before or after the row under the
// pointer; a field of a repeating group only within its group (core refuses otherwise).
import type { ElementAddress } from '../../../core/builder/index.ts';
import type { ElementActions } from './element-actions.ts';

export type DropSide = 'before' | 'after';
type SetDrop = (target: { address: ElementAddress; side: DropSide } | null) => void;

let dragging: ElementAddress | null = null;

const sameLevel = (a: ElementAddress, b: ElementAddress) =>
  a.child === undefined ? b.child === undefined : b.child !== undefined && a.page === b.page && a.index === b.index;

export function dragStart(e: DragEvent, a: ElementAddress): void {
  e.stopPropagation(); // a field of a group: not the group row around it
  dragging = a;
  e.dataTransfer?.setData('text/plain', JSON.stringify(a));
  if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
}

export function dragEnd(setDrop: SetDrop): void {
  dragging = null;
  setDrop(null);
}

export function dragOver(e: DragEvent, a: ElementAddress, setDrop: SetDrop): void {
  if (!dragging || !sameLevel(dragging, a)) return; // let the event reach the group's own row
  e.preventDefault();
  e.stopPropagation();
  if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
  const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
  setDrop({ address: a, side: e.clientY < box.top + box.height / 2 ? 'before' : 'after' });
}

/** Index the dragged element ends up at, given the row it is dropped on. */
export function dropIndex(from: number, on: number, side: DropSide, samePage: boolean): number {
  const target = side === 'before' ? on : on + 1;
  return samePage && from < target ? target - 1 : target;
}

export function drop(e: DragEvent, a: ElementAddress, actions: ElementActions, setDrop: SetDrop): void {
  const from = dragging;
  if (!from || !sameLevel(from, a)) return;
  e.preventDefault();
  e.stopPropagation();
  const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
  const side: DropSide = e.clientY < box.top + box.height / 2 ? 'before' : 'after';
  dragging = null;
  setDrop(null);
  if (a.child !== undefined && from.child !== undefined) {
    actions.moveTo(from, { ...from, child: dropIndex(from.child, a.child, side, true) });
  } else {
    actions.moveTo(from, { page: a.page, index: dropIndex(from.index, a.index, side, from.page === a.page) });
  }
}

/** Dropping on a page tab: to the end of that page. */
export function dropOnPage(e: DragEvent, page: number, length: number, actions: ElementActions): void {
  const from = dragging;
  if (!from || from.child !== undefined) return;
  e.preventDefault();
  dragging = null;
  actions.moveTo(from, { page, index: from.page === page ? length - 1 : length });
}

export function dragOverPage(e: DragEvent): void {
  if (dragging && dragging.child === undefined) e.preventDefault();
}
