// Whether form content (title, labels, help, options) on a page has no text of its own in
// the citizen's language and is shown in Japanese: the page then says so once, at the top,
// rather than marking every label (which a screen reader would repeat at each question).
import type { LocalText } from '../../../core/definition.ts';
import { hasText } from '../../../core/i18n.ts';
import { readsJapanese } from './index.ts';

export function fallsBack(node: unknown, lang: string): boolean {
  if (readsJapanese(lang) || !node || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some((n) => fallsBack(n, lang));
  const record = node as Record<string, unknown>;
  // A LocalText: Japanese is always there; is this language's own text too?
  if (typeof record.ja === 'string') return record.ja.trim() !== '' && !hasText(record as LocalText, lang);
  return Object.values(record).some((v) => fallsBack(v, lang));
}
