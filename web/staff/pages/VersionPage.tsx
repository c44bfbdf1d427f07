// One published version, read-only: who published it and when, its settings and its
// questions, and its JSON (a version never changes, so this is what citizens filed against).
import { useEffect, useState } from 'preact/hooks';
import { text } from '../../../core/i18n.ts';
import { LoadFailed, Loading, PageTitle } from '../components/Layout.tsx';
import { Outline } from '../components/Outline.tsx';
import { useLang } from '../i18n/index.ts';
import { api } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { paths } from '../lib/routes.ts';
import { useLoad } from '../lib/use-load.ts';
import { placesSummary } from './PlacesFields.tsx';

export function VersionPage({ id, version }: { id: string; version: number }) {
  const { lang, t } = useLang();
  const loaded = useLoad(() => api.version(id, version), [id, version]);
  const [download, setDownload] = useState('');
  useEffect(() => {
    if (!loaded.data) return;
    const url = URL.createObjectURL(new Blob([JSON.stringify(loaded.data.definition, null, 2)], { type: 'application/json' }));
    setDownload(url);
    return () => URL.revokeObjectURL(url);
  }, [loaded.data]);
  if (loaded.failed !== null) return <LoadFailed retry={loaded.reload} status={loaded.failed} />;
  if (!loaded.data) return <Loading />;
  const v = loaded.data;
  const def = v.definition;
  const title = t('version.title', { title: text(def.title, lang), n: version });
  return (
    <>
      <p class="breadcrumbs">
        <a href={paths.forms}>{t('nav.forms')}</a> › <a href={paths.form(id)}>{text(def.title, lang)}</a>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      <p class="notice">{t('version.readOnly')}</p>
      <dl class="summary-list">
        <div>
          <dt>{t('form.col.publishedAt')}</dt>
          <dd>{formatDateTime(v.publishedAt)}</dd>
        </div>
        <div>
          <dt>{t('form.col.publishedBy')}</dt>
          <dd>{v.publishedBy ?? t('form.seed')}</dd>
        </div>
        <div>
          <dt>{t('settings.department')}</dt>
          <dd>{def.settings.department}</dd>
        </div>
        <div>
          <dt>{t('settings.period')}</dt>
          <dd>
            {def.settings.opensAt || def.settings.closesAt
              ? t('publish.period', { from: formatDateTime(def.settings.opensAt) || '—', to: formatDateTime(def.settings.closesAt) || '—' })
              : t('publish.always')}
          </dd>
        </div>
        <div>
          <dt>{t('settings.places')}</dt>
          <dd>{placesSummary(def.settings, t)}</dd>
        </div>
      </dl>
      {download && (
        <p>
          <a class="button button--secondary" href={download} download={`${id}-v${version}.json`}>
            {t('version.download')}
          </a>
        </p>
      )}
      <h2>{t('version.questions')}</h2>
      <Outline def={def} />
    </>
  );
}
