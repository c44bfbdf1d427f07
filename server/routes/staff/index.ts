// Everything under /api/staff/, in one scope so the authentication hook covers it all.
import type { FastifyInstance } from 'fastify';
import { registerStaffAuth } from '../../plugins/auth.ts';
import formDraftRoutes from './form-drafts.ts';
import formViewRoutes from './form-views.ts';
import staffFormRoutes from './forms.ts';
import sessionRoutes from './session.ts';
import setupRoutes from './setup.ts';
import userRoutes from './users.ts';
import submissionsRoutes from './submissions.ts';
import exportsRoutes from './exports.ts';
import layoutsRoutes from './layouts.ts';
import auditRoutes from './audit.ts';

export default async function staffRoutes(app: FastifyInstance) {
  registerStaffAuth(app);
  await app.register(sessionRoutes);
  await app.register(setupRoutes);
  await app.register(userRoutes);
  await app.register(staffFormRoutes);
  await app.register(formDraftRoutes);
  await app.register(formViewRoutes);
  await app.register(submissionsRoutes);
  await app.register(exportsRoutes);
  await app.register(layoutsRoutes);
  await app.register(auditRoutes);
}
