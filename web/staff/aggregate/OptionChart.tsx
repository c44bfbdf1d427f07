// Counts per option as horizontal bars, drawn as SVG by Preact (no chart library, no inline
// styles: the CSP forbids them; colours come from classes). The SVG is decoration for
// sighted readers; the table under it says the same to everyone.
import type { ChoiceAggregate } from '../../../core/aggregate.ts';
import { useLang } from '../i18n/index.ts';
import { barLength, niceMax } from '../lib/chart-scale.ts';

const W = 400;
const ROW = 44;
// Labels sit above their bar (not beside it), so long Japanese labels keep the full width.
const BAR_W = W - 60;

export function OptionChart({ field, id }: { field: ChoiceAggregate; id: string }) {
  const { t } = useLang();
  const max = niceMax(Math.max(0, ...field.options.map((o) => o.count)));
  const height = field.options.length * ROW + 4;
  const percent = (n: number) => (field.answered > 0 ? `${Math.round((n / field.answered) * 1000) / 10}%` : '–');
  return (
    <figure class="chart-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="chart-figure__caption">
        {field.label}{' '}
        <span class="muted">
          {t(field.multiple ? 'aggregate.answeredMultiple' : 'aggregate.answered', { n: field.answered })}
        </span>
      </figcaption>
      <svg class="chart" viewBox={`0 0 ${W} ${height}`} aria-hidden="true" focusable="false">
        {field.options.map((o, i) => {
          const y = i * ROW;
          const len = barLength(o.count, max, BAR_W);
          return (
            <g key={String(o.value)}>
              <text class="chart__label" x={0} y={y + 14}>
                {o.label.length > 40 ? `${o.label.slice(0, 39)}…` : o.label}
              </text>
              <rect class="chart__track" x={0} y={y + 20} width={BAR_W} height={16} />
              <rect class={`chart__bar chart__bar--${i % 6}`} x={0} y={y + 20} width={len} height={16} />
              <text class="chart__value" x={len + 6} y={y + 33}>
                {o.count}
              </text>
            </g>
          );
        })}
      </svg>
      <div class="table-wrap">
        <table class="table table--compact">
          <caption class="visually-hidden">{t('aggregate.tableOf', { label: field.label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('aggregate.option')}</th>
              <th scope="col" class="num">
                {t('aggregate.count')}
              </th>
              <th scope="col" class="num">
                {t('aggregate.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {field.options.map((o) => (
              <tr key={String(o.value)}>
                <th scope="row">{o.label}</th>
                <td class="num">{o.count}</td>
                <td class="num">{percent(o.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
