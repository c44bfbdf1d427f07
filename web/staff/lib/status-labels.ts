// Statuses as staff read them (shorter than the applicant's wording in core/status.ts).
import type { Status } from '../../../core/status.ts';
import type { MessageKey, Translate } from '../i18n/index.ts';
import type { LocalText } from '../../../core/definition.ts';
import { text } from '../../../core/i18n.ts';

export const statusLabel = (s: Status | string, t: Translate): string => t(`state.${s}` as MessageKey);

/** The form title as the API gives it: a LocalText, or already a string. */
export function titleText(title: LocalText | string | undefined, lang: string): string {
  if (!title) return '';
  return typeof title === 'string' ? title : text(title, lang);
}
