// The applicant's name for the inbox list: what was answered in the first top-level name
// field. The only piece of the answers the list shows (opening a submission is audited).
import type { FormDefinition } from '../../core/definition.ts';
import { topLevelFields } from '../../core/fields.ts';

export function applicantName(def: FormDefinition, answers: Record<string, unknown>): string | null {
  for (const f of topLevelFields(def)) {
    if (f.widget !== 'name-kana') continue;
    const v = answers[f.field] as { family?: unknown; given?: unknown } | undefined;
    if (!v || typeof v !== 'object') continue;
    const name = [v.family, v.given].filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' ');
    if (name) return name;
  }
  return null;
}
