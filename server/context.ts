import type { FormCatalog } from './forms/catalog.ts';
import type { Config } from './config.ts';
import type { Outbox } from './mail/outbox-worker.ts';
import type { Sealer } from './sensitive/sealer.ts';
import type { Db, Store, Writes } from './store/db.ts';

/** What routes and services share; decorated onto the Fastify instance as `ctx`. */
export interface AppContext {
  config: Config;
  /** Reads. On PostgreSQL a pool shared by the requests of this instance. */
  db: Db;
  /** Every change: `ctx.writes.run(async (tx) => …)`, durable when it resolves. */
  writes: Writes;
  /** Which database, and what only it can do (docs/adr/0013-two-databases.md). */
  store: Store;
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
