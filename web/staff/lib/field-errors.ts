// Server answers name the field at fault with a JSON Pointer (`/password`); forms show the
// message by that input and in the summary.
import type { Problem } from './api.ts';

export type FieldErrors = Record<string, string>;

/** Problems keyed by the first segment of their path ('' for the request as a whole). */
export function byField(problems: readonly Problem[] | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const p of problems ?? []) {
    const key = p.path.replace(/^\//, '').split('/')[0] ?? '';
    out[key] ??= p.message;
  }
  return out;
}
