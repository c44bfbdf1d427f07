// Pages: add, delete, reorder and retitle. Deleting a page never moves or drops its
// elements silently: a page with elements is deleted only when asked to delete them too.
import type { FormDefinition, LocalText } from '../definition.ts';
import { pageAt } from './address.ts';
import { BuilderError } from './builder-error.ts';
import { deleteElement, type RemovedRule } from './delete-element.ts';

/** Title of a page added by the builder (Japanese only until translated). */
export const NEW_PAGE_TITLE: LocalText = { ja: '新しいページ' };

function pageId(def: FormDefinition): string {
  const taken = new Set(def.ui.pages.map((p) => p.id));
  for (let n = def.ui.pages.length + 1; ; n++) if (!taken.has(`page${n}`)) return `page${n}`;
}

function checkTitle(title: LocalText): LocalText {
  if (!title || typeof title.ja !== 'string' || title.ja.trim() === '') throw new BuilderError('japaneseRequired', { what: 'pageTitle' });
  return { ...title };
}

/** Adds an empty page before index `at` (default: at the end); returns its index. */
export function addPage(def: FormDefinition, at?: number, title: LocalText = NEW_PAGE_TITLE): { def: FormDefinition; page: number } {
  const length = def.ui.pages.length;
  const index = at === undefined || !Number.isInteger(at) ? length : Math.min(Math.max(at, 0), length);
  const next = structuredClone(def);
  next.ui.pages.splice(index, 0, { id: pageId(def), title: checkTitle(title), elements: [] });
  return { def: next, page: index };
}

/**
 * Deletes a page. Refuses the last page ('lastPage') and a page with elements
 * ('pageNotEmpty') unless `withElements`, which deletes them as deleteElement does.
 */
export function deletePage(
  def: FormDefinition,
  page: number,
  options: { withElements?: boolean } = {},
): { def: FormDefinition; removedRules: RemovedRule[] } {
  const target = pageAt(def, page);
  if (def.ui.pages.length <= 1) throw new BuilderError('lastPage');
  if (target.elements.length > 0 && !options.withElements) throw new BuilderError('pageNotEmpty', { count: target.elements.length });
  let current = def;
  const removedRules: RemovedRule[] = [];
  for (let i = target.elements.length - 1; i >= 0; i--) {
    const step = deleteElement(current, { page, index: i });
    current = step.def;
    removedRules.push(...step.removedRules);
  }
  const next = current === def ? structuredClone(def) : current;
  next.ui.pages.splice(page, 1);
  return { def: next, removedRules };
}

/** Moves the page at `from` to index `to`; returns `def` itself when nothing moves. */
export function movePage(def: FormDefinition, from: number, to: number): { def: FormDefinition; page: number } {
  pageAt(def, from);
  const index = Number.isInteger(to) ? Math.min(Math.max(to, 0), def.ui.pages.length - 1) : def.ui.pages.length - 1;
  if (index === from) return { def, page: from };
  const next = structuredClone(def);
  const [moved] = next.ui.pages.splice(from, 1);
  if (moved) next.ui.pages.splice(index, 0, moved);
  return { def: next, page: index };
}

/** Replaces a page's title (all languages; Japanese required). */
export function setPageTitle(def: FormDefinition, page: number, title: LocalText): FormDefinition {
  pageAt(def, page);
  const next = structuredClone(def);
  pageAt(next, page).title = checkTitle(title);
  return next;
}
