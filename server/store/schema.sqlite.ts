// The SQLite schema. Migrations in migrations/sqlite are generated from this file with
// `npm run db:generate`; never edit a generated migration by hand.
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const forms = sqliteTable('forms', {
  id: text('id').primaryKey(),
  department: text('department').notNull(),
  category: text('category').notNull(),
  /** The working copy staff edit; null until a draft exists. */
  draft: text('draft', { mode: 'json' }),
  currentVersion: integer('current_version'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const formVersions = sqliteTable(
  'form_versions',
  {
    formId: text('form_id')
      .notNull()
      .references(() => forms.id),
    version: integer('version').notNull(),
    definition: text('definition', { mode: 'json' }).notNull(),
    /** The emitted JSON Schema and rules: what submissions of this version were checked with. */
    compiled: text('compiled', { mode: 'json' }).notNull(),
    /** The precompiled ES module the browser validates with. */
    validatorModule: text('validator_module').notNull(),
    publishedAt: text('published_at').notNull(),
    publishedBy: text('published_by'),
  },
  (t) => [primaryKey({ columns: [t.formId, t.version] })],
);

export const submissions = sqliteTable(
  'submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    receiptNumber: text('receipt_number').notNull(),
    formId: text('form_id').notNull(),
    formVersion: integer('form_version').notNull(),
    answers: text('answers', { mode: 'json' }).notNull(),
    status: text('status').notNull(),
    /** SHA-256 of the status link's secret; the secret itself is never stored (ADR 0004). */
    tokenHash: text('token_hash').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('submissions_receipt_number').on(t.receiptNumber),
    index('submissions_form_created').on(t.formId, t.createdAt),
  ],
);

export const submissionEvents = sqliteTable(
  'submission_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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

export const attachments = sqliteTable(
  'attachments',
  {
    /** Random, unguessable: citizens reference uploads by this id. */
    id: text('id').primaryKey(),
    formId: text('form_id').notNull(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    submissionId: integer('submission_id').references(() => submissions.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('attachments_unclaimed').on(t.submissionId, t.createdAt)],
);

export const idempotencyKeys = sqliteTable('idempotency_keys', {
  /** SHA-256 of form id + the client's Idempotency-Key. */
  keyHash: text('key_hash').primaryKey(),
  /** The first response, replayed to retries (it holds the status link, so it expires). */
  response: text('response', { mode: 'json' }).notNull(),
  createdAt: text('created_at').notNull(),
});
