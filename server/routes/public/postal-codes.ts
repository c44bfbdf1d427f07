import type { FastifyInstance } from 'fastify';
import { lookupPostalCode } from '../../postal/lookup.ts';

export default async function postalRoutes(app: FastifyInstance) {
  app.get<{ Params: { code: string } }>('/api/postal-codes/:code', async (request, reply) => {
    const digits = request.params.code.replace(/-/g, '');
    reply.header('cache-control', 'public, max-age=86400');
    return { addresses: lookupPostalCode(digits) };
  });
}
