// 「申請の一覧」: POST asks for the link by e-mail address (always 202, the same answer for
// any address); GET lists the submissions behind a link's secret (404 once expired).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requestLang } from '../../plugins/errors.ts';
import { listApplications, parseEmailRequest, PerEmailLimit, requestApplicationsLink } from '../../submissions/my-applications.ts';

function origin(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

export default async function myApplicationsRoutes(app: FastifyInstance) {
  const { ctx } = app;
  const limit = new PerEmailLimit(ctx.config.applicationsLink.perEmailPerHour);

  app.post('/api/my-applications', async (request, reply) => {
    const lang = requestLang(request);
    const address = parseEmailRequest(request.body, lang);
    await requestApplicationsLink(ctx, limit, { address, lang, origin: origin(request, ctx.config.publicUrl) });
    return reply.code(202).send({ accepted: true });
  });

  app.get<{ Params: { token: string } }>('/api/my-applications/:token', async (request, reply) => {
    const list = await listApplications(ctx, request.params.token, requestLang(request));
    reply.header('cache-control', 'no-store');
    return list;
  });
}
