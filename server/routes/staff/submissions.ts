// The inbox and the processing of one submission (docs/staff-api.md, "Submissions and the
// back office"). Every route goes through submissionFor (or the processable forms): a
// submission of a department the user does not process answers like a missing one.
import type { FastifyInstance } from 'fastify';
import { departmentsFor } from '../../auth/access.ts';
import type { StoredVersion } from '../../store/forms-repo.ts';
import { HttpError } from '../../http-error.ts';
import { staffUser } from '../../plugins/auth.ts';
import { requestLang } from '../../plugins/errors.ts';
import { type AuditAction, writeAudit } from '../../store/audit-repo.ts';
import { pageOfSubmissions } from '../../store/inbox-repo.ts';
import { submissionFile } from '../../store/submission-files-repo.ts';
import { applicantName } from '../../submissions/applicant-name.ts';
import { parseMessageBody, parseStatusChange } from '../../submissions/change-input.ts';
import { contentDisposition, downloadName, safeContentType } from '../../submissions/download-headers.ts';
import { parseInboxFilter, processableFormIds } from '../../submissions/inbox-filter.ts';
import { type FoundSubmission, submissionFor } from '../../submissions/staff-access.ts';
import { parseReveal, reveal } from '../../submissions/reveal.ts';
import { addMessage, changeStatus } from '../../submissions/staff-actions.ts';
import { staffView } from '../../submissions/staff-view.ts';
import { findSlot } from '../../../core/capacity.ts';
import { text } from '../../../core/i18n.ts';

type ByReceipt = { Params: { receiptNumber: string } };

export default async function submissionsRoutes(app: FastifyInstance) {
  const { ctx } = app;

  // Durable before a byte of personal data goes out.
  const auditRead = (actor: string, found: FoundSubmission, action: AuditAction, detail?: Record<string, unknown>) =>
    ctx.writes.run((tx) =>
      writeAudit(tx, {
        at: ctx.now().toISOString(),
        actor,
        action,
        formId: found.submission.formId,
        department: found.department,
        records: [found.submission.receiptNumber],
        detail: detail ?? null,
      }),
    );

  app.get('/api/staff/submissions', async (request, reply) => {
    const user = staffUser(request);
    // Designers (and users without roles) process nothing: say so rather than show an empty inbox.
    const processes = departmentsFor(user, 'process');
    if (processes !== 'all' && processes.size === 0) throw new HttpError(403, 'error.forbidden');
    const filter = parseInboxFilter(request.query, requestLang(request));
    const { total, rows } = await pageOfSubmissions(ctx.db, filter, await processableFormIds(ctx, user));
    const versions = new Map<string, Promise<StoredVersion | undefined>>();
    const versionOf = (formId: string, version: number) => {
      const key = `${formId}@${version}`;
      if (!versions.has(key)) versions.set(key, ctx.catalog.version(formId, version));
      return versions.get(key)!;
    };
    const defs = await Promise.all(rows.map(async (s) => (await versionOf(s.formId, s.formVersion))?.definition));
    reply.header('cache-control', 'no-store');
    return {
      total,
      page: filter.page,
      perPage: filter.perPage,
      items: rows.map((s, i) => {
        const def = defs[i];
        return {
          receiptNumber: s.receiptNumber,
          formId: s.formId,
          formTitle: def?.title ?? { ja: s.formId },
          formVersion: s.formVersion,
          status: s.status,
          createdAt: s.createdAt,
          updatedAt: s.updatedAt,
          applicant: def ? applicantName(def, s.answers as Record<string, unknown>) : null,
          proxyBy: s.proxyBy,
          // The booked 日時の枠 (docs/adr/0014-capacity.md).
          ...(s.slot !== null ? { slot: s.slot, slotLabel: text(def ? findSlot(def.settings, s.slot)?.label ?? { ja: s.slot } : { ja: s.slot }, requestLang(request)) } : {}),
        };
      }),
    };
  });

  app.get<ByReceipt>('/api/staff/submissions/:receiptNumber', async (request, reply) => {
    const user = staffUser(request);
    const found = await submissionFor(ctx, request, request.params.receiptNumber);
    const view = await staffView(ctx, found);
    await auditRead(user.login, found, 'submission.view');
    reply.header('cache-control', 'no-store');
    return view;
  });

  // Sensitive answers the view masked, opened for one clerk (audited submission.reveal).
  app.post<ByReceipt>('/api/staff/submissions/:receiptNumber/reveal', async (request, reply) => {
    const user = staffUser(request);
    const found = await submissionFor(ctx, request, request.params.receiptNumber);
    const lang = requestLang(request);
    const revealed = await reveal(ctx, found, user.login, parseReveal(request.body, lang), lang);
    reply.header('cache-control', 'no-store');
    return revealed;
  });

  app.post<ByReceipt>('/api/staff/submissions/:receiptNumber/status', async (request) => {
    const user = staffUser(request);
    const found = await submissionFor(ctx, request, request.params.receiptNumber);
    const lang = requestLang(request);
    return await changeStatus(ctx, found, user.login, parseStatusChange(request.body, lang), lang);
  });

  app.post<ByReceipt>('/api/staff/submissions/:receiptNumber/notes', async (request, reply) => {
    const user = staffUser(request);
    const found = await submissionFor(ctx, request, request.params.receiptNumber);
    const note = await addMessage(ctx, found, user.login, 'staff', parseMessageBody(request.body, requestLang(request)));
    return reply.code(201).send(note);
  });

  app.post<ByReceipt>('/api/staff/submissions/:receiptNumber/messages', async (request, reply) => {
    const user = staffUser(request);
    const found = await submissionFor(ctx, request, request.params.receiptNumber);
    const sent = await addMessage(ctx, found, user.login, 'applicant', parseMessageBody(request.body, requestLang(request)));
    return reply.code(201).send(sent);
  });

  app.get<{ Params: { receiptNumber: string; id: string } }>('/api/staff/submissions/:receiptNumber/attachments/:id', async (request, reply) => {
    const user = staffUser(request);
    const found = await submissionFor(ctx, request, request.params.receiptNumber);
    const file = request.params.id.length <= 64 ? await submissionFile(ctx.db, found.submission.id, request.params.id) : undefined;
    if (!file) throw new HttpError(404, 'error.attachmentNotFound');
    await auditRead(user.login, found, 'attachment.download', { attachment: file.id });
    return reply
      .type(safeContentType(file.type))
      .header('content-disposition', contentDisposition(downloadName(file.name, safeContentType(file.type))))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(file.data);
  });
}
