// 一時保存 rows and the uploads they keep alive (attachments.draft_id).
import { and, eq, inArray, isNull, lt, lte } from 'drizzle-orm';
import type { Db } from './db.ts';
import { affected, first } from './rows.ts';
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

export async function insertDraft(db: Db, d: NewDraft): Promise<number> {
  const rows = await db
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
    .returning({ id: drafts.id });
  return rows[0]!.id;
}

/** The live draft behind this token hash; an expired one not yet purged counts as gone. */
export async function draftByTokenHash(db: Db, tokenHash: string, now: string): Promise<DraftRow | undefined> {
  const row = first(await db.select().from(drafts).where(eq(drafts.tokenHash, tokenHash)).limit(1));
  return row && row.expiresAt > now ? row : undefined;
}

export async function updateDraft(
  db: Db,
  id: number,
  d: { formVersion: number; answers: Record<string, unknown>; page: number; lang: string; now: string },
): Promise<void> {
  await db.update(drafts).set({ formVersion: d.formVersion, answers: d.answers, page: d.page, lang: d.lang, updatedAt: d.now }).where(eq(drafts.id, id));
}

/**
 * Marks exactly these uploads (of this form, not yet filed) as kept alive by the draft;
 * uploads it no longer references go back to the unclaimed clean-up.
 */
export async function keepAttachments(db: Db, draftId: number, formId: string, ids: string[]): Promise<void> {
  await db.update(attachments).set({ draftId: null }).where(eq(attachments.draftId, draftId));
  if (ids.length === 0) return;
  await db
    .update(attachments)
    .set({ draftId })
    .where(and(inArray(attachments.id, ids), eq(attachments.formId, formId), isNull(attachments.submissionId)));
}

/** The citizen filed (or gave up): the row goes, its uploads are either claimed or back to the clean-up. */
export async function deleteDraft(db: Db, id: number): Promise<void> {
  await db.update(attachments).set({ draftId: null }).where(eq(attachments.draftId, id));
  await db.delete(drafts).where(eq(drafts.id, id));
}

/**
 * Removes drafts past their expiry with the unfiled uploads only they kept; returns [drafts, uploads].
 * Several statements: call inside ctx.writes.run; pass tx.
 */
export async function purgeExpiredDrafts(db: Db, now: string): Promise<{ drafts: number; attachments: number }> {
  const expired = (await db.select({ id: drafts.id }).from(drafts).where(lte(drafts.expiresAt, now))).map((r) => r.id);
  if (expired.length === 0) return { drafts: 0, attachments: 0 };
  let removedFiles = 0;
  // Chunked: SQLite caps the number of bound parameters.
  for (let i = 0; i < expired.length; i += 500) {
    const ids = expired.slice(i, i + 500);
    removedFiles += affected(await db.delete(attachments).where(and(inArray(attachments.draftId, ids), isNull(attachments.submissionId))));
    await db.update(attachments).set({ draftId: null }).where(inArray(attachments.draftId, ids));
    await db.delete(drafts).where(inArray(drafts.id, ids));
  }
  return { drafts: expired.length, attachments: removedFiles };
}

/** Uploads never filed and not kept by a live draft, older than `olderThan`; returns how many. */
export async function purgeUnclaimedUploads(db: Db, olderThan: string): Promise<number> {
  return affected(
    await db.delete(attachments).where(and(isNull(attachments.submissionId), isNull(attachments.draftId), lt(attachments.createdAt, olderThan))),
  );
}
