// Logging in and out (docs/staff-api.md "Accounts and session").
import type { FastifyInstance } from 'fastify';
import { logIn } from '../../auth/login.ts';
import { clearSessionCookie, setSessionCookie, staffUser } from '../../plugins/auth.ts';
import { deleteSession } from '../../store/sessions-repo.ts';

export default async function sessionRoutes(app: FastifyInstance) {
  const { ctx } = app;

  app.post('/api/staff/session', { config: { staffAuth: 'none' } }, async (request, reply) => {
    const { user, session } = await logIn(ctx, request.body);
    setSessionCookie(reply, ctx.config, session);
    return { user, csrfToken: session.csrfToken };
  });

  app.get('/api/staff/session', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return { user: staffUser(request), csrfToken: request.staffSession!.csrfToken };
  });

  app.delete('/api/staff/session', async (request, reply) => {
    const { idHash } = request.staffSession!;
    await ctx.writes.run((tx) => deleteSession(tx, idHash));
    clearSessionCookie(reply, ctx.config);
    return reply.code(204).send();
  });
}
