// The PostgreSQL schema: the same tables, columns and indexes as schema.sqlite.ts, in
// PostgreSQL's types (docs/adr/0013-two-databases.md); tests/server/schema-parity.test.ts
// checks that the two agree. Migrations in migrations/pg come from this file with
// `npm run db:generate`, except the audit log's append-only trigger appended to 0000.
import { bigint, boolean, customType, index, integer, json, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const forms = pgTable('forms', {
  id: text('id').primaryKey(),
  department: text('department').notNull(),
  category: text('category').notNull(),
  /** The working copy staff edit; null until a draft exists. */
  draft: json('draft'),
  draftSavedAt: text('draft_saved_at'),
  currentVersion: integer('current_version'),
  /** Taken down by staff: citizens no longer see it; its versions and submissions stay. */
  unpublished: boolean('unpublished').notNull().default(false),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const formVersions = pgTable(
  'form_versions',
  {
    formId: text('form_id')
      .notNull()
      .references(() => forms.id),
    version: integer('version').notNull(),
    definition: json('definition').notNull(),
    /** The emitted JSON Schema and rules: what submissions of this version were checked with. */
    compiled: json('compiled').notNull(),
    /** The precompiled ES module the browser validates with. */
    validatorModule: text('validator_module').notNull(),
    publishedAt: text('published_at').notNull(),
    /**
     * The login of the staff user who published it (null for the library seed). A login,
     * not a foreign key: logins never change and users are disabled, never deleted.
     */
    publishedBy: text('published_by'),
  },
  (t) => [primaryKey({ columns: [t.formId, t.version] })],
);

export const submissions = pgTable(
  'submissions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    receiptNumber: text('receipt_number').notNull(),
    formId: text('form_id').notNull(),
    formVersion: integer('form_version').notNull(),
    answers: json('answers').notNull(),
    status: text('status').notNull(),
    /** SHA-256 of the status link's secret; the secret itself is never stored (ADR 0004). */
    tokenHash: text('token_hash').notNull(),
    /** The language the applicant filed in: their mails are written in it (with Japanese). */
    lang: text('lang').notNull().default('ja'),
    /** Login of the clerk who filled it at the counter for the citizen (窓口代理入力); null online. */
    proxyBy: text('proxy_by'),
    /** How many times the applicant has resubmitted after 差戻し (0 for the first filing). */
    revision: integer('revision').notNull().default(0),
    /**
     * SHA-256 of the applicant's e-mail address (trimmed, lower-case), or null: how a citizen
     * finds all their applications by address (「申請の一覧」) without the address itself
     * being searchable in clear.
     */
    applicantEmailHash: text('applicant_email_hash'),
    /**
     * Set when the retention period (保存期間) ran out and the answers, files, messages and
     * revisions were deleted: the row stays as a tombstone (docs/adr/0012-retention.md).
     */
    purgedAt: text('purged_at'),
    /** The time slot booked, for a form with slots (issue 6); null otherwise. */
    slot: text('slot'),
    /** True while the submission takes one of the form's places (capacity_places counts these). */
    holdsPlace: boolean('holds_place').notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('submissions_receipt_number').on(t.receiptNumber),
    index('submissions_form_created').on(t.formId, t.createdAt),
    index('submissions_form_status_created').on(t.formId, t.status, t.createdAt),
    // The inbox sorted by last change (a resubmission, a message) reads along this one.
    index('submissions_form_updated').on(t.formId, t.updatedAt),
    index('submissions_applicant_email').on(t.applicantEmailHash, t.createdAt),
  ],
);

/**
 * 一時保存: answers a citizen asked to keep, to continue later or on another device,
 * reached only through the resume link's secret (its SHA-256 is kept). Sensitive answers
 * are sealed as in submissions. Removed when filed or past expires_at.
 */
export const drafts = pgTable(
  'drafts',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    tokenHash: text('token_hash').notNull(),
    formId: text('form_id').notNull(),
    formVersion: integer('form_version').notNull(),
    answers: json('answers').notNull(),
    /** The page the citizen was on, to bring them back to it. */
    page: integer('page').notNull().default(0),
    lang: text('lang').notNull().default('ja'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [uniqueIndex('drafts_token_hash').on(t.tokenHash), index('drafts_expires').on(t.expiresAt)],
);

/**
 * 「申請の一覧」 links: a citizen gives their e-mail address and receives a link listing
 * every submission filed with it. Only hashes are kept; the link expires.
 */
export const applicantLinks = pgTable(
  'applicant_links',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    tokenHash: text('token_hash').notNull(),
    emailHash: text('email_hash').notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [uniqueIndex('applicant_links_token_hash').on(t.tokenHash), index('applicant_links_expires').on(t.expiresAt)],
);

/**
 * The answers a submission had before the applicant resubmitted it after 差戻し: the
 * history keeps both (issue 4). The current answers stay on the submission row.
 */
export const submissionRevisions = pgTable(
  'submission_revisions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id),
    /** The submission's `revision` these answers were. */
    revision: integer('revision').notNull(),
    formVersion: integer('form_version').notNull(),
    answers: json('answers').notNull(),
    /** When they were replaced by the resubmission. */
    replacedAt: text('replaced_at').notNull(),
  },
  (t) => [uniqueIndex('submission_revisions_submission').on(t.submissionId, t.revision)],
);

/**
 * Internal notes (audience 'staff', never shown to the applicant) and messages to the
 * applicant (audience 'applicant', shown on the status page and mailed). `author` is a
 * staff login, or null when the applicant wrote it.
 */
export const submissionMessages = pgTable(
  'submission_messages',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id),
    audience: text('audience').notNull(),
    author: text('author'),
    body: text('body').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('submission_messages_submission').on(t.submissionId, t.at)],
);

