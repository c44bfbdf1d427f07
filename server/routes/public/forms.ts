// The procedure list and one procedure, as citizens see them.
import type { FastifyInstance } from 'fastify';
import { availability } from '../../../core/availability.ts';
import { text } from '../../../core/i18n.ts';
import { HttpError } from '../../http-error.ts';
import { requestLang } from '../../plugins/errors.ts';
import { message } from '../../messages.ts';
import { isFull } from '../../submissions/capacity.ts';

export default async function formsRoutes(app: FastifyInstance) {
  const { catalog, now } = app.ctx;

  app.get('/api/forms', async () => {
    const at = now();
    const forms = catalog
      .published()
      .filter((v) => availability(v.definition.settings, at).open)
      .map(({ definition: d }) => ({
        id: d.id,
        title: d.title,
        description: d.description,
        category: d.category,
        department: d.settings.department,
        keywords: d.keywords ?? [],
      }));
    return { forms };
  });

  app.get<{ Params: { id: string } }>('/api/forms/:id', async (request) => {
    const v = catalog.currentVersion(request.params.id);
    if (!v) throw new HttpError(404, 'error.formNotFound');
    let open = availability(v.definition.settings, now());
    // Every place taken and no waiting list: closed as full, said before the citizen fills anything in (docs/adr/0014-capacity.md).
    if (open.open && (await isFull(app.ctx.db, v.formId, v.definition.settings))) open = { open: false, reason: 'full' };
    const lang = requestLang(request);
    return {
      id: v.formId,
      version: v.version,
      definition: v.definition,
      schema: v.compiled.schema,
      rules: v.compiled.rules,
      validatorUrl: `/api/forms/${encodeURIComponent(v.formId)}/versions/${v.version}/validator.js`,
      open: open.open,
      ...(open.open
        ? {}
        : {
            closedReason: open.reason,
            closedMessage: text(v.definition.settings.closedMessage, lang) || (open.reason === 'full' ? message('error.full', lang) : undefined),
          }),
    };
  });

  // Versions are immutable, so their validator module can be cached for good.
  app.get<{ Params: { id: string; version: string } }>('/api/forms/:id/versions/:version/validator.js', async (request, reply) => {
    const version = Number(request.params.version);
    const v = Number.isSafeInteger(version) ? await catalog.version(request.params.id, version) : undefined;
    if (!v) throw new HttpError(404, 'error.formNotFound');
    return reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(v.validatorModule);
  });
}
