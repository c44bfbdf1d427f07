// Which answers of a stored submission count as sensitive: those its own version marks,
// and those the form's current version marks. A field marked after some filings is then
// masked in those older submissions too (and `npm run reseal` seals them).
import type { FormDefinition } from '../../core/definition.ts';
import { sensitivePointers } from '../../core/sensitive.ts';
import type { FormCatalog } from '../forms/catalog.ts';

export function sensitivePatterns(catalog: Pick<FormCatalog, 'currentVersion'>, formId: string, filedWith: Pick<FormDefinition, 'schema'>): string[] {
  const current = catalog.currentVersion(formId)?.definition;
  const own = sensitivePointers(filedWith);
  if (!current || current === filedWith) return own;
  return [...new Set([...own, ...sensitivePointers(current)])];
}
