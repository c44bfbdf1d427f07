// POST /api/staff/submissions/:receiptNumber/reveal: a clerk asks to see sensitive answers
// the submission view masks. Only pointers the view masked may be asked for; the values are
// opened here and nowhere else in the back office, after the audit record is durable.
import type { FormDefinition } from '../../core/definition.ts';
import { splitPointer } from '../../core/fields.ts';
import { maskAtPointers } from '../../core/sensitive.ts';
import type { AppContext } from '../context.ts';
import { HttpError, type PathError } from '../http-error.ts';
import { message } from '../messages.ts';
import { openAnswers } from '../sensitive/answers.ts';
import { sensitivePatterns } from '../sensitive/patterns.ts';
import { writeAudit } from '../store/audit-repo.ts';
import { listRevisions } from '../store/revisions-repo.ts';
import type { FoundSubmission } from './staff-access.ts';

export const MAX_REVEAL_POINTERS = 200;
const MAX_REVISION = 10_000;

export interface RevealRequest {
  pointers?: string[];
  revision?: number;
}

export function parseReveal(raw: unknown, lang: string): RevealRequest {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new HttpError(400, 'error.badRequest');
  const body = raw as Record<string, unknown>;
  const errors: PathError[] = [];
  const out: RevealRequest = {};
  if (body.pointers !== undefined) {
    const list = body.pointers;
    if (!Array.isArray(list) || list.length > MAX_REVEAL_POINTERS || list.some((p) => typeof p !== 'string' || p.length > 500)) {
      errors.push({ path: '/pointers', code: 'pointers', message: message('reveal.pointers', lang, { max: MAX_REVEAL_POINTERS }) });
    } else out.pointers = [...new Set(list as string[])];
  }
  if (body.revision !== undefined && body.revision !== null) {
    const r = body.revision;
    if (typeof r !== 'number' || !Number.isInteger(r) || r < 0 || r > MAX_REVISION) {
      errors.push({ path: '/revision', code: 'revision', message: message('reveal.revision', lang, { max: MAX_REVISION }) });
    } else out.revision = r;
  }
  if (errors.length > 0) throw new HttpError(400, 'error.invalidReveal', {}, errors);
  return out;
}

function valueAt(answers: unknown, pointer: string): unknown {
  let node = answers;
  for (const seg of splitPointer(pointer)) {
    if (Array.isArray(node)) node = node[Number(seg)];
    else if (node && typeof node === 'object' && Object.hasOwn(node, seg)) node = (node as Record<string, unknown>)[seg];
    else return undefined;
  }
  return node;
}

export interface Revealed {
  receiptNumber: string;
  /** null: the current answers; else the earlier answers of that revision. */
  revision: number | null;
  values: Record<string, unknown>;
  /** Sealed values no configured key opens (given as null in `values`). */
  unreadable: string[];
}

export async function reveal(ctx: AppContext, found: FoundSubmission, actor: string, req: RevealRequest, lang: string): Promise<Revealed> {
  const s = found.submission;
  let def: FormDefinition = found.version.definition;
  let stored = (s.answers ?? {}) as Record<string, unknown>;
  if (req.revision !== undefined) {
    const earlier = (await listRevisions(ctx.db, s.id)).find((r) => r.revision === req.revision);
    if (!earlier) throw new HttpError(400, 'error.invalidReveal', {}, [{ path: '/revision', code: 'revision', message: message('reveal.revision', lang, { max: Math.max(0, s.revision - 1) }) }]);
    stored = earlier.answers;
    def = (await ctx.catalog.version(s.formId, earlier.formVersion))?.definition ?? def;
  }
  const { masked } = maskAtPointers(sensitivePatterns(ctx.catalog, s.formId, def), stored);
  const pointers = req.pointers ?? masked;
  const wrong: PathError[] = [];
  pointers.forEach((p, i) => {
    if (!masked.includes(p)) wrong.push({ path: `/pointers/${i}`, code: 'pointer', message: message('reveal.pointer', lang, { pointer: p }) });
  });
  if (wrong.length > 0) throw new HttpError(400, 'error.invalidReveal', {}, wrong);

  const opened = openAnswers(ctx.sealer, stored, s.receiptNumber, pointers);
  const values = Object.fromEntries(pointers.map((p) => [p, valueAt(opened.answers, p) ?? null]));
  // Durable before a clear value goes out; the pointers say what was seen, never the values.
  await ctx.writes.run((tx) =>
    writeAudit(tx, {
      at: ctx.now().toISOString(),
      actor,
      action: 'submission.reveal',
      formId: s.formId,
      department: found.department,
      records: [s.receiptNumber],
      detail: { pointers, ...(req.revision !== undefined ? { revision: req.revision } : {}) },
    }),
  );
  return { receiptNumber: s.receiptNumber, revision: req.revision ?? null, values, unreadable: opened.unreadable };
}
