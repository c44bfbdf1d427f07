// What leaves the back office on paper or as a file: the CSV export of a form's
// submissions, 集計 (JSON for the charts, CSV as open data), and the PDF of one submission
// (or many, or one on the city's paper layout). Each checks role and department, and
// writes its audit record before anything goes out.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { aggregate } from '../../../core/aggregate.ts';
import type { FormDefinition } from '../../../core/definition.ts';
import { text } from '../../../core/i18n.ts';
import { MASKED, mapAtPointers, mapSealed, sensitivePointers } from '../../../core/sensitive.ts';
import { normalizeReceiptNumber } from '../../../core/receipt-number.ts';
import { can } from '../../auth/access.ts';
import type { AppContext } from '../../context.ts';
import { aggregateRows } from '../../export/aggregate-csv.ts';
import { attachmentDisposition, contentDisposition } from '../../export/content-disposition.ts';
import { type CsvEncoding, encodeCsv, tableRows, unencodableCells } from '../../export/encode-table.ts';
import { submissionTable } from '../../export/submissions-csv.ts';
import { HttpError, type PathError } from '../../http-error.ts';
import { message } from '../../messages.ts';
import { renderOnLayout } from '../../pdf/fill-layout.ts';
import { printInput, type SensitivePrint } from '../../pdf/print-input.ts';
import { renderBulkPdf } from '../../pdf/render-bulk.ts';
import { renderSubmissionPdf } from '../../pdf/render-submission.ts';
import { staffUser } from '../../plugins/auth.ts';
import { requestLang } from '../../plugins/errors.ts';
import { openAnswers } from '../../sensitive/answers.ts';
import { writeAudit } from '../../store/audit-repo.ts';
import type { FormRow } from '../../store/forms-repo.ts';
import { allSubmissions, type SubmissionRow } from '../../store/inbox-repo.ts';
import { getLayout } from '../../store/layouts-repo.ts';
import { type InboxFilter, parseInboxFilter } from '../../submissions/inbox-filter.ts';
import { type FoundSubmission, submissionFor } from '../../submissions/staff-access.ts';
import { formFor } from './form-access.ts';

export const MAX_BULK_PRINT = 1000;
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** A form whose submissions the user may process: another department's is 404, a designer's own 403. */
async function processableForm(ctx: AppContext, request: FastifyRequest, id: string): Promise<FormRow> {
  const form = await formFor(ctx, request, id, 'read');
  if (!can(staffUser(request), 'process', form.department)) throw new HttpError(403, 'error.forbidden');
  return form;
}

/** The current version first, then every older version the rows were filed against. */
async function definitionsFor(ctx: AppContext, form: FormRow, rows: readonly SubmissionRow[]): Promise<FormDefinition[]> {
  const versions = [...new Set(rows.map((r) => r.formVersion))].sort((a, b) => b - a);
  if (form.currentVersion !== null) versions.unshift(form.currentVersion);
  const defs = await Promise.all([...new Set(versions)].map(async (v) => (await ctx.catalog.version(form.id, v))?.definition));
  return defs.filter((d): d is FormDefinition => !!d);
}

async function currentDefinition(ctx: AppContext, form: FormRow): Promise<FormDefinition | undefined> {
  return form.currentVersion === null ? undefined : (await ctx.catalog.version(form.id, form.currentVersion))?.definition;
}

/** The filter as the audit log keeps it: what was asked for, not what was found. */
function auditedFilter(f: InboxFilter) {
  return { statuses: f.statuses ?? null, q: f.q ?? null, from: f.from ?? null, to: f.to ?? null, sort: f.sort };
}

const stamp = (now: Date) => new Date(now.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '');

/** `?sensitive=include` (audited as a reveal), else sensitive answers stay masked; anything else is refused. */
function sensitiveParam(v: unknown): SensitivePrint | undefined {
  return v === undefined || v === '' ? 'mask' : v === 'include' ? 'include' : undefined;
}

const sensitiveError = (lang: string): PathError => ({ path: 'sensitive', code: 'sensitive', message: message('export.sensitive', lang) });

/** The encoding, the sensitive choice and the inbox filter of an export; every bad parameter reported at once. */
function exportQuery(query: Record<string, unknown>, lang: string): { encoding: CsvEncoding; sensitive: SensitivePrint; filter: InboxFilter } {
  const v = query.encoding;
  const encoding = v === undefined || v === 'utf8bom' ? 'utf8bom' : v === 'sjis' ? 'sjis' : undefined;
  const errors: PathError[] = encoding ? [] : [{ path: 'encoding', code: 'encoding', message: message('export.encoding', lang) }];
  const sensitive = sensitiveParam(query.sensitive);
  if (!sensitive) errors.push(sensitiveError(lang));
  let filter: InboxFilter | undefined;
  try {
    // A ledger reads oldest first; the inbox's `sort` still applies when given.
    filter = parseInboxFilter({ sort: 'createdAt', ...query }, lang);
  } catch (error) {
    if (!(error instanceof HttpError) || !error.fieldErrors) throw error;
    errors.push(...error.fieldErrors);
  }
  if (errors.length > 0 || !encoding || !filter || !sensitive) throw new HttpError(400, 'error.invalidFilter', {}, errors);
  return { encoding, sensitive, filter };
}

