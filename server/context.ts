import type { FormCatalog } from './forms/catalog.ts';
import type { Config } from './config.ts';
import type { Outbox } from './mail/outbox-worker.ts';
import type { Sealer } from './sensitive/sealer.ts';
import type { Db } from './store/db.ts';
import type { WriteBatcher } from './store/write-batcher.ts';

/** What routes and services share; decorated onto the Fastify instance as `ctx`. */
export interface AppContext {
  config: Config;
  db: Db;
  writes: WriteBatcher;
  catalog: FormCatalog;
  /** Injected clock, so tests can move time. */
  now: () => Date;
  /** The mail delivery worker; mails queued with server/mail/notices.ts wake it themselves. */
  outbox: Outbox;
  /** Seals and opens sensitive answers (docs/adr/0009-sensitive-fields.md). */
  sealer: Sealer;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}
