// 「申請の一覧」: the links a citizen asks for by e-mail address (only hashes stored), and the
// submissions filed with an address, found by its hash. Synchronous: writes run inside a
// WriteBatcher job.
import { and, desc, eq, gt, lte } from 'drizzle-orm';
import type { Db } from './db.ts';
import { applicantLinks, submissions } from './tables.ts';

export function insertApplicantLink(db: Db, l: { tokenHash: string; emailHash: string; createdAt: string; expiresAt: string }): void {
  db.insert(applicantLinks).values(l).run();
}

/** The address hash a link stands for, while it has not expired. */
export function liveLinkEmailHash(db: Db, tokenHash: string, now: string): string | undefined {
  return db
    .select({ emailHash: applicantLinks.emailHash })
    .from(applicantLinks)
    .where(and(eq(applicantLinks.tokenHash, tokenHash), gt(applicantLinks.expiresAt, now)))
    .get()?.emailHash;
}

export function deleteExpiredLinks(db: Db, now: string): number {
  return db.delete(applicantLinks).where(lte(applicantLinks.expiresAt, now)).run().changes;
}

export function hasSubmissionsFrom(db: Db, emailHash: string): boolean {
  return db.select({ id: submissions.id }).from(submissions).where(eq(submissions.applicantEmailHash, emailHash)).limit(1).get() !== undefined;
}

/** Newest first, along the (applicant_email_hash, created_at) index. */
export function submissionsFrom(db: Db, emailHash: string) {
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
    .orderBy(desc(submissions.createdAt), desc(submissions.id))
    .all();
}

/** Who filed it at the counter, and whose address it was filed with (both may be null). */
export function markFiling(db: Db, id: number, marks: { proxyBy: string | null; applicantEmailHash: string | null }): void {
  db.update(submissions).set(marks).where(eq(submissions.id, id)).run();
}

export function setApplicantEmailHash(db: Db, id: number, applicantEmailHash: string | null): void {
  db.update(submissions).set({ applicantEmailHash }).where(eq(submissions.id, id)).run();
}
