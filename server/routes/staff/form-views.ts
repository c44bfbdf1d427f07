// Read-only views of a form: an old version, the JSON export, and the builder's preview
// (the draft shaped like the public GET /api/forms/:id, with its own validator module).
import type { FastifyInstance } from 'fastify';
import type { FormDefinition } from '../../../core/definition.ts';
import { lintDefinition } from '../../../core/lint.ts';
import { shapeProblems } from '../../forms/definition-shape.ts';
import { cachedPreviewModule, preparePreview, previewModule } from '../../forms/preview.ts';
import { HttpError } from '../../http-error.ts';
import { requestLang } from '../../plugins/errors.ts';
import { getVersion } from '../../store/forms-repo.ts';
import { formFor, workingDefinition } from './form-access.ts';

/** Compiles the draft for preview, or answers 400 with what keeps it from compiling. */
function compiledPreview(def: FormDefinition, formId: string, lang: string) {
  const shape = shapeProblems(def, lang);
  if (shape.length > 0) throw new HttpError(400, 'error.invalidDefinition', {}, shape);
  // A draft with problems is still previewed when it compiles: the builder shows both.
  let problems: { path: string; message: string }[];
  try {
    problems = lintDefinition(def, lang);
  } catch (error) {
    problems = [{ path: '', message: (error as Error).message }];
  }
  try {
    return { ...preparePreview(formId, def), problems };
  } catch (error) {
    const why = problems.length > 0 ? problems : [{ path: '/schema', message: (error as Error).message }];
    throw new HttpError(400, 'error.invalidDefinition', {}, why);
  }
}

export default async function formViewRoutes(app: FastifyInstance) {
  const { ctx } = app;

  app.get<{ Params: { id: string; version: string } }>('/api/staff/forms/:id/versions/:version', async (request) => {
    const form = await formFor(ctx, request, request.params.id, 'read');
    const number = Number(request.params.version);
    const v = Number.isSafeInteger(number) ? await getVersion(ctx.db, form.id, number) : undefined;
    if (!v) throw new HttpError(404, 'error.notFound');
    const { version, definition, compiled, publishedAt, publishedBy } = v;
    return { version, definition, schema: compiled.schema, publishedAt, publishedBy };
  });

  app.get<{ Params: { id: string } }>('/api/staff/forms/:id/export', async (request, reply) => {
    const form = await formFor(ctx, request, request.params.id, 'read');
    const def = await workingDefinition(ctx, form);
    if (!def) throw new HttpError(404, 'error.notFound');
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${form.id}.json"`)
      .header('cache-control', 'no-store')
      .send(`${JSON.stringify(def, null, 2)}\n`);
  });

  app.get<{ Params: { id: string } }>('/api/staff/forms/:id/preview', async (request, reply) => {
    const form = await formFor(ctx, request, request.params.id, 'read');
    const def = await workingDefinition(ctx, form);
    if (!def) throw new HttpError(404, 'error.notFound');
    const { compiled, rev, problems } = compiledPreview(def, form.id, requestLang(request));
    reply.header('cache-control', 'no-store');
    return {
      id: form.id,
      version: form.currentVersion ?? 0,
      definition: def,
      schema: compiled.schema,
      rules: compiled.rules,
      validatorUrl: `/api/staff/forms/${encodeURIComponent(form.id)}/preview/validator.js?rev=${rev}`,
      // A preview always shows the form, whatever its dates: staff check it before it opens.
      open: true,
      problems,
    };
  });

  type ValidatorRoute = { Params: { id: string }; Querystring: { rev?: string } };
  app.get<ValidatorRoute>('/api/staff/forms/:id/preview/validator.js', async (request, reply) => {
    const form = await formFor(ctx, request, request.params.id, 'read');
    // The module matching the preview that named it, if still cached; else the draft's now.
    let code = typeof request.query.rev === 'string' ? cachedPreviewModule(form.id, request.query.rev) : undefined;
    if (code === undefined) {
      const def = await workingDefinition(ctx, form);
      if (!def) throw new HttpError(404, 'error.notFound');
      const { compiled, rev } = compiledPreview(def, form.id, requestLang(request));
      code = previewModule(form.id, compiled, rev);
    }
    return reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-store').send(code);
  });
}
