// buildApp(config): the whole server without listening, so tests drive it with inject().
import compress from '@fastify/compress';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { announceSetup } from './auth/setup.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { FormCatalog } from './forms/catalog.ts';
import { seedFormsLibrary } from './forms/seed.ts';
import { OutboxWorker } from './mail/outbox-worker.ts';
import { createMailTransport } from './mail/transport.ts';
import { frameworkErrorHandler, registerErrorHandling } from './plugins/errors.ts';
import { registerRateLimits } from './plugins/rate-limits.ts';
import { registerSecurityHeaders } from './plugins/security.ts';
import { registerSpamProtection } from './plugins/spam-protection.ts';
import { registerWeb } from './plugins/web.ts';
import attachmentRoutes from './routes/public/attachments.ts';
import draftRoutes from './routes/public/drafts.ts';
import receiptRoutes from './routes/public/receipts.ts';
import formsRoutes from './routes/public/forms.ts';
import myApplicationsRoutes from './routes/public/my-applications.ts';
import healthRoutes from './routes/public/health.ts';
import placesRoutes from './routes/public/places.ts';
import postalRoutes from './routes/public/postal-codes.ts';
import submissionRoutes from './routes/public/submissions.ts';
import staffRoutes from './routes/staff/index.ts';
import { DataKeyError, loadDataKeys } from './sensitive/data-keys.ts';
import { Sealer } from './sensitive/sealer.ts';
import { openStore } from './store/db.ts';

// Paths that carry a secret token, or a piece of someone's address; logged without it.
const SECRET_PATH = /^(\/api\/submissions\/|\/s\/|\/api\/postal-codes\/|\/api\/drafts\/|\/resume\/|\/api\/my-applications\/|\/my\/)[^/?]+/;

export interface BuildOptions {
  now?: () => Date;
  /** Where log lines go (default stdout); tests read the first-admin setup link from it. */
  logStream?: { write(line: string): void };
}

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    frameworkErrors: frameworkErrorHandler,
    logger: {
      level: config.logLevel,
      serializers: {
        // Method and path only: no headers, query strings or bodies (personal data).
        req: (req: { method: string; url: string }) => ({
          method: req.method,
          url: req.url.split('?')[0]!.replace(SECRET_PATH, '$1[redacted]'),
        }),
      },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
  });
  // Before the database opens: a malformed key stops the start (DataKeyError) with nothing touched.
  if (config.databaseUrl && !config.dataKeys.dataKey?.trim()) {
    // A key generated into one machine's DATA_DIR would seal answers the other instances cannot open.
    throw new DataKeyError('On PostgreSQL, MADOGUCHI_DATA_KEY must be set, to the same key on every instance (e.g. the output of: openssl rand -base64 32)');
  }
  const sealer = new Sealer(loadDataKeys(config.dataKeys, config.dataDir, app.log));
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, poolSize: config.databasePoolSize });
  const { db, writes } = store;
  const now = options.now ?? (() => new Date());
  const outbox = new OutboxWorker({ db, writes, now }, createMailTransport(config.mail, config.dataDir), config.outbox, app.log.child({ module: 'outbox' }));
  const catalog = await FormCatalog.load(db, config.catalogRefreshMs);
  const ctx: AppContext = { config, db, writes, store, catalog, now, outbox, sealer };
  app.decorate('ctx', ctx);
  // Mail goes out once the app is ready; on close the worker finishes the mail in hand
  // before the database closes (preClose runs before every onClose).
  if (config.outbox.enabled) app.addHook('onReady', async () => outbox.start());
  app.addHook('preClose', async () => outbox.stop());
  app.addHook('onClose', async () => {
    catalog.stop();
    await store.close();
  });

  if ((await seedFormsLibrary(ctx, config.formsDir, app.log)) > 0) await catalog.reload();
  await announceSetup(ctx, app.log);

  registerErrorHandling(app, config.attachmentMaxBytes);
  await registerSecurityHeaders(app);
  // Old phones on metered data: JSON (a form definition is tens of KB) and validator
  // modules go out compressed. Small answers (a receipt) are left alone: not worth the CPU.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'], globalDecompression: false });
  await app.register(multipart);
  await registerRateLimits(app, config);
  registerSpamProtection(app, config);
  await app.register(healthRoutes);
  await app.register(formsRoutes);
  await app.register(submissionRoutes);
  await app.register(receiptRoutes);
  await app.register(attachmentRoutes);
  await app.register(draftRoutes);
  await app.register(postalRoutes);
  await app.register(placesRoutes);
  await app.register(myApplicationsRoutes);
  await app.register(staffRoutes);
  await registerWeb(app, config.webDir);
  return app;
}
