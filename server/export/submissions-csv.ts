// The export table of a form's submissions: the fixed leading columns (受付番号, 受付日時 in
// Japan time, 状態, 版), then the answers flattened as flatten.ts describes.
import type { FormDefinition } from '../../core/definition.ts';
import { answerColumns, groupRowCounts, uniqueHeaders } from './flatten.ts';

export interface ExportRow {
  receiptNumber: string;
  createdAt: string;
  status: string;
  formVersion: number;
  answers: unknown;
}

export interface ExportTable {
  header: string[];
  body: { receiptNumber: string; cells: string[] }[];
}

/** Staff's short names of the statuses (the citizen's wording in core/status.ts is longer). */
export const STATUS_CELL: Record<string, string> = {
  received: '受付',
  in_progress: '処理中',
  completed: '完了',
  rejected: '却下',
  returned: '差戻し',
  withdrawn: '取下げ',
};

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** '2026-11-22 14:05:00' in Japan time: a form Excel reads as a date and time. */
export function japanDateTime(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t + JST_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** `definitions`: the current version first, then the older versions the rows were filed against. */
export function submissionTable(definitions: readonly FormDefinition[], rows: readonly ExportRow[]): ExportTable {
  const answers = rows.map((r) => (r.answers && typeof r.answers === 'object' ? (r.answers as Record<string, unknown>) : {}));
  const columns = answerColumns(definitions, groupRowCounts(definitions, answers));
  const header = uniqueHeaders(['受付番号', '受付日時', '状態', '版', ...columns.map((c) => c.header)]);
  const body = rows.map((r, i) => ({
    receiptNumber: r.receiptNumber,
    cells: [r.receiptNumber, japanDateTime(r.createdAt), STATUS_CELL[r.status] ?? r.status, String(r.formVersion), ...columns.map((c) => c.value(answers[i]!))],
  }));
  return { header, body };
}
