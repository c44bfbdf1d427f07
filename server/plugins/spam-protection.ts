// Spam protection for public filing without a third-party service (issue 7): a proof of
// work (server/spam/proof-of-work.ts) the citizen app solves in the background while the
// citizen reads the check page. Enforced here, by route, like the rate limits: the filing
// route itself knows nothing of it. Refused before the body is read, in the citizen's
// language, saying that nothing typed is lost.
import type { FastifyInstance, FastifyRequest, RouteOptions, onRequestHookHandler } from 'fastify';
import { proxyClerk } from '../auth/proxy-clerk.ts';
import type { Config } from '../config.ts';
import { HttpError } from '../http-error.ts';
import { ProofOfWork, type ProofVerdict } from '../spam/proof-of-work.ts';
import { findIdempotentResponse } from '../store/idempotency-repo.ts';
import { sha256Hex } from '../submissions/tokens.ts';

export const PROOF_HEADER = 'x-madoguchi-proof';

const PROTECTED: { method: string; url: string }[] = [{ method: 'POST', url: '/api/forms/:id/submissions' }];

const REFUSAL: Record<Exclude<ProofVerdict, 'ok'>, string> = {
  missing: 'error.proofRequired',
  invalid: 'error.proofInvalid',
  expired: 'error.proofExpired',
  used: 'error.proofUsed',
};

function isProtected(route: RouteOptions): boolean {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  return PROTECTED.some((r) => r.url === route.url && methods.includes(r.method as never));
}

// The same key, and its hash, as the filing route's idempotency (server/submissions/file-submission.ts).
function idempotencyKeyHash(request: FastifyRequest<{ Params: { id: string } }>): string | undefined {
  const key = request.headers['idempotency-key'];
  return typeof key === 'string' && key.length > 0 && key.length <= 200 ? sha256Hex(`${request.params.id}\0${key}`) : undefined;
}

export function registerSpamProtection(app: FastifyInstance, config: Config): void {
  const settings = config.spamProof;
  // The context: the key derived from the data key, and spent proofs shared by every instance on PostgreSQL.
  const pow = new ProofOfWork(settings, () => app.ctx.now(), app.ctx);

  app.get<{ Params: { id: string } }>('/api/forms/:id/challenge', async (request, reply) => {
    if (!app.ctx.catalog.currentVersion(request.params.id)) throw new HttpError(404, 'error.formNotFound');
    reply.header('cache-control', 'no-store');
    return settings.enabled ? pow.issue(request.params.id) : { required: false };
  });

  if (!settings.enabled) return;
  const guard: onRequestHookHandler = async (req) => {
    const request = req as FastifyRequest<{ Params: { id: string } }>;
    // A form unpublished meanwhile: the route's 404 tells the citizen more than a proof refusal.
    if (!app.ctx.catalog.currentVersion(request.params.id)) return;
    // A clerk at the counter (窓口代理入力) is a checked staff session, not a script; a marker that fails the check is refused here.
    if (await proxyClerk(app.ctx, request, request.params.id)) return;
    const keyHash = idempotencyKeyHash(request);
    // A retry of a filing that went through gets its first answer, whatever its proof now is.
    if (keyHash && (await findIdempotentResponse(app.ctx.db, keyHash))) return;
    const header = request.headers[PROOF_HEADER];
    const verdict = await pow.check(Array.isArray(header) ? header[0] : header, request.params.id, { keyHash });
    if (verdict !== 'ok') throw new HttpError(403, REFUSAL[verdict]);
  };
  app.addHook('onRoute', (route) => {
    if (!isProtected(route)) return;
    const existing = route.onRequest ? (Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest]) : [];
    route.onRequest = [...existing, guard];
  });
}
