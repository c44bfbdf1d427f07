// 一時保存 rows and the uploads they keep alive (attachments.draft_id).
import { and, eq, inArray, isNull, lt, lte } from 'drizzle-orm';
import type { Db } from './db.ts';
import { attachments, drafts } from './tables.ts';

export type DraftRow = typeof drafts.$inferSelect;

export interface NewDraft {
  tokenHash: string;
  formId: string;
  formVersion: number;
  answers: Record<string, unknown>;
  page: number;
  lang: string;
  now: string;
  expiresAt: string;
}

export function insertDraft(db: Db, d: NewDraft): number {
  const row = db
    .insert(drafts)
    .values({
      tokenHash: d.tokenHash,
      formId: d.formId,
      formVersion: d.formVersion,
      answers: d.answers,
      page: d.page,
      lang: d.lang,
      createdAt: d.now,
      updatedAt: d.now,
      expiresAt: d.expiresAt,
    })
    .returning({ id: drafts.id })
    .get();
  return row.id;
}

/** The live draft behind this token hash; an expired one not yet purged counts as gone. */
export function draftByTokenHash(db: Db, tokenHash: string, now: string): DraftRow | undefined {
  const row = db.select().from(drafts).where(eq(drafts.tokenHash, tokenHash)).get();
  return row && row.expiresAt > now ? row : undefined;
}

export function updateDraft(db: Db, id: number, d: { formVersion: number; answers: Record<string, unknown>; page: number; lang: string; now: string }): void {
  db.update(drafts).set({ formVersion: d.formVersion, answers: d.answers, page: d.page, lang: d.lang, updatedAt: d.now }).where(eq(drafts.id, id)).run();
}

/**
 * Marks exactly these uploads (of this form, not yet filed) as kept alive by the draft;
 * uploads it no longer references go back to the unclaimed clean-up.
 */
export function keepAttachments(db: Db, draftId: number, formId: string, ids: string[]): void {
  db.update(attachments).set({ draftId: null }).where(eq(attachments.draftId, draftId)).run();
  if (ids.length === 0) return;
  db.update(attachments)
    .set({ draftId })
    .where(and(inArray(attachments.id, ids), eq(attachments.formId, formId), isNull(attachments.submissionId)))
    .run();
}

/** The citizen filed (or gave up): the row goes, its uploads are either claimed or back to the clean-up. */
export function deleteDraft(db: Db, id: number): void {
  db.update(attachments).set({ draftId: null }).where(eq(attachments.draftId, id)).run();
  db.delete(drafts).where(eq(drafts.id, id)).run();
}

/** Removes drafts past their expiry with the unfiled uploads only they kept; returns [drafts, uploads]. */
export function purgeExpiredDrafts(db: Db, now: string): { drafts: number; attachments: number } {
  const expired = db.select({ id: drafts.id }).from(drafts).where(lte(drafts.expiresAt, now)).all().map((r) => r.id);
  if (expired.length === 0) return { drafts: 0, attachments: 0 };
  let removedFiles = 0;
  // Chunked: SQLite caps the number of bound parameters.
  for (let i = 0; i < expired.length; i += 500) {
    const ids = expired.slice(i, i + 500);
    removedFiles += db.delete(attachments).where(and(inArray(attachments.draftId, ids), isNull(attachments.submissionId))).run().changes;
    db.update(attachments).set({ draftId: null }).where(inArray(attachments.draftId, ids)).run();
    db.delete(drafts).where(inArray(drafts.id, ids)).run();
  }
  return { drafts: expired.length, attachments: removedFiles };
}

/** Uploads never filed and not kept by a live draft, older than `olderThan`; returns how many. */
export function purgeUnclaimedUploads(db: Db, olderThan: string): number {
  return db
    .delete(attachments)
    .where(and(isNull(attachments.submissionId), isNull(attachments.draftId), lt(attachments.createdAt, olderThan)))
    .run().changes;
}
