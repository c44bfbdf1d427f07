import type { FastifyInstance } from 'fastify';

export default async function healthRoutes(app: FastifyInstance) {
  const { store } = app.ctx;
  app.get('/healthz', async (_request, reply) => {
    try {
      await store.ping();
      return { status: 'ok', database: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'error', database: 'unreachable' });
    }
  });
}
