// Placeholder wired into app.ts; filled in by the issue 4 work.
import type { FastifyInstance } from 'fastify';

export default async function receiptRoutes(_app: FastifyInstance) {}
