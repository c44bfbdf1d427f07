// The tables every repository queries, in this process's dialect (dialect.ts). They are
// typed as PostgreSQL's: its query builder is only async (await a query, no .get()/.run()),
// and that is the part of drizzle both dialects share, so code written against these
// types runs on both (docs/adr/0013-two-databases.md).
import { dialect } from './dialect.ts';
import * as pg from './schema.pg.ts';
import * as sqlite from './schema.sqlite.ts';

const tables = (dialect === 'pg' ? pg : sqlite) as unknown as typeof pg;

export const {
  forms,
  formVersions,
  submissions,
  drafts,
  applicantLinks,
  submissionRevisions,
  submissionMessages,
  submissionEvents,
  attachments,
  idempotencyKeys,
  users,
  userRoles,
  staffSessions,
  loginFailures,
  outbox,
  auditLog,
  pdfLayouts,
  setupTokens,
  capacityPlaces,
  rateCounters,
  usedProofs,
} = tables;
