// Periodic clean-up: uploads never used by a submission, and expired idempotency records.
import type { AppContext } from './context.ts';
import { purgeUnclaimedAttachments } from './store/attachments-repo.ts';
import { purgeIdempotencyKeys } from './store/idempotency-repo.ts';

const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export function runMaintenance(ctx: AppContext): { attachments: number; idempotencyKeys: number } {
  const now = ctx.now().getTime();
  return {
    attachments: purgeUnclaimedAttachments(ctx.db, new Date(now - ctx.config.unclaimedAttachmentTtlMs).toISOString()),
    idempotencyKeys: purgeIdempotencyKeys(ctx.db, new Date(now - IDEMPOTENCY_TTL_MS).toISOString()),
  };
}
