// Security headers on every response. The citizen page runs under a strict CSP with
// no inline script or style and no eval: validators are precompiled modules.
// No page may be framed (clickjacking), except the builder's live preview: /preview/* is
// the citizen app showing a draft, framed by the staff builder on the same origin.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'font-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    // Status links carry a secret token in the path: never send it to another site.
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    // For browsers without frame-ancestors; /preview/* is relaxed below like the CSP.
    xFrameOptions: { action: 'deny' },
  });
  app.addHook('onSend', async (request, reply) => {
    if (!isPreviewPage(request.url)) return;
    const csp = reply.getHeader('content-security-policy');
    if (typeof csp === 'string') reply.header('content-security-policy', csp.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
    reply.header('x-frame-options', 'SAMEORIGIN');
  });
}

/** The builder's preview pages, the only ones another page (of ours) may frame. */
export function isPreviewPage(url: string): boolean {
  return url === '/preview' || url.startsWith('/preview/');
}
