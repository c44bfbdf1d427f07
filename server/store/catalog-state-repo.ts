import { asc } from 'drizzle-orm';
import type { Db } from './db.ts';
import { forms } from './tables.ts';

/** What decides which version of each form citizens see: small enough to poll. */
export async function publishedState(db: Db): Promise<{ id: string; currentVersion: number | null; unpublished: boolean }[]> {
  return db.select({ id: forms.id, currentVersion: forms.currentVersion, unpublished: forms.unpublished }).from(forms).orderBy(asc(forms.id));
}
