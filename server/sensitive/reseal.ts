// Re-sealing stored answers (docs/adr/0009-sensitive-fields.md): every sealed value under a
// key other than the current one is opened and sealed again under MADOGUCHI_DATA_KEY, and
// every answer now marked sensitive (by its own version or the form's current one) that is
// still stored in clear is sealed. Afterwards an old key can be dropped from
// MADOGUCHI_OLD_DATA_KEYS. Safe beside a running server: a row is only rewritten if it
// still holds exactly what was read (else it is counted as changed meanwhile; run again).
import type { Database } from 'better-sqlite3';
import { isSealed, mapAtPointers, mapSealed, type Sealed } from '../../core/sensitive.ts';
import type { FormCatalog } from '../forms/catalog.ts';
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
  answers: string;
}

export function resealAll(client: Database, catalog: Pick<FormCatalog, 'version' | 'currentVersion'>, sealer: Sealer, batchSize = 500): ResealReport {
  const report: ResealReport = { rows: 0, rewrapped: 0, sealed: 0, unreadable: 0, changedMeanwhile: 0 };
  const tables = [
    {
      read: client.prepare(
        'SELECT id, receipt_number AS receiptNumber, form_id AS formId, form_version AS formVersion, answers FROM submissions WHERE id > ? ORDER BY id LIMIT ?',
      ),
      write: client.prepare('UPDATE submissions SET answers = ? WHERE id = ? AND answers = ?'),
    },
    {
      read: client.prepare(
        `SELECT r.id, s.receipt_number AS receiptNumber, s.form_id AS formId, r.form_version AS formVersion, r.answers
           FROM submission_revisions r JOIN submissions s ON s.id = r.submission_id WHERE r.id > ? ORDER BY r.id LIMIT ?`,
      ),
      write: client.prepare('UPDATE submission_revisions SET answers = ? WHERE id = ? AND answers = ?'),
    },
  ];
  for (const table of tables) {
    for (let after = 0; ; ) {
      const rows = table.read.all(after, batchSize) as Row[];
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.id;
      // One transaction per batch: short, so a running server's writes wait milliseconds.
      client.transaction(() => {
        for (const row of rows) {
          const def = catalog.version(row.formId, row.formVersion)?.definition;
          if (!def) continue;
          const answers = JSON.parse(row.answers) as Record<string, unknown>;
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
          if (!changed) continue;
          if (table.write.run(JSON.stringify(next), row.id, row.answers).changes === 1) report.rows++;
          else report.changedMeanwhile++;
        }
      })();
    }
  }
  return report;
}
