// Periodic clean-up: expired 一時保存 drafts with the uploads only they kept, uploads never
// used by a submission (nor kept by a live draft), expired idempotency records,
// ended staff sessions, login failures older than the lockout window, expired 「申請の一覧」
// links, spent spam proofs and ended rate-limit windows, and the answers of finished
// submissions past their form's 保存期間 (docs/adr/0012-retention.md).
//
// With several instances on one database each runs it: every step deletes by a condition
// on the rows themselves, so a step another instance did first finds nothing left to do.
import { WINDOW_MS } from './auth/lockout.ts';
import { deleteExpiredLinks } from './store/applicant-links-repo.ts';
import type { AppContext } from './context.ts';
import { purgeExpiredDrafts, purgeUnclaimedUploads } from './store/drafts-repo.ts';
import { purgeIdempotencyKeys } from './store/idempotency-repo.ts';
import { purgeLoginFailures } from './store/login-failures-repo.ts';
import { purgeRetention } from './retention.ts';
import { purgeSessions } from './store/sessions-repo.ts';
import { purgeSharedLimits } from './store/shared-limits-repo.ts';

const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface MaintenanceReport {
  drafts: number;
  /** Unfiled uploads removed: those of expired drafts plus the unclaimed ones past their TTL. */
  attachments: number;
  idempotencyKeys: number;
  staffSessions: number;
  loginFailures: number;
  /** Expired 「申請の一覧」 links (their rows hold an address's hash). */
  applicantLinks: number;
  /** Submissions whose answers were purged at the end of their retention period. */
  purgedSubmissions: number;
}

export async function runMaintenance(ctx: AppContext): Promise<MaintenanceReport> {
  const now = ctx.now().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  // One short transaction per step, so none holds the database for long.
  const step = ctx.writes.run.bind(ctx.writes);
  // Drafts first: their uploads then count as unclaimed only where no live draft keeps them.
  const expired = await step((tx) => purgeExpiredDrafts(tx, iso(now)));
  const unclaimed = await step((tx) => purgeUnclaimedUploads(tx, iso(now - ctx.config.unclaimedAttachmentTtlMs)));
  const idempotencyKeys = await step((tx) => purgeIdempotencyKeys(tx, iso(now - IDEMPOTENCY_TTL_MS)));
  const staffSessions = await step((tx) => purgeSessions(tx, iso(now), iso(now - ctx.config.staffSessionIdleMinutes * 60 * 1000)));
  const loginFailures = await step((tx) => purgeLoginFailures(tx, iso(now - WINDOW_MS)));
  const applicantLinks = await step((tx) => deleteExpiredLinks(tx, iso(now)));
  // Single statements each, not worth an fsync (shared-limits-repo.ts).
  await purgeSharedLimits(ctx.db, now);
  const purged = await purgeRetention(ctx);
  return {
    drafts: expired.drafts,
    attachments: expired.attachments + unclaimed,
    idempotencyKeys,
    staffSessions,
    loginFailures,
    applicantLinks,
    purgedSubmissions: purged.submissions,
  };
}
