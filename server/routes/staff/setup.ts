// The one-time first-administrator setup (see server/auth/setup.ts).
import type { FastifyInstance } from 'fastify';
import { completeSetup, setupNeeded } from '../../auth/setup.ts';
import { setSessionCookie } from '../../plugins/auth.ts';
import { requestLang } from '../../plugins/errors.ts';

export default async function setupRoutes(app: FastifyInstance) {
  const { ctx } = app;

  app.get('/api/staff/setup', { config: { staffAuth: 'none' } }, async () => ({ needed: await setupNeeded(ctx) }));

  app.post('/api/staff/setup', { config: { staffAuth: 'none' } }, async (request, reply) => {
    const { user, session } = await completeSetup(ctx, request.body, requestLang(request));
    setSessionCookie(reply, ctx.config, session);
    return reply.code(201).send({ user, csrfToken: session.csrfToken });
  });
}
