// Re-sealing stored answers (docs/adr/0009-sensitive-fields.md): every sealed value under a
// key other than the current one is opened and sealed again under MADOGUCHI_DATA_KEY, and
// every answer now marked sensitive (by its own version or the form's current one) that is
// still stored in clear is sealed. Afterwards an old key can be dropped from
// MADOGUCHI_OLD_DATA_KEYS. Safe beside a running server: a row is only rewritten if it
// still holds exactly what was read (else it is counted as changed meanwhile; run again).
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { isSealed, mapAtPointers, mapSealed, type Sealed } from '../../core/sensitive.ts';
import type { FormCatalog } from '../forms/catalog.ts';
import type { Db, Writes } from '../store/db.ts';
import { affected } from '../store/rows.ts';
import { submissionRevisions, submissions } from '../store/tables.ts';
import { sensitivePatterns } from './patterns.ts';
import { type Sealer, UnreadableSealError } from './sealer.ts';

export interface ResealReport {
  /** Rows (submissions and revisions) rewritten. */
  rows: number;
  /** Values sealed again under the current key. */
  rewrapped: number;
  /** Values that were in clear and are sealed now. */
  sealed: number;
  /** Sealed values no configured key opens (left as they are). */
  unreadable: number;
  /** Rows another process changed between the read and the write (left for the next run). */
  changedMeanwhile: number;
}

const keyOf = (s: Sealed) => s.$sealed.split(':')[1];

interface Row {
  id: number;
  receiptNumber: string;
  formId: string;
  formVersion: number;
  /** The answers as the database holds them, to write only over exactly that. */
  stored: string;
}

type AnswersColumn = typeof submissions.answers | typeof submissionRevisions.answers;

// The JSON text as stored (PostgreSQL's json keeps its input text as it was): comparing
// it is how a write knows nobody changed the row since the read (json has no equality).
const storedText = (column: AnswersColumn) => sql<string>`CAST(${column} AS text)`;

interface Table {
  read(db: Db, after: number, limit: number): Promise<Row[]>;
  write(tx: Db, id: number, stored: string, answers: Record<string, unknown>): Promise<boolean>;
}

const TABLES: Table[] = [
  {
    read: (db, after, limit) =>
      db
        .select({ id: submissions.id, receiptNumber: submissions.receiptNumber, formId: submissions.formId, formVersion: submissions.formVersion, stored: storedText(submissions.answers) })
        .from(submissions)
        .where(gt(submissions.id, after))
        .orderBy(asc(submissions.id))
        .limit(limit),
    write: async (tx, id, stored, answers) =>
      affected(await tx.update(submissions).set({ answers }).where(and(eq(submissions.id, id), sql`${storedText(submissions.answers)} = ${stored}`))) === 1,
  },
  {
    read: (db, after, limit) =>
      db
        .select({ id: submissionRevisions.id, receiptNumber: submissions.receiptNumber, formId: submissions.formId, formVersion: submissionRevisions.formVersion, stored: storedText(submissionRevisions.answers) })
        .from(submissionRevisions)
        .innerJoin(submissions, eq(submissions.id, submissionRevisions.submissionId))
        .where(gt(submissionRevisions.id, after))
        .orderBy(asc(submissionRevisions.id))
        .limit(limit),
    write: async (tx, id, stored, answers) =>
      affected(await tx.update(submissionRevisions).set({ answers }).where(and(eq(submissionRevisions.id, id), sql`${storedText(submissionRevisions.answers)} = ${stored}`))) === 1,
  },
];

/** Runs through both tables in batches; works on SQLite and PostgreSQL alike. */
export async function resealAll(
  store: { db: Db; writes: Writes },
  catalog: Pick<FormCatalog, 'version' | 'currentVersion'>,
  sealer: Sealer,
  batchSize = 500,
): Promise<ResealReport> {
  const report: ResealReport = { rows: 0, rewrapped: 0, sealed: 0, unreadable: 0, changedMeanwhile: 0 };
  for (const table of TABLES) {
    for (let after = 0; ; ) {
      const rows = await table.read(store.db, after, batchSize);
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.id;
      // Sealing is done before the write: the transaction only holds the updates.
      const changes: { id: number; stored: string; answers: Record<string, unknown> }[] = [];
      for (const row of rows) {
        const def = (await catalog.version(row.formId, row.formVersion))?.definition;
        if (!def) continue;
        const next = resealed(row, def, catalog, sealer, report);
        if (next) changes.push({ id: row.id, stored: row.stored, answers: next });
      }
      if (changes.length === 0) continue;
      // One transaction per batch: short, so a running server's writes wait milliseconds.
      await store.writes.run(async (tx) => {
        for (const change of changes) {
          if (await table.write(tx, change.id, change.stored, change.answers)) report.rows++;
          else report.changedMeanwhile++;
        }
      });
    }
  }
  return report;
}

/** The row's answers sealed as they should be now, or undefined when nothing changes. */
function resealed(
  row: Row,
  def: Parameters<typeof sensitivePatterns>[2],
  catalog: Pick<FormCatalog, 'currentVersion'>,
  sealer: Sealer,
  report: ResealReport,
): Record<string, unknown> | undefined {
  const answers = JSON.parse(row.stored) as Record<string, unknown>;
  let changed = false;
  const inClear = mapAtPointers(sensitivePatterns(catalog, row.formId, def), answers, (value, pointer) => {
    if (isSealed(value)) return value;
    changed = true;
    report.sealed++;
    return sealer.seal(value, row.receiptNumber, pointer);
  });
  const next = mapSealed(inClear, (sealed, pointer) => {
    if (keyOf(sealed) === sealer.keyId) return sealed;
    try {
      const value = sealer.open(sealed, row.receiptNumber, pointer);
      changed = true;
      report.rewrapped++;
      return sealer.seal(value, row.receiptNumber, pointer);
    } catch (error) {
      if (!(error instanceof UnreadableSealError)) throw error;
      report.unreadable++;
      return sealed;
    }
  });
  return changed ? next : undefined;
}
