import type { FastifyInstance } from 'fastify';

export default async function healthRoutes(app: FastifyInstance) {
  const ping = app.ctx.db.$client.prepare('SELECT 1');
  app.get('/healthz', async (_request, reply) => {
    try {
      ping.get();
      return { status: 'ok', database: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'error', database: 'unreachable' });
    }
  });
}
