// Configuration from the environment, with safe defaults (documented in README.md).
import { resolve } from 'node:path';
import type { RateLimits } from './plugins/rate-limits.ts';
import type { DataKeySettings } from './sensitive/data-keys.ts';
import type { ProofSettings } from './spam/proof-of-work.ts';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** postgres://… to run on PostgreSQL (several instances may share it); unset: SQLite in dataDir. */
  databaseUrl?: string;
  /** PostgreSQL connections each instance keeps. */
  databasePoolSize: number;
  /** How often an instance looks for forms published or taken down by another instance (0: never). */
  catalogRefreshMs: number;
  /** Origin used in links we hand out (status links); derived from the request when unset. */
  publicUrl?: string;
  /** The city as it heads printed documents, e.g. 「静岡市」; empty prints no name. */
  cityName: string;
  logLevel: string;
  formsDir: string;
  webDir: string;
  /** Largest JSON body accepted (answers only; files are uploaded separately). */
  bodyLimitBytes: number;
  attachmentMaxBytes: number;
  submissionAttachmentsMaxBytes: number;
  /** Uploads not referenced by a submission within this time are removed. */
  unclaimedAttachmentTtlMs: number;
  /** A staff session ends after this long without a request (it ends after 12 h regardless). */
  staffSessionIdleMinutes: number;
  /** Requests per minute per address on filing, uploads and login (0: no limit). */
  rateLimits: RateLimits;
  /** 「申請の一覧」 links (docs/adr/0011-counter-proxy.md). */
  applicationsLink: ApplicationsLinkSettings;
  /** Proof of work on public filing (docs/security.md); on unless SPAM_PROOF=off. */
  spamProof: ProofSettings & { enabled: boolean };
  /** Fastify's trustProxy: whose X-Forwarded-For/-Proto to believe (false: nobody's). */
  trustProxy: boolean | string[];
  mail: MailConfig;
  outbox: OutboxConfig;
  /** 一時保存 (resume links): how long a link lives, and its limits (docs/adr/0010-saving-progress.md). */
  drafts: DraftSettings;
  /** Keys that seal sensitive answers (server/sensitive/data-keys.ts); unset: one generated into DATA_DIR. */
  dataKeys: DataKeySettings;
}

export interface ApplicationsLinkSettings {
  /** How long a link works. */
  ttlHours: number;
  /** Requests per minute and client address (0: no limit). */
  perMinute: number;
  /** Links per e-mail address and hour, whether or not it has filings (0: no limit). */
  perEmailPerHour: number;
}

export interface DraftSettings {
  /** Days a resume link stays valid; the draft and the uploads it keeps are purged after. */
  ttlDays: number;
  /** Drafts saved per minute and client address (0: no limit). */
  createPerMinute: number;
  /** Resume-link mails per recipient address and hour (0: no limit). */
  mailsPerAddressPerHour: number;
}

export interface MailConfig {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://...:465; unset: .eml files under DATA_DIR/mail. */
  smtpUrl?: string;
  /** The From of every mail, e.g. `静岡市 電子申請 <no-reply@city.example.lg.jp>`. */
  from: string;
}

export interface OutboxConfig {
  /** Whether this process runs the delivery worker (any number of processes may). */
  enabled: boolean;
  /** How often the worker looks for due mails; it is also woken right after a mail is queued. */
  pollMs: number;
  /** How long a claimed mail stays reserved for one worker; after that another may take it. */
  leaseMs: number;
  /** Attempts before a mail is marked failed (it stays in the outbox for an admin). */
  maxAttempts: number;
  /** Wait after the first failure; doubled after each further one, up to retryMaxMs. */
  retryBaseMs: number;
  retryMaxMs: number;
}

const MB = 1024 * 1024;
const OFF = /^(0|false|no|off)$/i;

// Unset or false: the address and scheme are the connection's, so nobody can pick their
// own address for the rate limits by sending X-Forwarded-For. true: believe whatever
// connects (only when nothing but the proxy can reach the port); else a comma-separated
// list of the proxies' addresses or CIDR ranges (`127.0.0.1,10.0.0.0/8`).
function trustProxy(value: string | undefined): boolean | string[] {
  const v = value?.trim() ?? '';
  if (v === '' || OFF.test(v)) return false;
  if (/^(true|yes|on)$/i.test(v)) return true;
  return v.split(',').map((part) => part.trim()).filter(Boolean);
}

