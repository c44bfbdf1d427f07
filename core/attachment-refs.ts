// Where the answers reference uploaded files: attachments fields at the top level and
// inside repeating groups.
import type { FormDefinition } from './definition.ts';
import { encodePointerSegment, topLevelFields } from './fields.ts';

export interface AttachmentRef {
  /** JSON Pointer of the reference object in the answers. */
  path: string;
  id: string;
  /** The question's accepted types (e.g. ["image/*"]); absent: any type uploads may have. */
  accept?: readonly string[];
}

function refsIn(value: unknown, base: string, accept: readonly string[] | undefined, out: AttachmentRef[]): void {
  if (!Array.isArray(value)) return;
  value.forEach((ref, i) => {
    const id = (ref as { id?: unknown } | null)?.id;
    if (typeof id === 'string') out.push({ path: `${base}/${i}`, id, ...(accept ? { accept } : {}) });
  });
}

export function attachmentRefs(def: FormDefinition, answers: Record<string, unknown>): AttachmentRef[] {
  const out: AttachmentRef[] = [];
  for (const el of topLevelFields(def)) {
    const base = `/${encodePointerSegment(el.field)}`;
    const value = answers[el.field];
    if (el.widget === 'attachments') refsIn(value, base, el.accept, out);
    if (el.widget === 'group' && Array.isArray(value)) {
      for (const inner of el.elements ?? []) {
        if (inner.widget !== 'attachments') continue;
        value.forEach((row, i) => {
          refsIn((row as Record<string, unknown> | null)?.[inner.field], `${base}/${i}/${encodePointerSegment(inner.field)}`, inner.accept, out);
        });
      }
    }
  }
  return out;
}
