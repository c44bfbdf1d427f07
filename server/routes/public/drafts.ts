// 一時保存 through a resume link: save, open, save again, discard (after filing). The token
// in the URL is the only key (server/drafts/drafts.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createDraft, discardDraft, openDraft, saveDraft } from '../../drafts/drafts.ts';
import { HttpError } from '../../http-error.ts';
import { requestLang } from '../../plugins/errors.ts';

function origin(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

type ByToken = { Params: { token: string } };

// The per-recipient mail limit answers like the per-address ones: with Retry-After.
async function withRetryAfter<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const after = error instanceof HttpError ? error.extra?.retryAfter : undefined;
    if (typeof after === 'number') reply.header('retry-after', String(after));
    throw error;
  }
}

export default async function draftRoutes(app: FastifyInstance) {
  const { ctx } = app;

  app.post<{ Params: { id: string } }>('/api/forms/:id/drafts', async (request, reply) => {
    const saved = await withRetryAfter(reply, () => createDraft(ctx, request.params.id, request.body, requestLang(request), origin(request, ctx.config.publicUrl)));
    return reply.code(201).header('cache-control', 'no-store').send(saved);
  });

  // What the 一時保存 panel tells before anything is saved: how long a link will work.
  app.get('/api/drafts/policy', async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=3600');
    return { ttlDays: ctx.config.drafts.ttlDays };
  });

  app.get<ByToken>('/api/drafts/:token', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return await openDraft(ctx, request.params.token);
  });

  app.put<ByToken>('/api/drafts/:token', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return withRetryAfter(reply, () => saveDraft(ctx, request.params.token, request.body, requestLang(request), origin(request, ctx.config.publicUrl)));
  });

  app.delete<ByToken>('/api/drafts/:token', async (request, reply) => {
    await discardDraft(ctx, request.params.token);
    return reply.code(204).send();
  });
}
