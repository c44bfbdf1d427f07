// One submission as a clerk sees it (docs/staff-api.md, GET /api/staff/submissions/:receiptNumber):
// the answers with the definition of the version they were filed against, files, history,
// notes, messages and earlier answers. Internal notes are only ever read here. Sensitive
// answers are masked (`{ masked: true }`, listed in `masked`): only the reveal route opens them.
import { maskAtPointers } from '../../core/sensitive.ts';
import { staffTransitions } from '../../core/workflow.ts';
import type { AppContext } from '../context.ts';
import { sensitivePatterns } from '../sensitive/patterns.ts';
import { listMessages } from '../store/messages-repo.ts';
import { listRevisions } from '../store/revisions-repo.ts';
import { submissionFiles } from '../store/submission-files-repo.ts';
import type { FoundSubmission } from './staff-access.ts';

export function attachmentPath(receiptNumber: string, id: string): string {
  return `/api/staff/submissions/${encodeURIComponent(receiptNumber)}/attachments/${encodeURIComponent(id)}`;
}

export async function staffView(ctx: AppContext, found: FoundSubmission) {
  const { submission: s, version, history } = found;
  const current = maskAtPointers(sensitivePatterns(ctx.catalog, s.formId, version.definition), (s.answers ?? {}) as Record<string, unknown>);
  const byAuthor = (m: { id: number; at: string; author: string | null; body: string }) => ({ id: m.id, at: m.at, author: m.author, body: m.body });
  const [files, notes, messages, revisions] = await Promise.all([
    submissionFiles(ctx.db, s.id),
    listMessages(ctx.db, s.id, 'staff'),
    listMessages(ctx.db, s.id, 'applicant'),
    listRevisions(ctx.db, s.id),
  ]);
  const earlier = await Promise.all(
    revisions.map(async (r) => {
      const def = (await ctx.catalog.version(s.formId, r.formVersion))?.definition ?? version.definition;
      const shown = maskAtPointers(sensitivePatterns(ctx.catalog, s.formId, def), r.answers);
      return { ...r, answers: shown.answers, masked: shown.masked };
    }),
  );
  return {
    receiptNumber: s.receiptNumber,
    formId: s.formId,
    formTitle: version.definition.title,
    department: found.department,
    formVersion: s.formVersion,
    definition: version.definition,
    answers: current.answers,
    masked: current.masked,
    status: s.status,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    lang: s.lang,
    proxyBy: s.proxyBy,
    /** The booked 日時の枠 (its label is in definition.settings.slots), or null (docs/adr/0014-capacity.md). */
    slot: s.slot,
    revision: s.revision,
    /** A tombstone: the retention period ended and the answers went (docs/adr/0012-retention.md). */
    purgedAt: s.purgedAt,
    attachments: files.map((a) => ({ ...a, path: attachmentPath(s.receiptNumber, a.id) })),
    history: history.map((h) => ({ status: h.status, at: h.at, actor: h.actor, comment: h.comment })),
    notes: notes.map(byAuthor),
    messages: messages.map(byAuthor),
    revisions: earlier,
    allowedTransitions: staffTransitions(s.status),
  };
}
