// 「申請の一覧」: the links a citizen asks for by e-mail address (only hashes stored), and the
// submissions filed with an address, found by its hash. Writes take the `tx` of a
// ctx.writes.run job.
import { and, desc, eq, gt, lte } from 'drizzle-orm';
import type { Db } from './db.ts';
import { affected, first } from './rows.ts';
import { applicantLinks, submissions } from './tables.ts';

export async function insertApplicantLink(db: Db, l: { tokenHash: string; emailHash: string; createdAt: string; expiresAt: string }): Promise<void> {
  await db.insert(applicantLinks).values(l);
}

/** The address hash a link stands for, while it has not expired. */
export async function liveLinkEmailHash(db: Db, tokenHash: string, now: string): Promise<string | undefined> {
  const row = first(
    await db
      .select({ emailHash: applicantLinks.emailHash })
      .from(applicantLinks)
      .where(and(eq(applicantLinks.tokenHash, tokenHash), gt(applicantLinks.expiresAt, now)))
      .limit(1),
  );
  return row?.emailHash;
}

export async function deleteExpiredLinks(db: Db, now: string): Promise<number> {
  return affected(await db.delete(applicantLinks).where(lte(applicantLinks.expiresAt, now)));
}

export async function hasSubmissionsFrom(db: Db, emailHash: string): Promise<boolean> {
  const rows = await db.select({ id: submissions.id }).from(submissions).where(eq(submissions.applicantEmailHash, emailHash)).limit(1);
  return rows.length > 0;
}

/** Newest first, along the (applicant_email_hash, created_at) index. */
export async function submissionsFrom(db: Db, emailHash: string) {
  return db
    .select({
      id: submissions.id,
      receiptNumber: submissions.receiptNumber,
      formId: submissions.formId,
      formVersion: submissions.formVersion,
      status: submissions.status,
      createdAt: submissions.createdAt,
      updatedAt: submissions.updatedAt,
    })
    .from(submissions)
    .where(eq(submissions.applicantEmailHash, emailHash))
    .orderBy(desc(submissions.createdAt), desc(submissions.id));
}

/** Who filed it at the counter, and whose address it was filed with (both may be null). */
export async function markFiling(db: Db, id: number, marks: { proxyBy: string | null; applicantEmailHash: string | null }): Promise<void> {
  await db.update(submissions).set(marks).where(eq(submissions.id, id));
}

export async function setApplicantEmailHash(db: Db, id: number, applicantEmailHash: string | null): Promise<void> {
  await db.update(submissions).set({ applicantEmailHash }).where(eq(submissions.id, id));
}
