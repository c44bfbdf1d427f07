// 窓口代理入力: a filing marked as entered by a clerk at the counter (docs/adr/0011). The
// public filing route stays public; the marker turns it into a staff action, so it needs
// what every staff change needs: a live session, its CSRF token and the role. A marker
// that fails any of these is refused (403), never filed as if a citizen had sent it.
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { HttpError } from '../http-error.ts';
import { can, type StaffUser } from './access.ts';
import { parseCookies, SESSION_COOKIE } from './cookies.ts';
import { csrfMatches, resolveSession } from './sessions.ts';

export const PROXY_HEADER = 'x-madoguchi-proxy';

/** Whether the request claims to be a counter filing (checked or not). */
export function claimsProxy(request: FastifyRequest): boolean {
  return request.headers[PROXY_HEADER] !== undefined;
}

// Checked once per request: the rate limit, the spam guard and the route all ask.
const verdicts = new WeakMap<FastifyRequest, Promise<StaffUser | HttpError>>();

/**
 * The clerk filing at the counter, or null for an ordinary citizen filing. Throws 403 for a
 * marker without a live session, without the session's CSRF token, or of a user who may
 * not process the form's department (clerk there, or admin).
 */
export async function proxyClerk(ctx: AppContext, request: FastifyRequest, formId: string): Promise<StaffUser | null> {
  if (!claimsProxy(request)) return null;
  let verdict = verdicts.get(request);
  if (!verdict) {
    verdict = check(ctx, request, formId);
    verdicts.set(request, verdict);
  }
  const settled = await verdict;
  if (settled instanceof HttpError) throw settled;
  return settled;
}

async function check(ctx: AppContext, request: FastifyRequest, formId: string): Promise<StaffUser | HttpError> {
  const session = await resolveSession(ctx, parseCookies(request.headers.cookie).get(SESSION_COOKIE));
  if (!session) return new HttpError(403, 'error.unauthenticated');
  if (!csrfMatches(request.headers['x-csrf-token'], session.csrfToken)) return new HttpError(403, 'error.csrf');
  const department = ctx.catalog.currentVersion(formId)?.definition.settings.department;
  // A form that is not published is the route's 404 to give; the role is judged on a real one.
  if (department !== undefined && !can(session.user, 'process', department)) return new HttpError(403, 'error.forbidden');
  return session.user;
}
