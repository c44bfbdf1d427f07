// Options of a choice field: the schema's enum, in order, labelled by the ui element.
import type { FieldElement, JSONSchema } from '../../../core/definition.ts';
import { hasText, text } from '../../../core/i18n.ts';
import { readsJapanese } from '../i18n/index.ts';

export interface Choice {
  value: unknown;
  key: string;
  label: string;
  /** Set when the label fell back to Japanese (mark it lang="ja"). */
  lang?: 'ja';
}

export function choices(element: FieldElement, schema: JSONSchema, lang: string): Choice[] {
  const source = (schema.type === 'array' ? (schema.items as JSONSchema | undefined) : schema) ?? {};
  const values: unknown[] = Array.isArray(source.enum) ? source.enum : Object.keys(element.options ?? {});
  return values.map((value) => {
    const key = String(value);
    const label = element.options?.[key];
    const fallback = !!label && !readsJapanese(lang) && !hasText(label, lang);
    return { value, key, label: label ? text(label, lang) : key, ...(fallback ? { lang: 'ja' as const } : {}) };
  });
}
