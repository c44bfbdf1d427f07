// The first administrator, when nobody can log in yet: a one-time link printed to the
// server's log on start. Only the token's hash is stored; the log line is the only place
// the token itself ever appears. There is never a default password.
import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Db } from '../store/db.ts';
import { HttpError } from '../http-error.ts';
import { consumeSetupToken, replaceSetupToken } from '../store/setup-tokens-repo.ts';
import { countUsers } from '../store/users-repo.ts';
import { sha256Hex } from '../submissions/tokens.ts';
import type { StaffUser } from './access.ts';
import { createUser } from './create-user.ts';
import type { NewSession } from './sessions.ts';
import { parseNewUser } from './user-input.ts';

/** The department recorded for an administrator created without one. */
export const DEFAULT_ADMIN_DEPARTMENT = '全庁';

export async function setupNeeded(ctx: AppContext): Promise<boolean> {
  return noUserYet(ctx.db);
}

async function noUserYet(db: Db): Promise<boolean> {
  return (await countUsers(db)) === 0;
}

/** On start: with no user yet, make a fresh token and log the link that carries it. */
export async function announceSetup(ctx: AppContext, log: FastifyBaseLogger): Promise<void> {
  if (!(await setupNeeded(ctx))) return;
  const token = randomBytes(32).toString('base64url');
  // Several instances may start together: each replaces the token, and only the last link logged works.
  await ctx.writes.run((tx) => replaceSetupToken(tx, sha256Hex(token), ctx.now().toISOString()));
  const origin = ctx.config.publicUrl ?? `http://localhost:${ctx.config.port}`;
  log.info(
    { setupUrl: `${origin}/staff/setup#token=${token}` },
    'no staff user yet: open this link once to create the first administrator (or run `npm run admin -- create --login NAME`)',
  );
}

export async function completeSetup(ctx: AppContext, body: unknown, lang: string): Promise<{ user: StaffUser; session: NewSession }> {
  const { token, department } = (body && typeof body === 'object' ? body : {}) as { token?: unknown; department?: unknown };
  if (!(await setupNeeded(ctx))) throw new HttpError(409, 'error.setupDone');
  if (typeof token !== 'string' || token.length > 200) throw new HttpError(403, 'error.badSetupToken');
  const dept = typeof department === 'string' && department.trim() ? department.trim() : DEFAULT_ADMIN_DEPARTMENT;
  const input = parseNewUser(body, lang, { optionalName: true, roles: [{ department: dept, role: 'admin' }] });
  const { user, session } = await createUser(ctx, input, {
    // Runs in the same transaction as the insert, so two tabs cannot both use the link.
    before: async (tx) => {
      if (!(await noUserYet(tx))) throw new HttpError(409, 'error.setupDone');
      if (!(await consumeSetupToken(tx, sha256Hex(token)))) throw new HttpError(403, 'error.badSetupToken');
    },
    session: true,
  });
  return { user, session: session! };
}
