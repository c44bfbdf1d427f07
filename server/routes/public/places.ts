// Places left, for the citizen's slot choice (GET /api/forms/:id/places). Apart from the
// form itself: the form is the same for hours, the places change by the second, and only
// forms with places ask (docs/adr/0014-capacity.md).
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../../http-error.ts';
import { placesLeft } from '../../submissions/capacity.ts';

export default async function placesRoutes(app: FastifyInstance) {
  const { ctx } = app;
  app.get<{ Params: { id: string } }>('/api/forms/:id/places', async (request, reply) => {
    const v = ctx.catalog.currentVersion(request.params.id);
    if (!v) throw new HttpError(404, 'error.formNotFound');
    reply.header('cache-control', 'no-store');
    return (await placesLeft(ctx.db, v.formId, v.definition.settings)) ?? { waitingList: false, places: [] };
  });
}
