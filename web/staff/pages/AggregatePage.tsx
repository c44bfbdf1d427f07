// 集計: what a form's submissions add up to (counts per option, numeric summaries, filings
// per day), as charts with their tables, and the same as CSV (open data: no personal field
// is ever counted, see core/aggregate.ts). Audited by the server as form.aggregate.
import type { NumberAggregate } from '../../../core/aggregate.ts';
import { text } from '../../../core/i18n.ts';
import { DayChart } from '../aggregate/DayChart.tsx';
import { OptionChart } from '../aggregate/OptionChart.tsx';
import { LoadFailed, Loading, PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { backoffice, fileUrls } from '../lib/backoffice-api.ts';
import { paths } from '../lib/routes.ts';
import { useLoad } from '../lib/use-load.ts';
import { loadWorkingCopy } from '../lib/working-copy.ts';

export function AggregatePage({ id }: { id: string }) {
  const { lang, t } = useLang();
  const form = useLoad(() => loadWorkingCopy(id), [id]);
  const agg = useLoad(() => backoffice.aggregate(id), [id, lang]);
  const formTitle = form.data ? text(form.data.definition.title, lang) : id;
  const title = t('aggregate.title', { title: formTitle });
  const num = (n: number | null) => (n === null ? '–' : String(Math.round(n * 100) / 100));
  return (
    <>
      <p class="breadcrumbs">
        <a href={paths.form(id)}>{formTitle}</a>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      {agg.failed !== null ? (
        <LoadFailed retry={agg.reload} status={agg.failed} />
      ) : !agg.data ? (
        <Loading />
      ) : (
        <>
          <p class="lead">{t('aggregate.total', { n: agg.data.total })}</p>
          <p>
            <a class="button button--secondary" href={fileUrls.aggregateCsv(id)} download={`${id}-aggregate.csv`}>
              {t('aggregate.csv')}
            </a>
          </p>
          <p class="hint">{t('aggregate.csvHint')}</p>
          <section aria-labelledby="per-day-title">
            <h2 id="per-day-title">{t('aggregate.perDayTitle')}</h2>
            <DayChart days={agg.data.perDay} />
          </section>
          <section aria-labelledby="fields-title">
            <h2 id="fields-title">{t('aggregate.fields')}</h2>
            {agg.data.fields.length === 0 && <p class="muted">{t('aggregate.noFields')}</p>}
            {agg.data.fields.map((f, i) =>
              f.kind === 'choice' ? (
                <OptionChart key={f.pointer} field={f} id={`agg-${i}`} />
              ) : (
                <NumberSummary key={f.pointer} field={f} num={num} />
              ),
            )}
          </section>
        </>
      )}
    </>
  );
}

function NumberSummary({ field, num }: { field: NumberAggregate; num(n: number | null): string }) {
  const { t } = useLang();
  return (
    <div class="number-summary">
      <h3>{field.label}</h3>
      <dl class="summary-list">
        <div>
          <dt>{t('aggregate.answeredCount')}</dt>
          <dd>{field.answered}</dd>
        </div>
        <div>
          <dt>{t('aggregate.min')}</dt>
          <dd>{num(field.min)}</dd>
        </div>
        <div>
          <dt>{t('aggregate.max')}</dt>
          <dd>{num(field.max)}</dd>
        </div>
        <div>
          <dt>{t('aggregate.mean')}</dt>
          <dd>{num(field.mean)}</dd>
        </div>
        <div>
          <dt>{t('aggregate.median')}</dt>
          <dd>{num(field.median)}</dd>
        </div>
      </dl>
    </div>
  );
}
