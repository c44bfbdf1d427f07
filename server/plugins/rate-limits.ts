// Per-address limits on the routes an attacker would hammer (issue 7): filing, uploading,
// logging in. Set in this one file by route, not sprinkled through the route files. The
// limits are generous on purpose: a mobile carrier's NAT or a city hall's counter puts
// many honest people behind one address, and a flood victim must never be turned away by
// a limit meant for a script. The answer says how long to wait and that nothing typed is lost.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { proxyClerk } from '../auth/proxy-clerk.ts';
import type { Config } from '../config.ts';
import { HttpError } from '../http-error.ts';
import { dialect } from '../store/dialect.ts';
import { sharedRateStore } from './shared-rate-store.ts';

export interface RateLimits {
  /** Requests per minute and address; 0 turns the limit off. */
  submit: number;
  upload: number;
  login: number;
}

// 'draft': saving a 一時保存 (config.drafts.createPerMinute); its mails are limited per
// recipient address in server/drafts/mail-limit.ts.
// 'applicationsLink': asking for a 「申請の一覧」 link (config.applicationsLink.perMinute); per
// e-mail address too, in server/submissions/my-applications.ts.
type Group = keyof RateLimits | 'draft' | 'applicationsLink';

function maxOf(config: Config, group: Group): number {
  if (group === 'applicationsLink') return config.applicationsLink.perMinute;
  return (group === 'draft' ? config.drafts.createPerMinute : config.rateLimits[group]) ?? 0;
}

const ROUTES: { method: string; url: string; group: Group }[] = [
  { method: 'POST', url: '/api/forms/:id/submissions', group: 'submit' },
  { method: 'PUT', url: '/api/submissions/:token/answers', group: 'submit' },
  { method: 'POST', url: '/api/forms/:id/attachments', group: 'upload' },
  { method: 'POST', url: '/api/staff/session', group: 'login' },
  { method: 'POST', url: '/api/forms/:id/drafts', group: 'draft' },
  { method: 'PUT', url: '/api/drafts/:token', group: 'draft' },
  { method: 'POST', url: '/api/my-applications', group: 'applicationsLink' },
];

function groupOf(route: RouteOptions): Group | undefined {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  return ROUTES.find((r) => r.url === route.url && methods.includes(r.method as never))?.group;
}

// A clerk at the counter (窓口代理入力, checked like any staff change) files many in a
// day from one address. A marker that fails the check is counted like anyone; the route refuses it.
async function counterFiling(request: FastifyRequest): Promise<boolean> {
  try {
    return (await proxyClerk(request.server.ctx, request, (request.params as { id?: string }).id ?? '')) !== null;
  } catch {
    return false;
  }
}

export async function registerRateLimits(app: FastifyInstance, config: Config): Promise<void> {
  // Runs before the plugin's own onRoute hook, so the plugin finds the config it needs.
  app.addHook('onRoute', (route) => {
    const group = groupOf(route);
    const max = group ? maxOf(config, group) : 0;
    if (!group || !(max > 0)) return;
    const rateLimit = { max, timeWindow: 60_000, groupId: group, ...(group === 'submit' ? { allowList: counterFiling } : {}) };
    route.config = { ...(route.config as object), rateLimit };
  });
  await app.register(rateLimit, {
    global: false,
    // Several instances share PostgreSQL, so they share its counters; SQLite means one instance, counting in memory.
    ...(dialect === 'pg' ? { store: sharedRateStore(app.ctx.db) } : {}),
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, 'error.rateLimited', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }, undefined, {
        retryAfter: Math.max(1, Math.ceil(context.ttl / 1000)),
      }),
  });
}
