// The forms a user may see, one form with its versions, the library templates, and
// creating a form (docs/staff-api.md "Forms").
import type { FastifyInstance } from 'fastify';
import { can, departmentsFor } from '../../auth/access.ts';
import { listTemplates } from '../../forms/library.ts';
import { newFormDefinition } from '../../forms/new-form.ts';
import { HttpError } from '../../http-error.ts';
import { staffUser } from '../../plugins/auth.ts';
import { requestLang } from '../../plugins/errors.ts';
import { insertDraftForm, isFormIdTaken, listFormSummaries, listVersions } from '../../store/forms-repo.ts';
import { formFor, workingDefinition } from './form-access.ts';

export default async function staffFormRoutes(app: FastifyInstance) {
  const { ctx } = app;

  app.get('/api/staff/forms', async (request) => {
    const visible = departmentsFor(staffUser(request), 'read');
    const forms = (await listFormSummaries(ctx.db))
      .filter((f) => visible === 'all' || visible.has(f.department))
      .map((f) => ({
        id: f.id,
        title: f.title ?? { ja: f.id },
        category: f.category,
        department: f.department,
        currentVersion: f.currentVersion,
        hasDraft: f.hasDraft,
        published: f.currentVersion !== null && !f.unpublished,
        updatedAt: f.updatedAt,
        opensAt: f.opensAt ?? undefined,
        closesAt: f.closesAt ?? undefined,
      }));
    return { forms };
  });

  app.get('/api/staff/templates', async () => ({
    templates: listTemplates(ctx.config.formsDir).map(({ template, definition: d }) => ({
      template,
      id: d.id,
      title: d.title,
      category: d.category,
      department: d.settings?.department,
    })),
  }));

  app.post('/api/staff/forms', async (request, reply) => {
    const user = staffUser(request);
    const lang = requestLang(request);
    const result = await newFormDefinition(
      request.body,
      {
        formsDir: ctx.config.formsDir,
        readForm: async (id) => {
          try {
            return await workingDefinition(ctx, await formFor(ctx, request, id, 'read'));
          } catch {
            return undefined; // another department's form: as if it did not exist
          }
        },
      },
      lang,
    );
    if (result.problems) throw new HttpError(400, 'error.invalidDefinition', {}, result.problems);
    const def = result.definition;
    if (!can(user, 'design', def.settings.department)) throw new HttpError(403, 'error.forbidden');
    try {
      await ctx.writes.run((tx) => insertDraftForm(tx, def, ctx.now().toISOString()));
    } catch (error) {
      if (isFormIdTaken(error)) throw new HttpError(409, 'error.exists');
      throw error;
    }
    return reply.code(201).send({ id: def.id });
  });

  app.get<{ Params: { id: string } }>('/api/staff/forms/:id', async (request) => {
    const form = await formFor(ctx, request, request.params.id, 'read');
    return {
      id: form.id,
      department: form.department,
      draft: form.draft ?? null,
      draftSavedAt: form.draftSavedAt,
      published: form.currentVersion !== null && !form.unpublished,
      currentVersion: form.currentVersion,
      versions: await listVersions(ctx.db, form.id),
    };
  });
}
