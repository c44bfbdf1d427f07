// Logging in: lockout first, then the password (always a full scrypt, also for unknown
// logins, so timing tells nothing), then a new session. Failures are recorded by login
// and time only.
import type { AppContext } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { clearLoginFailures, loginFailuresSince, recordLoginFailure } from '../store/login-failures-repo.ts';
import { findUserForLogin } from '../store/users-repo.ts';
import type { StaffUser } from './access.ts';
import { lockedForSeconds, windowStart } from './lockout.ts';
import { dummyHash, MAX_PASSWORD_LENGTH, verifyPassword } from './password.ts';
import { startSession, type NewSession } from './sessions.ts';
import { normalizeLogin } from './user-input.ts';

async function checkLockout(ctx: AppContext, login: string): Promise<void> {
  const now = ctx.now();
  const retryAfter = lockedForSeconds(await loginFailuresSince(ctx.db, login, windowStart(now)), now);
  if (retryAfter > 0) {
    throw new HttpError(429, 'error.locked', { minutes: Math.ceil(retryAfter / 60) }, undefined, { retryAfter });
  }
}

export async function logIn(ctx: AppContext, body: unknown): Promise<{ user: StaffUser; session: NewSession }> {
  const { login: rawLogin, password } = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  if (typeof rawLogin !== 'string' || typeof password !== 'string' || rawLogin.length > 200) throw new HttpError(400, 'error.badRequest');
  const login = normalizeLogin(rawLogin);
  await checkLockout(ctx, login);

  const found = await findUserForLogin(ctx.db, login);
  const hash = found?.passwordHash ?? (await dummyHash());
  const matches = password.length <= MAX_PASSWORD_LENGTH && (await verifyPassword(password, hash));
  if (!found || found.disabled || !matches) {
    await ctx.writes.run((tx) => recordLoginFailure(tx, login, ctx.now().toISOString()));
    throw new HttpError(401, 'error.badCredentials');
  }
  // Guesses sent in parallel were all past the first check; whoever failed meanwhile counts.
  await checkLockout(ctx, login);
  const session = await ctx.writes.run(async (tx) => {
    await clearLoginFailures(tx, login);
    return startSession(ctx, tx, found.id);
  });
  return { user: { id: found.id, login: found.login, displayName: found.displayName, roles: found.roles }, session };
}
