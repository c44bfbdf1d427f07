// Serves the built web app (dist/web) and falls back to its index.html for app routes,
// so /forms/x and /s/<token> work when opened directly. Everything comes from us: no CDN.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http-error.ts';

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
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/assets/');
    if (isPage && built) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    throw new HttpError(404, 'error.notFound');
  });
}
