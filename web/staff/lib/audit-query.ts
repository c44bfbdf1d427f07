// The audit log's filter, kept in the page URL like the inbox's (bookmarkable, back button).
export const AUDIT_PARAMS = ['actor', 'action', 'form', 'record', 'from', 'to'] as const;
export type AuditParam = (typeof AUDIT_PARAMS)[number];
export type AuditFilter = Record<AuditParam, string> & { page: number };

/** Actions the server records (server/routes/staff/audit.ts refuses any other filter). */
export const KNOWN_ACTIONS = [
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
] as const;

export function readAuditFilter(query: URLSearchParams): AuditFilter {
  const page = Number(query.get('page'));
  const out = { page: Number.isInteger(page) && page > 0 ? page : 1 } as AuditFilter;
  for (const k of AUDIT_PARAMS) out[k] = (query.get(k) ?? '').trim();
  return out;
}

export function auditQuery(f: AuditFilter): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of AUDIT_PARAMS) if (f[k]) out.set(k, f[k]);
  if (f.page > 1) out.set('page', String(f.page));
  return out;
}
