// Form content in the citizen's language. When a text has no translation and falls back to
// Japanese, it is marked lang="ja" so screen readers pronounce it as Japanese (WCAG 3.1.2).
import type { LocalText } from '../../../core/definition.ts';
import { hasText, text } from '../../../core/i18n.ts';
import { readsJapanese } from '../i18n/index.ts';

export function L({ value, lang }: { value: LocalText | undefined; lang: string }) {
  if (!value) return null;
  if (readsJapanese(lang) || hasText(value, lang)) return <>{text(value, lang)}</>;
  return <span lang="ja">{value.ja}</span>;
}
