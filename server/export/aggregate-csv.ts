// 集計 as open data: one long table that any tool reads (種別, 項目, 内容, 件数・値), with
// only the aggregates of core/aggregate.ts, never an individual answer.
import type { Aggregate } from '../../core/aggregate.ts';

const round = (n: number | null) => (n === null ? '' : String(Math.round(n * 100) / 100));

export function aggregateRows(a: Aggregate): string[][] {
  const rows: string[][] = [['種別', '項目', '内容', '件数・値'], ['受付件数', '', '合計', String(a.total)]];
  for (const d of a.perDay) rows.push(['日別受付件数', '', d.date, String(d.count)]);
  for (const f of a.fields) {
    if (f.kind === 'choice') {
      rows.push([f.multiple ? '選択肢（複数選択）' : '選択肢', f.label, '回答数', String(f.answered)]);
      for (const o of f.options) rows.push([f.multiple ? '選択肢（複数選択）' : '選択肢', f.label, o.label, String(o.count)]);
    } else {
      rows.push(
        ['数値', f.label, '回答数', String(f.answered)],
        ['数値', f.label, '最小', round(f.min)],
        ['数値', f.label, '最大', round(f.max)],
        ['数値', f.label, '平均', round(f.mean)],
        ['数値', f.label, '中央値', round(f.median)],
      );
    }
  }
  return rows;
}
