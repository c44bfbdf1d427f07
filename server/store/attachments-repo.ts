import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from './db.ts';
import { attachments } from './tables.ts';

export interface NewAttachment {
  id: string;
  formId: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  data: Buffer;
  now: string;
}

export async function insertAttachment(db: Db, a: NewAttachment): Promise<void> {
  await db
    .insert(attachments)
    .values({ id: a.id, formId: a.formId, name: a.name, type: a.type, size: a.size, sha256: a.sha256, data: a.data, createdAt: a.now });
}

/** Metadata of the given uploads that are still unclaimed and belong to this form. */
export async function unclaimedAttachments(db: Db, formId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: attachments.id, name: attachments.name, type: attachments.type, size: attachments.size })
    .from(attachments)
    .where(and(inArray(attachments.id, ids), eq(attachments.formId, formId), isNull(attachments.submissionId)))
    .orderBy(asc(attachments.id));
}

export async function claimAttachments(db: Db, ids: string[], submissionId: number): Promise<void> {
  if (ids.length === 0) return;
  await db.update(attachments).set({ submissionId }).where(inArray(attachments.id, ids));
}