function receiptParam(raw: string): string {
  return normalizeReceiptNumber(raw) ?? raw;
}

// One at a time, as the bulk renderer lays them out.
async function* printInputs(ctx: AppContext, found: readonly FoundSubmission[]) {
  for (const f of found) yield await printInput(ctx, f);
}

export default async function exportsRoutes(app: FastifyInstance) {
  const { ctx } = app;

  type FormQuery = { Params: { id: string }; Querystring: Record<string, unknown> };

  app.get<FormQuery>('/api/staff/forms/:id/export.csv', async (request, reply) => {
    const lang = requestLang(request);
    const form = await processableForm(ctx, request, request.params.id);
    const { encoding, sensitive, filter } = exportQuery(request.query, lang);
    const rows = await allSubmissions(ctx.db, filter, [form.id]);
    const definitions = await definitionsFor(ctx, form, rows);
    // A column is sensitive if any version marks it, so an answer filed before the mark is masked too.
    const pointers = [...new Set(definitions.flatMap((d) => sensitivePointers(d)))];
    const exported = rows.map((r) => {
      const stored = (r.answers && typeof r.answers === 'object' ? r.answers : {}) as Record<string, unknown>;
      const answers =
        sensitive === 'include' ? openAnswers(ctx.sealer, stored, r.receiptNumber).answers : mapSealed(mapAtPointers(pointers, stored, () => MASKED), () => MASKED);
      return { ...r, answers };
    });
    const table = submissionTable(definitions, exported);
    const user = staffUser(request);
    const records = rows.map((r) => r.receiptNumber);
    const audit = (outcome: string) =>
      ctx.writes.run(async (tx) => {
        const at = ctx.now().toISOString();
        const entry = { at, actor: user.login, formId: form.id, department: form.department, records };
        await writeAudit(tx, { ...entry, action: 'submission.export', detail: { encoding, sensitive, filter: auditedFilter(filter), count: rows.length, outcome } });
        // Sensitive answers in clear leave in the file: recorded as a reveal of each, like the button.
        if (sensitive === 'include') await writeAudit(tx, { ...entry, action: 'submission.reveal', detail: { via: 'export', pointers, count: rows.length } });
      });
    if (encoding === 'sjis') {
      const { count, errors } = unencodableCells(table);
      if (count > 0) {
        // The list names receipt numbers and characters of answers: a disclosure like any other.
        await audit('unencodable');
        throw new HttpError(422, 'error.unencodable', { count }, undefined, { count, errors });
      }
    }
    const body = encodeCsv(tableRows(table), encoding);
    await audit('exported');
    const def = await currentDefinition(ctx, form);
    const day = stamp(ctx.now());
    return reply
      .type(encoding === 'sjis' ? 'text/csv; charset=Shift_JIS' : 'text/csv; charset=utf-8')
      .header('content-disposition', attachmentDisposition(`${def ? text(def.title, 'ja') : form.id}_${day}.csv`, `${form.id}-${day}.csv`))
      .header('cache-control', 'no-store')
      .send(body);
  });

  /** 集計 of the filtered submissions (filters as the inbox), with the current version's questions. */
  const aggregateOf = async (request: FastifyRequest<FormQuery>, lang: string) => {
    const form = await processableForm(ctx, request, request.params.id);
    const filter = parseInboxFilter(request.query, requestLang(request));
    const def = await currentDefinition(ctx, form);
    const rows = def ? await allSubmissions(ctx.db, filter, [form.id]) : [];
    const result = def ? aggregate(def, rows, lang) : { total: 0, perDay: [], fields: [] };
    await ctx.writes.run((tx) =>
      writeAudit(tx, {
        at: ctx.now().toISOString(),
        actor: staffUser(request).login,
        action: 'form.aggregate',
        formId: form.id,
        department: form.department,
        records: [],
        detail: { filter: auditedFilter(filter), total: result.total },
      }),
    );
    return { form, def, result };
  };

  app.get<FormQuery>('/api/staff/forms/:id/aggregate', async (request, reply) => {
    const { result } = await aggregateOf(request, requestLang(request));
    reply.header('cache-control', 'no-store');
    return result;
  });

  app.get<FormQuery>('/api/staff/forms/:id/aggregate.csv', async (request, reply) => {
    // Open data is published in Japanese, whatever the clerk's screen language.
    const { form, def, result } = await aggregateOf(request, 'ja');
    const day = stamp(ctx.now());
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachmentDisposition(`${def ? text(def.title, 'ja') : form.id}_集計_${day}.csv`, `${form.id}-aggregate-${day}.csv`))
      .header('cache-control', 'no-store')
      .send(encodeCsv(aggregateRows(result), 'utf8bom'));
  });

  type OnePdf = { Params: { receiptNumber: string }; Querystring: { layout?: unknown; sensitive?: unknown } };
  app.get<OnePdf>('/api/staff/submissions/:receiptNumber/pdf', async (request, reply) => {
    const found = await submissionFor(ctx, request, receiptParam(request.params.receiptNumber));
    const sensitive = sensitiveParam(request.query.sensitive);
    if (!sensitive) throw new HttpError(400, 'error.invalidFilter', {}, [sensitiveError(requestLang(request))]);
    const layoutId = request.query.layout;
    let pdf: Uint8Array;
    const input = await printInput(ctx, found, sensitive);
    if (layoutId !== undefined && layoutId !== '') {
      const layout = typeof layoutId === 'string' && layoutId.length <= 64 ? await getLayout(ctx.db, found.submission.formId, layoutId) : undefined;
      if (!layout) throw new HttpError(404, 'error.layoutNotFound');
      pdf = await renderOnLayout(layout.pdf, layout.mapping, input, { now: ctx.now() });
    } else {
      pdf = await renderSubmissionPdf(input);
    }
    const receipt = found.submission.receiptNumber;
    await ctx.writes.run(async (tx) => {
      const entry = { at: ctx.now().toISOString(), actor: staffUser(request).login, formId: found.submission.formId, department: found.department, records: [receipt] };
      const detail = { ...(layoutId ? { layout: layoutId } : {}), ...(sensitive === 'include' ? { sensitive } : {}) };
      await writeAudit(tx, { ...entry, action: 'submission.print', detail: Object.keys(detail).length > 0 ? detail : null });
      if (sensitive === 'include') await writeAudit(tx, { ...entry, action: 'submission.reveal', detail: { via: 'print', pointers: sensitivePointers(found.version.definition) } });
    });
    return reply
      .type('application/pdf')
      .header('content-disposition', contentDisposition('inline', `${receipt}.pdf`, `${receipt}.pdf`))
      .header('cache-control', 'no-store')
      .send(Buffer.from(pdf));
  });

  app.post<{ Body: unknown }>('/api/staff/submissions/pdf', async (request, reply) => {
    const lang = requestLang(request);
    const list = (request.body as { receiptNumbers?: unknown } | null)?.receiptNumbers;
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_BULK_PRINT) {
      throw new HttpError(400, 'error.invalidPrintRequest', {}, [
        { path: '/receiptNumbers', code: 'receiptNumbers', message: message('print.receiptNumbers', lang, { max: MAX_BULK_PRINT }) },
      ]);
    }
    const found: FoundSubmission[] = [];
    const seen = new Set<string>();
    const bad: PathError[] = [];
    const notFound: PathError[] = [];
    for (const [i, raw] of list.entries()) {
      if (typeof raw !== 'string') {
        bad.push({ path: `/receiptNumbers/${i}`, code: 'receiptNumber', message: message('print.receiptNumber', lang) });
        continue;
      }
      try {
        const f = await submissionFor(ctx, request, receiptParam(raw));
        if (!seen.has(f.submission.receiptNumber)) found.push(f);
        seen.add(f.submission.receiptNumber);
      } catch (error) {
        if (!(error instanceof HttpError) || error.statusCode !== 404) throw error;
        notFound.push({ path: `/receiptNumbers/${i}`, code: 'submissionNotFound', message: message('error.submissionNotFound', lang) });
      }
    }
    if (bad.length > 0) throw new HttpError(400, 'error.invalidPrintRequest', {}, bad);
    // Another department's receipt number is refused exactly like one that does not exist.
    if (notFound.length > 0) throw new HttpError(404, 'error.submissionNotFound', {}, notFound);
    // Many at once is for filing and reading, not processing one case: sensitive answers stay masked.
    const pdf = await renderBulkPdf(printInputs(ctx, found));
    const records = found.map((f) => f.submission.receiptNumber);
    const forms = [...new Set(found.map((f) => f.submission.formId))];
    const departments = [...new Set(found.map((f) => f.department))];
    await ctx.writes.run((tx) =>
      writeAudit(tx, {
        at: ctx.now().toISOString(),
        actor: staffUser(request).login,
        action: 'submission.print',
        formId: forms.length === 1 ? forms[0] : null,
        department: departments.length === 1 ? departments[0] : null,
        records,
        detail: { bulk: true, count: records.length, forms },
      }),
    );
    const day = stamp(ctx.now());
    return reply
      .type('application/pdf')
      .header('content-disposition', contentDisposition('inline', `申請書_${records.length}件_${day}.pdf`, `submissions-${day}.pdf`))
      .header('cache-control', 'no-store')
      .send(Buffer.from(pdf));
  });
}
