// Placeholder wired into routes/staff/index.ts; filled in by the issue 4 work.
import type { FastifyInstance } from 'fastify';

export default async function exportsRoutes(_app: FastifyInstance) {}
