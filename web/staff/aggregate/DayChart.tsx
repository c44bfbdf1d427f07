// Filings per day (Japan time) as columns, with a few date labels that never overlap; the
// table below lists every day for screen readers and for copying.
import { useLang } from '../i18n/index.ts';
import { barLength, labelledDays, niceMax, ticks } from '../lib/chart-scale.ts';

const W = 600;
const H = 220;
const LEFT = 36;
const BOTTOM = 26;
const TOP = 8;

const short = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

export function DayChart({ days }: { days: { date: string; count: number }[] }) {
  const { t } = useLang();
  if (days.length === 0) return <p class="muted">{t('aggregate.noDays')}</p>;
  const max = niceMax(Math.max(0, ...days.map((d) => d.count)));
  const plotW = W - LEFT - 4;
  const plotH = H - TOP - BOTTOM;
  const slot = plotW / days.length;
  const barW = Math.max(1, slot * 0.7);
  const labelled = new Set(labelledDays(days.length, 7));
  return (
    <figure class="chart-figure" aria-labelledby="per-day-caption">
      <figcaption id="per-day-caption" class="chart-figure__caption">
        {t('aggregate.perDay')}
      </figcaption>
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        {ticks(max, 4).map((v) => {
          const y = TOP + plotH - barLength(v, max, plotH);
          return (
            <g key={v}>
              <line class="chart__grid" x1={LEFT} x2={W - 4} y1={y} y2={y} />
              <text class="chart__axis" x={LEFT - 6} y={y + 4} text-anchor="end">
                {v}
              </text>
            </g>
          );
        })}
        {days.map((d, i) => {
          const h = barLength(d.count, max, plotH);
          const x = LEFT + i * slot + (slot - barW) / 2;
          return (
            <g key={d.date}>
              <rect class="chart__bar chart__bar--0" x={x} y={TOP + plotH - h} width={barW} height={h} />
              {labelled.has(i) && (
                <text class="chart__axis" x={x + barW / 2} y={H - 8} text-anchor="middle">
                  {short(d.date)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details class="chart-table">
        <summary>{t('aggregate.perDayTable')}</summary>
        <div class="table-wrap">
          <table class="table table--compact">
            <caption class="visually-hidden">{t('aggregate.perDay')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('aggregate.date')}</th>
                <th scope="col" class="num">
                  {t('aggregate.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.date}>
                  <th scope="row">{d.date}</th>
                  <td class="num">{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
