// DOM ids of the builder's controls, derived from element addresses, so focus can be put
// back on the same control after an operation re-renders the list (moves change addresses).
import type { ElementAddress } from '../../../core/builder/index.ts';

export const elementDomId = (a: ElementAddress): string => (a.child === undefined ? `el-${a.page}-${a.index}` : `el-${a.page}-${a.index}-${a.child}`);

/** ?el=2-3 or ?el=2-3-1 (links from problem lists) → an address. */
export function parseElementParam(value: string | null): ElementAddress | null {
  const m = /^(\d+)-(\d+)(?:-(\d+))?$/.exec(value ?? '');
  if (!m) return null;
  return m[3] === undefined ? { page: Number(m[1]), index: Number(m[2]) } : { page: Number(m[1]), index: Number(m[2]), child: Number(m[3]) };
}

/**
 * Focuses the element with `id` once the current render is on screen; `select` also selects
 * its text (a new element's placeholder label, replaced by whatever is typed next).
 */
export function focusLater(id: string, options: { select?: boolean } = {}): void {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'nearest' });
      if (options.select && el instanceof HTMLInputElement) el.select();
    }
  });
}
