// Keyword search over the procedure list. Citizens type in hiragana, katakana, full- or
// half-width, upper or lower case; all of these are folded to one form before matching.
import type { LocalText } from '../../../core/definition.ts';
import { toKatakana } from '../../../core/jp/kana.ts';

export interface Searchable {
  title: LocalText;
  description?: LocalText;
  keywords?: string[];
}

/** NFKC (full-width ASCII → half, half-width kana → full), lower case, hiragana → katakana. */
export function fold(s: string): string {
  return toKatakana(s.normalize('NFKC').toLowerCase()).replace(/\u3000/g, ' ');
}

function haystack(item: Searchable): string {
  const parts: string[] = [];
  for (const t of [item.title, item.description]) if (t) parts.push(...Object.values(t).filter((v): v is string => typeof v === 'string'));
  parts.push(...(item.keywords ?? []));
  return fold(parts.join('\n'));
}

/** Every word of the query (split on spaces of either width) must occur somewhere. */
export function matches(item: Searchable, query: string): boolean {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const hay = haystack(item);
  return terms.every((term) => hay.includes(term));
}

export function search<T extends Searchable>(items: readonly T[], query: string): T[] {
  return items.filter((item) => matches(item, query));
}
