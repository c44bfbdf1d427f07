// The city's own paper layouts of a form (docs/staff-api.md): a designer of the form's
// department uploads the existing PDF form, sees its AcroForm fields and pages, and saves
// how answers map onto it; clerks (and designers) list them and print onto them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FormDefinition } from '../../../core/definition.ts';
import type { AppContext } from '../../context.ts';
import { contentDisposition } from '../../export/content-disposition.ts';
import { HttpError } from '../../http-error.ts';
import { message } from '../../messages.ts';
import { printCityName } from '../../pdf/city-name.ts';
import { renderOnLayout } from '../../pdf/fill-layout.ts';
import { LayoutPdfError, MAX_LAYOUT_PAGES, describeLayout, openLayoutPdf } from '../../pdf/inspect-layout.ts';
import { EMPTY_MAPPING, type LayoutMapping, checkMapping } from '../../pdf/layout-mapping.ts';
import { staffUser } from '../../plugins/auth.ts';
import { requestLang } from '../../plugins/errors.ts';
import { writeAudit } from '../../store/audit-repo.ts';
import type { Db } from '../../store/db.ts';
import type { FormRow } from '../../store/forms-repo.ts';
import { type StoredLayout, deleteLayout, getLayout, insertLayout, listLayouts, updateLayout } from '../../store/layouts-repo.ts';
import { newSecret } from '../../submissions/tokens.ts';
import { formFor, workingDefinition } from './form-access.ts';

export const LAYOUT_MAX_BYTES = 10 * 1024 * 1024;
const MAX_NAME = 100;

type LayoutParams = { Params: { id: string; layoutId: string } };

async function layoutOf(ctx: AppContext, form: FormRow, layoutId: string): Promise<StoredLayout> {
  const layout = layoutId.length <= 64 ? await getLayout(ctx.db, form.id, layoutId) : undefined;
  if (!layout) throw new HttpError(404, 'error.layoutNotFound');
  return layout;
}

async function inspect(pdf: Uint8Array) {
  try {
    return describeLayout(await openLayoutPdf(pdf));
  } catch (error) {
    if (!(error instanceof LayoutPdfError)) throw error;
    if (error.reason === 'encrypted') throw new HttpError(400, 'error.pdfEncrypted');
    if (error.reason === 'tooManyPages') throw new HttpError(400, 'error.pdfTooManyPages', { max: MAX_LAYOUT_PAGES });
    throw new HttpError(400, 'error.notPdf');
  }
}

async function detail(layout: StoredLayout) {
  const { id, formId, name, createdAt, updatedAt, updatedBy, mapping } = layout;
  const { pages, fields } = await inspect(layout.pdf);
  return { id, formId, name, createdAt, updatedAt, updatedBy, size: layout.pdf.length, pages, fields, mapping };
}

/** What a mapping's pointers may name: the draft being designed and the published version. */
async function definitionsOf(ctx: AppContext, form: FormRow): Promise<FormDefinition[]> {
  const defs = [
    await workingDefinition(ctx, form),
    form.currentVersion === null ? undefined : (await ctx.catalog.version(form.id, form.currentVersion))?.definition,
  ];
  return defs.filter((d): d is FormDefinition => !!d);
}

function checkName(raw: unknown, lang: string): string {
  const name = typeof raw === 'string' ? raw.normalize('NFC').trim() : '';
  if (name === '' || [...name].length > MAX_NAME) {
    throw new HttpError(400, 'error.invalidLayout', {}, [{ path: '/name', code: 'name', message: message('layout.name', lang, { max: MAX_NAME }) }]);
  }
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f]/g, '');
}

const tooLarge = () => new HttpError(413, 'error.layoutFileTooLarge', { limit: LAYOUT_MAX_BYTES / 1024 / 1024 });

/** The multipart upload: `file` (the PDF) and an optional `name` (default: the file's name). */
async function readUpload(request: FastifyRequest): Promise<{ pdf: Buffer; name: unknown; filename?: string }> {
  let pdf: Buffer | undefined;
  let filename: string | undefined;
  let name: unknown;
  for await (const part of request.parts({ limits: { fileSize: LAYOUT_MAX_BYTES, files: 1, fields: 4 } })) {
    if (part.type === 'file') {
      let data: Buffer;
      try {
        data = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw error;
      }
      if (part.file.truncated) throw tooLarge();
      if (part.fieldname === 'file') {
        pdf = data;
        filename = part.filename;
      }
    } else if (part.fieldname === 'name') {
      name = part.value;
    }
  }
  if (!pdf || pdf.length === 0) throw new HttpError(400, 'error.noFile');
  return { pdf, name, filename };
}

