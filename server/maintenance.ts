// Periodic clean-up: expired 一時保存 drafts with the uploads only they kept, uploads never
// used by a submission (nor kept by a live draft), expired idempotency records,
// ended staff sessions, login failures older than the lockout window, expired 「申請の一覧」
// links, and the answers of finished submissions past their form's 保存期間
// (docs/adr/0012-retention.md).
import { WINDOW_MS } from './auth/lockout.ts';
import { deleteExpiredLinks } from './store/applicant-links-repo.ts';
import type { AppContext } from './context.ts';
import { purgeExpiredDrafts, purgeUnclaimedUploads } from './store/drafts-repo.ts';
import { purgeIdempotencyKeys } from './store/idempotency-repo.ts';
import { purgeLoginFailures } from './store/login-failures-repo.ts';
import { purgeRetention } from './retention.ts';
import { purgeSessions } from './store/sessions-repo.ts';

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

export function runMaintenance(ctx: AppContext): MaintenanceReport {
  const now = ctx.now().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  // Drafts first: their uploads then count as unclaimed only where no live draft keeps them.
  const expired = purgeExpiredDrafts(ctx.db, iso(now));
  return {
    drafts: expired.drafts,
    attachments: expired.attachments + purgeUnclaimedUploads(ctx.db, iso(now - ctx.config.unclaimedAttachmentTtlMs)),
    idempotencyKeys: purgeIdempotencyKeys(ctx.db, iso(now - IDEMPOTENCY_TTL_MS)),
    staffSessions: purgeSessions(ctx.db, iso(now), iso(now - ctx.config.staffSessionIdleMinutes * 60 * 1000)),
    loginFailures: purgeLoginFailures(ctx.db, iso(now - WINDOW_MS)),
    applicantLinks: deleteExpiredLinks(ctx.db, iso(now)),
    purgedSubmissions: purgeRetention(ctx).submissions,
  };
}
