// Periodic clean-up: uploads never used by a submission, expired idempotency records,
// ended staff sessions and login failures older than the lockout window.
import { WINDOW_MS } from './auth/lockout.ts';
import type { AppContext } from './context.ts';
import { purgeUnclaimedAttachments } from './store/attachments-repo.ts';
import { purgeIdempotencyKeys } from './store/idempotency-repo.ts';
import { purgeLoginFailures } from './store/login-failures-repo.ts';
import { purgeSessions } from './store/sessions-repo.ts';

const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export interface MaintenanceReport {
  attachments: number;
  idempotencyKeys: number;
  staffSessions: number;
  loginFailures: number;
}

export function runMaintenance(ctx: AppContext): MaintenanceReport {
  const now = ctx.now().getTime();
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    attachments: purgeUnclaimedAttachments(ctx.db, iso(now - ctx.config.unclaimedAttachmentTtlMs)),
    idempotencyKeys: purgeIdempotencyKeys(ctx.db, iso(now - IDEMPOTENCY_TTL_MS)),
    staffSessions: purgeSessions(ctx.db, iso(now), iso(now - ctx.config.staffSessionIdleMinutes * 60 * 1000)),
    loginFailures: purgeLoginFailures(ctx.db, iso(now - WINDOW_MS)),
  };
}
