// Serves the built web apps (dist/web) and falls back to their index.html for app routes,
// so /forms/x, /s/<token> and /staff/forms/x work when opened directly: /staff/* is the
// staff app (dist/web/staff/index.html), everything else, /preview/* and the counter's
// /proxy/forms/* (窓口代理入力, docs/adr/0011) included, the citizen app. The proxy pages need
// no guard of their own: the page is the public app, and what it files is checked as a staff
// action by the filing route. Everything comes from us: no CDN.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http-error.ts';

/** The app page that answers a page URL. */
export function pageFor(url: string): string {
  const path = url.split('?')[0]!;
  return path === '/staff' || path.startsWith('/staff/') ? 'staff/index.html' : 'index.html';
}

export async function registerWeb(app: FastifyInstance, webDir: string): Promise<void> {
  const built = existsSync(webDir);
  if (!built) app.log.warn({ webDir }, 'web app not built: run `npm run build`');
  else {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside every asset (vite.config.ts), so nothing is
      // compressed per request.
      preCompressed: true,
      setHeaders(res, path) {
        // Vite puts a content hash in every asset name, so they never change.
        if (path.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !/^\/(api|assets|staff\/assets)\//.test(request.url);
    if (isPage && built) return reply.header('cache-control', 'no-cache').sendFile(pageFor(request.url));
    throw new HttpError(404, 'error.notFound');
  });
}
