import type { LocalText } from './definition.ts';

/** Picks the text for `lang`, falling back to Japanese (always present). */
export function text(t: LocalText | undefined, lang: string): string {
  if (!t) return '';
  // typeof check: a lang such as "constructor" must not find Object.prototype's members.
  const own = (t as Record<string, unknown>)[lang];
  // An empty translation (left blank in the builder) falls back like a missing one.
  return typeof own === 'string' && own.trim() !== '' ? own : t.ja;
}

/** Whether `t` has its own text for `lang` (not a fallback to Japanese). */
export function hasText(t: LocalText | undefined, lang: string): boolean {
  const own = t ? (t as Record<string, unknown>)[lang] : undefined;
  return typeof own === 'string' && own.trim() !== '';
}

/** Best supported language from an Accept-Language header value, Japanese by default. */
export function pickLang(header: string | undefined, supported: readonly string[]): string {
  if (!header) return 'ja';
  const wanted = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((w) => w.tag && w.q > 0)
    .sort((a, b) => b.q - a.q);
  const primary = (tag: string): string => tag.split('-')[0]!.toLowerCase();
  for (const { tag } of wanted) {
    const exact = supported.find((s) => s.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    // Same primary language: ja-JP is Japanese, pt-PT and pt read Brazilian Portuguese,
    // zh-TW/zh-Hant readers can read simplified Chinese better than a Japanese page.
    // やさしい日本語 is never guessed from "ja": the citizen chooses it (or the app sends it).
    const base = supported.find((s) => s !== 'ja-easy' && primary(s) === primary(tag));
    if (base) return base;
  }
  return 'ja';
}
