// Names staff read for codes the API uses: categories, roles, widget kinds.
import type { Translate, MessageKey } from '../i18n/index.ts';
import { CATEGORIES } from '../../../core/definition.ts';

export const categoryOptions = (t: Translate) => CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c, t) }));

export function categoryLabel(category: string, t: Translate): string {
  return (CATEGORIES as readonly string[]).includes(category) ? t(`category.${category}` as MessageKey) : category;
}

export const ROLES = ['designer', 'clerk', 'admin'] as const;
export const roleLabel = (role: string, t: Translate) => t(`role.${role}` as MessageKey);

/** Form ids become URLs and file names: the same rule as core's lint. */
export const FORM_ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
