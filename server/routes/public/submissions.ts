// Filing, and the applicant's side of a submission through the status link: its status
// and the office's messages, correcting after 差戻し, 取下げ. The token is the only key.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { text } from '../../../core/i18n.ts';
import { proxyClerk } from '../../auth/proxy-clerk.ts';
import { STATUS_LABELS, type Status } from '../../../core/status.ts';
import { applicantMayResubmit, applicantMayWithdraw } from '../../../core/workflow.ts';
import { requestLang } from '../../plugins/errors.ts';
import { listMessages } from '../../store/messages-repo.ts';
import { answersToCorrect, resubmit, submissionByToken, withdraw } from '../../submissions/applicant-actions.ts';
import { parseWithdrawal } from '../../submissions/change-input.ts';
import { fileSubmission } from '../../submissions/file-submission.ts';
import { placeSummary } from '../../submissions/capacity.ts';

function origin(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

type ByToken = { Params: { token: string } };

export default async function submissionRoutes(app: FastifyInstance) {
  const { ctx } = app;

  app.post<{ Params: { id: string } }>('/api/forms/:id/submissions', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    // 窓口代理入力: a marked filing is a clerk's, checked like any staff change (403 otherwise).
    const clerk = await proxyClerk(ctx, request, request.params.id);
    const result = await fileSubmission(ctx, {
      proxyBy: clerk?.login,
      formId: request.params.id,
      body: request.body,
      idempotencyKey: typeof key === 'string' && key.length > 0 && key.length <= 200 ? key : undefined,
      lang: requestLang(request),
      origin: origin(request, ctx.config.publicUrl),
    });
    return reply.code(201).send(result);
  });

  app.get<ByToken>('/api/submissions/:token', async (request, reply) => {
    const { submission: s, history } = await submissionByToken(ctx, request.params.token);
    const lang = requestLang(request);
    const form = await ctx.catalog.version(s.formId, s.formVersion);
    const label = (status: string) => text(STATUS_LABELS[status as Status] ?? { ja: status }, lang);
    const last = history[history.length - 1];
    reply.header('cache-control', 'no-store');
    return {
      receiptNumber: s.receiptNumber,
      form: { id: s.formId, title: form?.definition.title ?? { ja: s.formId } },
      status: s.status,
      statusLabel: label(s.status),
      submittedAt: s.createdAt,
      history: history.map((h) => ({ status: h.status, statusLabel: label(h.status), at: h.at, comment: h.comment ?? undefined })),
      // Only what staff addressed to the applicant: internal notes never leave the back office.
      messages: (await listMessages(ctx.db, s.id, 'applicant')).map((m) => ({ at: m.at, body: m.body, fromApplicant: m.author === null })),
      canWithdraw: applicantMayWithdraw(s.status),
      canResubmit: applicantMayResubmit(s.status),
      returnedComment: s.status === 'returned' && last?.status === 'returned' ? last.comment : null,
      // 日時の枠 and the place in the 順番待ち line, for a form with places (docs/adr/0014-capacity.md).
      place: await placeSummary(ctx.db, s, form?.definition, lang),
    };
  });

  app.get<ByToken>('/api/submissions/:token/answers', async (request, reply) => {
    const found = await submissionByToken(ctx, request.params.token);
    reply.header('cache-control', 'no-store');
    return await answersToCorrect(ctx, found);
  });

  app.put<ByToken>('/api/submissions/:token/answers', async (request) => {
    const found = await submissionByToken(ctx, request.params.token);
    return resubmit(ctx, found, request.body, requestLang(request), origin(request, ctx.config.publicUrl));
  });

  app.post<ByToken>('/api/submissions/:token/withdraw', async (request) => {
    const found = await submissionByToken(ctx, request.params.token);
    const { comment } = parseWithdrawal(request.body, requestLang(request));
    return withdraw(ctx, found, comment);
  });
}
