// Internal notes (audience 'staff') and messages to the applicant (audience 'applicant')
// of one submission. The two never mix: the status page reads only the applicant's.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './db.ts';
import { submissionMessages } from './tables.ts';

export type Audience = 'staff' | 'applicant';

export interface StoredMessage {
  id: number;
  at: string;
  author: string | null;
  body: string;
}

export async function insertMessage(
  db: Db,
  m: { submissionId: number; audience: Audience; author: string | null; body: string; at: string },
): Promise<number> {
  const rows = await db
    .insert(submissionMessages)
    .values({ submissionId: m.submissionId, audience: m.audience, author: m.author, body: m.body, at: m.at })
    .returning({ id: submissionMessages.id });
  return rows[0]!.id;
}

export async function listMessages(db: Db, submissionId: number, audience: Audience): Promise<StoredMessage[]> {
  return db
    .select({ id: submissionMessages.id, at: submissionMessages.at, author: submissionMessages.author, body: submissionMessages.body })
    .from(submissionMessages)
    .where(and(eq(submissionMessages.submissionId, submissionId), eq(submissionMessages.audience, audience)))
    .orderBy(asc(submissionMessages.at), asc(submissionMessages.id));
}
