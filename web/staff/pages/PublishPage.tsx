// 公開: what is about to reach citizens, the problems that stop it (each a link to the
// element, page or setting at fault), and the button. Problems are checked first through
// the preview route, which compiles the draft exactly as publishing does.
import { useEffect, useState } from 'preact/hooks';
import { generateExample } from '../../../core/builder/index.ts';
import { isFieldElement } from '../../../core/definition.ts';
import { text } from '../../../core/i18n.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { LoadFailed, Loading, PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { api, type Problem } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { locate } from '../lib/locate.ts';
import { paths } from '../lib/routes.ts';
import { useLoad } from '../lib/use-load.ts';
import { loadWorkingCopy } from '../lib/working-copy.ts';
import { placesSummary } from './PlacesFields.tsx';

export function PublishPage({ id }: { id: string }) {
  const { lang, t } = useLang();
  const loaded = useLoad(() => loadWorkingCopy(id), [id]);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const [failure, setFailure] = useState('');

  const check = () =>
    api.preview(id).then(
      (r) => setProblems(r.status === 400 ? (r.body.errors ?? []) : ((r.body as { problems?: Problem[] }).problems ?? [])),
      () => setProblems([]),
    );
  useEffect(() => {
    if (loaded.data?.fromDraft) void check();
  }, [loaded.data]);

  if (loaded.failed !== null) return <LoadFailed retry={loaded.reload} status={loaded.failed} />;
  if (!loaded.data) return <Loading />;
  const { form, definition: def, fromDraft } = loaded.data;
  const title = text(def.title, lang);
  const s = def.settings;
  const fields = def.ui.pages.reduce((n, p) => n + p.elements.filter(isFieldElement).length, 0);

  const publish = async () => {
    setBusy(true);
    setFailure('');
    try {
      const res = await api.publish(id); // the draft, or (none) the current version brought back
      if (res.status === 201) {
        setDone(res.body.version);
        setProblems([]);
        return;
      }
      if (res.status === 400) setProblems(res.body.errors ?? [{ path: '', message: res.body.message ?? t('error.failed') }]);
      else setFailure(res.body.message ?? t('error.failed'));
      setAttempts((n) => n + 1);
    } catch {
      setFailure(t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  const items = (problems ?? []).map((p) => {
    const place = locate(def, p.path, lang, t);
    return { message: `${place.where}: ${p.message}`, href: place.href };
  });
  return (
    <>
      <p class="breadcrumbs">
        <a href={paths.forms}>{t('nav.forms')}</a> › <a href={paths.form(id)}>{title}</a>
      </p>
      <ErrorSummary items={items} focusKey={attempts} title={t('publish.problems', { n: items.length })} />
      <PageTitle title={t('publish.title')}>{t('publish.title')}</PageTitle>
      {done !== null ? (
        <div class="notice" role="status">
          <p>{t('publish.done', { version: done })}</p>
          <p>
            <a href={`/forms/${encodeURIComponent(id)}`}>{t('publish.openCitizen')}</a>
          </p>
          <p>
            <a href={paths.form(id)}>{t('publish.backToForm')}</a>
          </p>
        </div>
      ) : (
        <>
          {!fromDraft && <p class="notice">{form.published ? t('publish.noDraft') : t('publish.republish')}</p>}
          <dl class="summary-list">
            <div>
              <dt>{t('settings.formTitle')}</dt>
              <dd>{title}</dd>
            </div>
            <div>
              <dt>{t('publish.size')}</dt>
              <dd>{t('publish.sizeValue', { pages: def.ui.pages.length, fields })}</dd>
            </div>
            <div>
              <dt>{t('settings.department')}</dt>
              <dd>{s.department}</dd>
            </div>
            <div>
              <dt>{t('settings.period')}</dt>
              <dd>
                {s.opensAt || s.closesAt
                  ? t('publish.period', { from: formatDateTime(s.opensAt) || '—', to: formatDateTime(s.closesAt) || '—' })
                  : t('publish.always')}
              </dd>
            </div>
            <div>
              <dt>{t('settings.places')}</dt>
              <dd>{placesSummary(s, t)}</dd>
            </div>
            <div>
              <dt>{t('publish.next')}</dt>
              <dd>{t('form.versionN', { n: (form.versions.reduce((n, x) => Math.max(n, x.version), 0) || 0) + 1 })}</dd>
            </div>
          </dl>
          {fromDraft && problems === null && <Loading />}
          {problems && problems.length === 0 && <p>{t('publish.ready')}</p>}
          {problems?.some((p) => p.path.startsWith('/example')) && (
            <div class="notice">
              <p>{t('example.explain')}</p>
              <button
                type="button"
                class="button button--small"
                onClick={async () => {
                  const res = await api.saveDraft(id, generateExample(def));
                  if (res.status !== 200) return setFailure(res.body.message ?? t('error.failed'));
                  loaded.reload();
                  void check();
                }}
              >
                {t('example.regenerate')}
              </button>
            </div>
          )}
          {failure && (
            <p class="notice notice--error" role="alert">
              {failure}
            </p>
          )}
          {(fromDraft || !form.published) && (
            <div class="actions">
              <button type="button" class="button" disabled={busy} onClick={publish}>
                {busy ? t('publish.busy') : t('publish.submit')}
              </button>
              <a class="button button--secondary" href={paths.build(id)}>
                {t('form.build')}
              </a>
            </div>
          )}
        </>
      )}
    </>
  );
}
