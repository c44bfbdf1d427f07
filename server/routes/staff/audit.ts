// The audit log for administrators (docs/staff-api.md, GET /api/staff/audit): who read,
// exported, printed or changed what, filterable, newest first.
import type { FastifyInstance } from 'fastify';
import { isCalendarDate, japanDayStart } from '../../../core/japan-day.ts';
import { normalizeReceiptNumber } from '../../../core/receipt-number.ts';
import { can } from '../../auth/access.ts';
import { HttpError, type PathError } from '../../http-error.ts';
import { message } from '../../messages.ts';
import { staffUser } from '../../plugins/auth.ts';
import { requestLang } from '../../plugins/errors.ts';
import type { AuditAction } from '../../store/audit-repo.ts';
import { type AuditQuery, pageOfAudit } from '../../store/audit-browse-repo.ts';

// Every action the log may hold; `satisfies` keeps this list and the type in step.
const ACTIONS = [
  'submission.view',
  'submission.status',
  'submission.note',
  'submission.message',
  'submission.print',
  'submission.export',
  'submission.reveal',
  'submission.purge',
  'attachment.download',
  'form.aggregate',
  'form.layout',
] as const satisfies readonly AuditAction[];

const MAX_TEXT = 100;
const MAX_PAGE = 100_000;
const PER_PAGE_MAX = 200;
const PER_PAGE = 50;

function parseAuditQuery(query: unknown, lang: string): AuditQuery {
  const q = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  const errors: PathError[] = [];
  const fail = (path: string, key: string, params: Record<string, string | number> = {}) =>
    errors.push({ path, code: key.split('.')[1]!, message: message(key, lang, params) });
  const one = (name: string): string | undefined => {
    const v = q[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') {
      fail(name, 'inbox.once');
      return undefined;
    }
    return v.trim() || undefined;
  };
  const out: AuditQuery = { page: 1, perPage: PER_PAGE };
  for (const [name, key] of [['actor', 'actor'], ['form', 'formId'], ['record', 'record']] as const) {
    const v = one(name);
    if (v === undefined) continue;
    if (v.length > MAX_TEXT) fail(name, 'audit.text', { max: MAX_TEXT });
    // Receipt numbers are stored canonical; typed without hyphens they still match.
    else out[key] = key === 'record' ? (normalizeReceiptNumber(v) ?? v) : key === 'actor' ? v.toLowerCase() : v;
  }
  const action = one('action');
  if (action !== undefined) {
    if (!(ACTIONS as readonly string[]).includes(action)) fail('action', 'audit.action', { allowed: ACTIONS.join(', ') });
    else out.action = action;
  }
  const from = one('from');
  const to = one('to');
  if (from !== undefined && !isCalendarDate(from)) fail('from', 'inbox.date');
  if (to !== undefined && !isCalendarDate(to)) fail('to', 'inbox.date');
  if (from && to && isCalendarDate(from) && isCalendarDate(to) && from > to) fail('to', 'inbox.range');
  if (from && isCalendarDate(from)) out.from = japanDayStart(from);
  if (to && isCalendarDate(to)) out.until = japanDayStart(to, 1);
  for (const [name, max] of [['page', MAX_PAGE], ['perPage', PER_PAGE_MAX]] as const) {
    const v = one(name);
    if (v === undefined) continue;
    const n = /^\d{1,9}$/.test(v) ? Number(v) : 0;
    if (n < 1 || n > max) fail(name, name === 'page' ? 'inbox.page' : 'inbox.perPage', { max });
    else out[name] = n;
  }
  if (errors.length > 0) throw new HttpError(400, 'error.invalidFilter', {}, errors);
  return out;
}

export default async function auditRoutes(app: FastifyInstance) {
  const { ctx } = app;

  app.get('/api/staff/audit', async (request, reply) => {
    if (!can(staffUser(request), 'admin')) throw new HttpError(403, 'error.forbidden');
    const query = parseAuditQuery(request.query, requestLang(request));
    const { total, items } = await pageOfAudit(ctx.db, query);
    reply.header('cache-control', 'no-store');
    return { total, page: query.page, perPage: query.perPage, items };
  });
}
