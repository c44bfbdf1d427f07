// Upload one file before submitting; the answers then reference it by its id.
import type { FastifyInstance } from 'fastify';
import { topLevelFields } from '../../../core/fields.ts';
import { accepts, detectType, safeFileName } from '../../attachments/inspect.ts';
import { HttpError } from '../../http-error.ts';
import { insertAttachment } from '../../store/attachments-repo.ts';
import { newAttachmentId, sha256Hex } from '../../submissions/tokens.ts';

export default async function attachmentRoutes(app: FastifyInstance) {
  const { ctx } = app;

  app.post<{ Params: { id: string } }>('/api/forms/:id/attachments', async (request, reply) => {
    const form = ctx.catalog.currentVersion(request.params.id);
    if (!form) throw new HttpError(404, 'error.formNotFound');
    const fields = topLevelFields(form.definition).flatMap((f) => (f.widget === 'group' ? (f.elements ?? []) : [f]));
    const accept = fields.filter((f) => f.widget === 'attachments').flatMap((f) => f.accept ?? ['*/*']);
    if (accept.length === 0) throw new HttpError(400, 'error.fileType');

    const part = await request.file({ limits: { fileSize: ctx.config.attachmentMaxBytes, files: 1 } });
    if (!part) throw new HttpError(400, 'error.noFile');
    const data = await part.toBuffer();
    if (part.file.truncated) {
      throw new HttpError(413, 'error.fileTooLarge', { limit: Math.round(ctx.config.attachmentMaxBytes / 1024 / 1024) });
    }
    if (data.length === 0) throw new HttpError(400, 'error.noFile');
    const type = await detectType(data);
    if (!type || !accepts(accept.includes('*/*') ? undefined : accept, type)) throw new HttpError(400, 'error.fileType');

    const attachment = { id: newAttachmentId(), name: safeFileName(part.filename), size: data.length, type };
    await ctx.writes.run((tx) =>
      insertAttachment(tx, { ...attachment, formId: form.formId, sha256: sha256Hex(data), data, now: ctx.now().toISOString() }),
    );
    return reply.code(201).send(attachment);
  });
}