export default async function layoutsRoutes(app: FastifyInstance) {
  const { ctx } = app;

  const audit = (tx: Db, request: FastifyRequest, form: FormRow, layoutId: string, detail: Record<string, unknown>) =>
    writeAudit(tx, {
      at: ctx.now().toISOString(),
      actor: staffUser(request).login,
      action: 'form.layout',
      formId: form.id,
      department: form.department,
      records: [layoutId],
      detail,
    });

  app.get<{ Params: { id: string } }>('/api/staff/forms/:id/layouts', async (request) => {
    const form = await formFor(ctx, request, request.params.id, 'read');
    return { layouts: await listLayouts(ctx.db, form.id) };
  });

  app.post<{ Params: { id: string } }>('/api/staff/forms/:id/layouts', async (request, reply) => {
    const lang = requestLang(request);
    const form = await formFor(ctx, request, request.params.id, 'design');
    if (!request.isMultipart()) throw new HttpError(400, 'error.noFile');
    const upload = await readUpload(request);
    await inspect(upload.pdf);
    const name = checkName(upload.name ?? upload.filename?.replace(/\.pdf$/i, ''), lang);
    const id = newSecret().slice(0, 16);
    const now = ctx.now().toISOString();
    const by = staffUser(request).login;
    await ctx.writes.run(async (tx) => {
      await insertLayout(tx, { id, formId: form.id, name, pdf: upload.pdf, mapping: EMPTY_MAPPING, by, now });
      await audit(tx, request, form, id, { op: 'create', name, size: upload.pdf.length });
    });
    return reply.code(201).send(await detail(await layoutOf(ctx, form, id)));
  });

  app.get<LayoutParams>('/api/staff/forms/:id/layouts/:layoutId', async (request) => {
    const form = await formFor(ctx, request, request.params.id, 'read');
    return detail(await layoutOf(ctx, form, request.params.layoutId));
  });

  app.put<LayoutParams & { Body: unknown }>('/api/staff/forms/:id/layouts/:layoutId', async (request) => {
    const lang = requestLang(request);
    const form = await formFor(ctx, request, request.params.id, 'design');
    const layout = await layoutOf(ctx, form, request.params.layoutId);
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as { name?: unknown; mapping?: unknown };
    const name = body.name === undefined ? undefined : checkName(body.name, lang);
    let mapping: LayoutMapping | undefined;
    if (body.mapping !== undefined) {
      const checked = checkMapping(body.mapping, await inspect(layout.pdf), await definitionsOf(ctx, form), lang);
      if (checked.errors.length > 0) throw new HttpError(400, 'error.invalidLayout', {}, checked.errors);
      mapping = checked.mapping;
    }
    await ctx.writes.run(async (tx) => {
      await updateLayout(tx, form.id, layout.id, { name, mapping, by: staffUser(request).login, now: ctx.now().toISOString() });
      await audit(tx, request, form, layout.id, {
        op: 'update',
        ...(name !== undefined ? { name } : {}),
        ...(mapping ? { fields: Object.keys(mapping.fields).length, positions: mapping.positions.length } : {}),
      });
    });
    return detail(await layoutOf(ctx, form, layout.id));
  });

  app.delete<LayoutParams>('/api/staff/forms/:id/layouts/:layoutId', async (request, reply) => {
    const form = await formFor(ctx, request, request.params.id, 'design');
    const layout = await layoutOf(ctx, form, request.params.layoutId);
    await ctx.writes.run(async (tx) => {
      await deleteLayout(tx, form.id, layout.id);
      await audit(tx, request, form, layout.id, { op: 'delete', name: layout.name });
    });
    return reply.code(204).send();
  });

  // The form's 記入例 on the paper: what a designer checks the mapping with. No personal data.
  app.get<LayoutParams>('/api/staff/forms/:id/layouts/:layoutId/sample.pdf', async (request, reply) => {
    const form = await formFor(ctx, request, request.params.id, 'read');
    const layout = await layoutOf(ctx, form, request.params.layoutId);
    const def = await workingDefinition(ctx, form);
    if (!def) throw new HttpError(409, 'error.notPublished');
    const pdf = await renderOnLayout(
      layout.pdf,
      layout.mapping,
      { cityName: printCityName(ctx.config), definition: def, answers: def.example ?? {}, receiptNumber: '0000-0000-00', filedAt: ctx.now().toISOString() },
      { now: ctx.now(), sample: true },
    );
    return reply
      .type('application/pdf')
      .header('content-disposition', contentDisposition('inline', `${layout.name}_記入例.pdf`, `layout-sample.pdf`))
      .header('cache-control', 'no-store')
      .send(Buffer.from(pdf));
  });
}
