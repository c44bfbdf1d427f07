import type { FastifyInstance, FastifyRequest } from 'fastify';
import { text } from '../../../core/i18n.ts';
import { STATUS_LABELS, type Status } from '../../../core/status.ts';
import { HttpError } from '../../http-error.ts';
import { requestLang } from '../../plugins/errors.ts';
import { findByReceiptNumber } from '../../store/submissions-repo.ts';
import { fileSubmission } from '../../submissions/file-submission.ts';
import { parseStatusToken, secretMatches } from '../../submissions/tokens.ts';

function origin(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

export default async function submissionRoutes(app: FastifyInstance) {
  const { ctx } = app;

  app.post<{ Params: { id: string } }>('/api/forms/:id/submissions', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    const result = await fileSubmission(ctx, {
      formId: request.params.id,
      body: request.body,
      idempotencyKey: typeof key === 'string' && key.length > 0 && key.length <= 200 ? key : undefined,
      lang: requestLang(request),
      origin: origin(request, ctx.config.publicUrl),
    });
    return reply.code(201).send(result);
  });

  app.get<{ Params: { token: string } }>('/api/submissions/:token', async (request, reply) => {
    const token = parseStatusToken(request.params.token);
    const found = token && findByReceiptNumber(ctx.db, token.receiptNumber);
    if (!found || !secretMatches(token.secret, found.submission.tokenHash)) throw new HttpError(404, 'error.submissionNotFound');
    const lang = requestLang(request);
    const { submission: s, history } = found;
    const form = ctx.catalog.version(s.formId, s.formVersion);
    const label = (status: string) => text(STATUS_LABELS[status as Status] ?? { ja: status }, lang);
    reply.header('cache-control', 'no-store');
    return {
      receiptNumber: s.receiptNumber,
      form: { id: s.formId, title: form?.definition.title ?? { ja: s.formId } },
      status: s.status,
      statusLabel: label(s.status),
      submittedAt: s.createdAt,
      history: history.map((h) => ({ status: h.status, statusLabel: label(h.status), at: h.at, comment: h.comment ?? undefined })),
    };
  });
}