export const submissionEvents = pgTable(
  'submission_events',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id),
    at: text('at').notNull(),
    status: text('status').notNull(),
    actor: text('actor'),
    comment: text('comment'),
  },
  (t) => [index('submission_events_submission').on(t.submissionId)],
);

export const attachments = pgTable(
  'attachments',
  {
    /** Random, unguessable: citizens reference uploads by this id. */
    id: text('id').primaryKey(),
    formId: text('form_id').notNull(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    submissionId: integer('submission_id').references(() => submissions.id),
    /** A 一時保存 that references it: kept while the draft lives, even past the unclaimed TTL. */
    draftId: integer('draft_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('attachments_unclaimed').on(t.submissionId, t.createdAt), index('attachments_draft').on(t.draftId)],
);

export const idempotencyKeys = pgTable('idempotency_keys', {
  /** SHA-256 of form id + the client's Idempotency-Key. */
  keyHash: text('key_hash').primaryKey(),
  /** The first response, replayed to retries (it holds the status link, so it expires). */
  response: json('response').notNull(),
  createdAt: text('created_at').notNull(),
});

// Staff accounts (docs/adr/0005-staff-auth.md).

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    login: text('login').notNull(),
    displayName: text('display_name').notNull(),
    /** scrypt with its parameters, see server/auth/password.ts; never the password. */
    passwordHash: text('password_hash').notNull(),
    /** Users are disabled, never deleted, so history keeps naming them. */
    disabled: boolean('disabled').notNull().default(false),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('users_login').on(t.login)],
);

export const userRoles = pgTable(
  'user_roles',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    department: text('department').notNull(),
    /** admin | designer | clerk */
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.department, t.role] })],
);

export const staffSessions = pgTable(
  'staff_sessions',
  {
    /** SHA-256 of the cookie value; the value itself is never stored. */
    idHash: text('id_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: text('created_at').notNull(),
    /** Absolute end of the session, whatever the activity. */
    expiresAt: text('expires_at').notNull(),
    /** For the idle timeout. */
    lastSeenAt: text('last_seen_at').notNull(),
  },
  (t) => [index('staff_sessions_user').on(t.userId), index('staff_sessions_expires').on(t.expiresAt)],
);

/** Failed logins per login name (no password, no address), for the lockout. */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    login: text('login').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('login_failures_login_at').on(t.login, t.at)],
);

/**
 * Mails (and later webhooks) waiting to go out. Written in the same transaction as the
 * change that caused them, delivered by the outbox worker with retries, so a crash between
 * commit and delivery loses nothing. A worker claims a row by setting claimed_by/until.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    /** 'mail' */
    kind: text('kind').notNull(),
    payload: json('payload').notNull(),
    createdAt: text('created_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    claimedBy: text('claimed_by'),
    claimedUntil: text('claimed_until'),
    sentAt: text('sent_at'),
    /** Set when retries are exhausted; the row stays for an admin to see. */
    failedAt: text('failed_at'),
    /** The transport's error, without addresses or content. */
    lastError: text('last_error'),
  },
  (t) => [index('outbox_pending').on(t.sentAt, t.failedAt, t.nextAttemptAt)],
);

/**
 * Who read, exported, printed or changed what. Append-only: triggers in the migration
 * refuse UPDATE and DELETE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    at: text('at').notNull(),
    /** Staff login, or null for the system (the purge) or the applicant. */
    actor: text('actor'),
    /** e.g. submission.view, submission.export, submission.print, submission.status */
    action: text('action').notNull(),
    formId: text('form_id'),
    department: text('department'),
    /** Receipt numbers (or other record ids) the action touched. */
    records: json('records').notNull(),
    /** What else matters: the filter of an export, the new status. Never answers. */
    detail: json('detail'),
  },
  (t) => [index('audit_log_at').on(t.at), index('audit_log_actor_at').on(t.actor, t.at), index('audit_log_action_at').on(t.action, t.at)],
);

/**
 * A city's own paper layout for a form: the uploaded PDF and how answers map onto it
 * (AcroForm field names or page positions), see server/pdf.
 */
export const pdfLayouts = pgTable(
  'pdf_layouts',
  {
    id: text('id').primaryKey(),
    formId: text('form_id')
      .notNull()
      .references(() => forms.id),
    name: text('name').notNull(),
    pdf: bytea('pdf').notNull(),
    mapping: json('mapping').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by'),
  },
  (t) => [index('pdf_layouts_form').on(t.formId)],
);

/** The one-time first-admin token; only its SHA-256 is kept. */
export const setupTokens = pgTable('setup_tokens', {
  hash: text('hash').primaryKey(),
  createdAt: text('created_at').notNull(),
});

/**
 * Places taken per form and time slot ('' for a form without slots). One row per pair,
 * changed only by a conditional UPDATE (taken < capacity), so two requests, or two app
 * instances, never both get the last place (docs/adr/0013-two-databases.md).
 */
export const capacityPlaces = pgTable(
  'capacity_places',
  {
    formId: text('form_id').notNull(),
    slot: text('slot').notNull(),
    taken: integer('taken').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.formId, t.slot] })],
);

/**
 * Fixed-window counters shared by every app instance: rate limits and per-address mail
 * limits. `resetAt` is epoch milliseconds.
 */
export const rateCounters = pgTable('rate_counters', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  resetAt: bigint('reset_at', { mode: 'number' }).notNull(),
});

/** Spam proofs already spent (their SHA-256), so one solution files once on any instance. */
export const usedProofs = pgTable(
  'used_proofs',
  {
    hash: text('hash').primaryKey(),
    expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
  },
  (t) => [index('used_proofs_expires').on(t.expiresAt)],
);
