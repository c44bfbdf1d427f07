// Staff authentication for every route registered in the same (staff) scope: the session
// cookie names the user, and a state-changing request must also carry the session's CSRF
// token in `x-csrf-token`. Routes opt out with `config: { staffAuth: 'none' }` (logging in,
// first-admin setup). What a user may do is decided per route with auth/access.ts.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StaffUser } from '../auth/access.ts';
import { parseCookies, SESSION_COOKIE, sessionCookie } from '../auth/cookies.ts';
import { cookieMaxAgeSeconds, csrfMatches, resolveSession, type NewSession } from '../auth/sessions.ts';
import type { Config } from '../config.ts';
import { HttpError } from '../http-error.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in staff user (null on routes with `staffAuth: 'none'`). */
    staff: StaffUser | null;
    staffSession: { idHash: string; csrfToken: string } | null;
  }
  interface FastifyContextConfig {
    staffAuth?: 'none';
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function registerStaffAuth(app: FastifyInstance): void {
  app.decorateRequest('staff', null);
  app.decorateRequest('staffSession', null);
  // onRequest: refused requests are answered before their body is even read.
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.staffAuth === 'none') return;
    const session = await resolveSession(app.ctx, parseCookies(request.headers.cookie).get(SESSION_COOKIE));
    if (!session) throw new HttpError(401, 'error.unauthenticated');
    if (STATE_CHANGING.has(request.method) && !csrfMatches(request.headers['x-csrf-token'], session.csrfToken)) {
      throw new HttpError(403, 'error.csrf');
    }
    request.staff = session.user;
    request.staffSession = { idHash: session.idHash, csrfToken: session.csrfToken };
  });
}

/** The logged-in user of a route behind registerStaffAuth. */
export function staffUser(request: FastifyRequest): StaffUser {
  if (!request.staff) throw new HttpError(401, 'error.unauthenticated');
  return request.staff;
}

// Secure when the city's public address is https, or this request came over https (directly,
// or through a proxy trusted by TRUST_PROXY): a cookie sent once in clear can be stolen.
function secure(reply: FastifyReply, config: Config): boolean {
  return (config.publicUrl?.startsWith('https:') ?? false) || reply.request.protocol === 'https';
}

export function setSessionCookie(reply: FastifyReply, config: Config, session: NewSession): void {
  reply.header('set-cookie', sessionCookie(session.cookieValue, cookieMaxAgeSeconds(), secure(reply, config)));
  // Answers that carry a session's CSRF token are never stored by a cache.
  reply.header('cache-control', 'no-store');
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.header('set-cookie', sessionCookie('', 0, secure(reply, config)));
}
