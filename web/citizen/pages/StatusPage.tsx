// /s/:token — the applicant's view of one submission: status, when it was filed, history.
import { useEffect, useState } from 'preact/hooks';
import { LoadError, Loading, NotFound, PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { api, type SubmissionStatus } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { L } from '../components/Local.tsx';

export function StatusPage({ token }: { token: string }) {
  const { lang, t } = useLang();
  const [data, setData] = useState<SubmissionStatus | null | 'notFound'>(null);
  const [failed, setFailed] = useState(false);
  const load = () => {
    setFailed(false);
    api.status(token, lang).then(
      (res) => {
        if (res.status === 404) setData('notFound');
        else if (res.status === 200 && res.body?.receiptNumber) setData(res.body);
        else setFailed(true);
      },
      () => setFailed(true),
    );
  };
  useEffect(load, [token, lang]); // status labels come in the requested language

  if (failed) return <LoadError retry={load} />;
  if (data === 'notFound') return <NotFound message={t('status.notFound')} />;
  if (!data) return <Loading />;
  return (
    <>
      <p class="caption">
        <L value={data.form.title} lang={lang} />
      </p>
      <PageTitle title={t('status.title')}>{t('status.title')}</PageTitle>
      <dl class="summary">
        <div class="summary__row">
          <dt class="summary__key">{t('status.form')}</dt>
          <dd class="summary__value">
            <L value={data.form.title} lang={lang} />
          </dd>
        </div>
        <div class="summary__row">
          <dt class="summary__key">{t('status.receipt')}</dt>
          <dd class="summary__value receipt-inline">{data.receiptNumber}</dd>
        </div>
        <div class="summary__row">
          <dt class="summary__key">{t('status.status')}</dt>
          <dd class="summary__value">
            <strong class="status-tag">{data.statusLabel}</strong>
          </dd>
        </div>
        <div class="summary__row">
          <dt class="summary__key">{t('status.filed')}</dt>
          <dd class="summary__value">
            <time dateTime={data.submittedAt}>{formatDateTime(data.submittedAt, lang)}</time>
          </dd>
        </div>
      </dl>
      {data.history.length > 0 && (
        <>
          <h2>{t('status.history')}</h2>
          <ol class="timeline">
            {data.history.map((h, i) => (
              <li class="timeline__item" key={i}>
                <time class="timeline__time" dateTime={h.at}>
                  {formatDateTime(h.at, lang)}
                </time>
                <span class="timeline__status">{h.statusLabel}</span>
                {h.comment && <p class="timeline__comment">{h.comment}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