function int(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) ? n : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const root = resolve(new URL('..', import.meta.url).pathname);
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? resolve(root, 'data')),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    databasePoolSize: Math.max(1, int(env.DATABASE_POOL_SIZE, 10)),
    catalogRefreshMs: Math.max(0, int(env.CATALOG_REFRESH_MS, env.DATABASE_URL?.trim() ? 2000 : 0)),
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    cityName: env.CITY_NAME?.trim() ?? '',
    logLevel: env.LOG_LEVEL ?? 'info',
    formsDir: resolve(env.FORMS_DIR ?? resolve(root, 'forms')),
    webDir: resolve(env.WEB_DIR ?? resolve(root, 'dist/web')),
    bodyLimitBytes: int(env.BODY_LIMIT_BYTES, 1 * MB),
    attachmentMaxBytes: int(env.ATTACHMENT_MAX_BYTES, 10 * MB),
    submissionAttachmentsMaxBytes: int(env.SUBMISSION_ATTACHMENTS_MAX_BYTES, 50 * MB),
    unclaimedAttachmentTtlMs: int(env.UNCLAIMED_ATTACHMENT_TTL_MS, 24 * 60 * 60 * 1000),
    staffSessionIdleMinutes: int(env.STAFF_SESSION_IDLE_MINUTES, 8 * 60),
    rateLimits: {
      submit: int(env.RATE_LIMIT_SUBMIT_PER_MINUTE, 60),
      upload: int(env.RATE_LIMIT_UPLOAD_PER_MINUTE, 300),
      login: int(env.RATE_LIMIT_LOGIN_PER_MINUTE, 30),
    },
    applicationsLink: {
      ttlHours: Math.max(1, int(env.APPLICATIONS_LINK_TTL_HOURS, 24)),
      perMinute: int(env.RATE_LIMIT_APPLICATIONS_LINK_PER_MINUTE, 10),
      perEmailPerHour: int(env.APPLICATIONS_LINK_PER_EMAIL_PER_HOUR, 5),
    },
    spamProof: {
      enabled: !OFF.test(env.SPAM_PROOF ?? ''),
      maxNumber: Math.max(1, int(env.SPAM_PROOF_MAX_NUMBER, 20_000)),
      ttlSeconds: Math.max(30, int(env.SPAM_PROOF_TTL_SECONDS, 1800)),
      hmacKey: env.SPAM_PROOF_KEY?.trim() || undefined,
    },
    trustProxy: trustProxy(env.TRUST_PROXY),
    mail: {
      smtpUrl: env.SMTP_URL?.trim() || undefined,
      from: env.MAIL_FROM?.trim() || 'madoguchi <no-reply@localhost>',
    },
    outbox: {
      enabled: !OFF.test(env.OUTBOX_ENABLED ?? ''),
      pollMs: int(env.OUTBOX_POLL_MS, 5000),
      leaseMs: int(env.OUTBOX_LEASE_MS, 10 * 60 * 1000),
      maxAttempts: int(env.OUTBOX_MAX_ATTEMPTS, 20),
      retryBaseMs: int(env.OUTBOX_RETRY_BASE_MS, 30 * 1000),
      retryMaxMs: int(env.OUTBOX_RETRY_MAX_MS, 60 * 60 * 1000),
    },
    drafts: {
      ttlDays: Math.max(1, int(env.RESUME_LINK_TTL_DAYS, 14)),
      createPerMinute: int(env.RATE_LIMIT_DRAFT_PER_MINUTE, 30),
      mailsPerAddressPerHour: int(env.RESUME_MAIL_PER_ADDRESS_PER_HOUR, 5),
    },
    dataKeys: {
      dataKey: env.MADOGUCHI_DATA_KEY?.trim() || undefined,
      oldDataKeys: env.MADOGUCHI_OLD_DATA_KEYS?.trim() || undefined,
    },
    ...overrides,
  };
}
