// Saving and discarding the draft, publishing it as a new version, and taking a form
// down. Drafts may be incomplete; publishing checks everything (server/forms/definition-check.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FormDefinition } from '../../../core/definition.ts';
import type { Problem } from '../../../core/lint.ts';
import { message } from '../../messages.ts';
import { can } from '../../auth/access.ts';
import { definitionBytes, definitionProblems, MAX_DEFINITION_BYTES, publishProblems } from '../../forms/definition-check.ts';
import { HttpError } from '../../http-error.ts';
import { staffUser } from '../../plugins/auth.ts';
import { requestLang } from '../../plugins/errors.ts';
import { clearPublishedDraft, discardDraft, insertVersion, saveDraft, setPublished, setUnpublished } from '../../store/forms-repo.ts';
import { formFor } from './form-access.ts';

/**
 * What refuses a definition outright for this form and user: not an object, another
 * form's id, too large, or a department the user does not design. Anything else is a
 * problem of an unfinished draft, saved and listed.
 */
function refusals(request: FastifyRequest, formId: string, def: unknown, lang: string): Problem[] {
  if (!def || typeof def !== 'object' || Array.isArray(def)) return [{ path: '', message: message('definition.object', lang) }];
  const problems: Problem[] = [];
  const d = def as Partial<FormDefinition>;
  if (d.id !== formId) problems.push({ path: '/id', message: message('definition.idMismatch', lang, { id: formId }) });
  if (definitionBytes(def) > MAX_DEFINITION_BYTES) {
    problems.push({ path: '', message: message('definition.tooLarge', lang, { limit: MAX_DEFINITION_BYTES / 1024 }) });
  }
  const department = d.settings?.department;
  if (typeof department === 'string' && department && !can(staffUser(request), 'design', department)) {
    problems.push({ path: '/settings/department', message: message('definition.departmentNotYours', lang, { department }) });
  }
  return problems;
}

function refuseIfAny(problems: Problem[]): void {
  if (problems.length > 0) throw new HttpError(400, 'error.invalidDefinition', {}, problems);
}

const definitionOf = (body: unknown): unknown =>
  body && typeof body === 'object' ? (body as { definition?: unknown }).definition : undefined;

export default async function formDraftRoutes(app: FastifyInstance) {
  const { ctx } = app;

  app.put<{ Params: { id: string } }>('/api/staff/forms/:id/draft', async (request) => {
    const form = await formFor(ctx, request, request.params.id, 'design');
    const lang = requestLang(request);
    const def = definitionOf(request.body);
    refuseIfAny(refusals(request, form.id, def, lang));
    const problems = definitionProblems(def, lang);
    const savedAt = ctx.now().toISOString();
    await ctx.writes.run((tx) => saveDraft(tx, form.id, def, savedAt));
    return { savedAt, problems };
  });

  app.delete<{ Params: { id: string } }>('/api/staff/forms/:id/draft', async (request, reply) => {
    const form = await formFor(ctx, request, request.params.id, 'design');
    await ctx.writes.run((tx) => discardDraft(tx, form.id, ctx.now().toISOString()));
    return reply.code(204).send();
  });

  app.post<{ Params: { id: string } }>('/api/staff/forms/:id/publish', async (request, reply) => {
    const form = await formFor(ctx, request, request.params.id, 'design');
    const lang = requestLang(request);
    const def = definitionOf(request.body) ?? form.draft;
    if (def === undefined || def === null) {
      // Nothing new to publish: an unpublished form comes back with its current version.
      if (!form.unpublished || form.currentVersion === null) throw new HttpError(400, 'error.noDraft');
      await ctx.writes.run((tx) => setPublished(tx, form.id, ctx.now().toISOString()));
      await ctx.catalog.reload();
      return reply.code(201).send({ version: form.currentVersion });
    }
    refuseIfAny(refusals(request, form.id, def, lang));
    const { problems, prepared } = publishProblems(def, lang);
    refuseIfAny(problems);
    const version = await ctx.writes.run(async (tx) => {
      const now = ctx.now().toISOString();
      const v = await insertVersion(tx, { definition: def as FormDefinition, ...prepared!, publishedBy: staffUser(request).login, now });
      await clearPublishedDraft(tx, form.id, form.draftSavedAt);
      return v;
    });
    await ctx.catalog.reload();
    return reply.code(201).send({ version });
  });

  app.post<{ Params: { id: string } }>('/api/staff/forms/:id/unpublish', async (request, reply) => {
    const form = await formFor(ctx, request, request.params.id, 'design');
    await ctx.writes.run((tx) => setUnpublished(tx, form.id, ctx.now().toISOString()));
    await ctx.catalog.reload();
    return reply.code(204).send();
  });
}
