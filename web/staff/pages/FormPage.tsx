// One form: its state, what can be done with it (edit, settings, publish, export,
// unpublish, discard the draft) and its version history (who published what, when).
import { useState } from 'preact/hooks';
import { text } from '../../../core/i18n.ts';
import { LoadFailed, Loading, PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { api, exportUrl } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { canDesign, canProcess } from '../lib/roles.ts';
import { paths } from '../lib/routes.ts';
import { useUser } from '../lib/session.ts';
import { useLoad } from '../lib/use-load.ts';
import { loadWorkingCopy } from '../lib/working-copy.ts';
import { StatusTags } from './FormsPage.tsx';

export function FormPage({ id }: { id: string }) {
  const { lang, t } = useLang();
  const user = useUser();
  const loaded = useLoad(() => loadWorkingCopy(id), [id]);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [confirming, setConfirming] = useState<'unpublish' | 'discard' | null>(null);

  if (loaded.failed !== null) return <LoadFailed retry={loaded.reload} status={loaded.failed} />;
  if (!loaded.data) return <Loading />;
  const { form, definition } = loaded.data;
  const title = text(definition.title, lang);
  const designer = canDesign(user, form.department);

  const act = async (what: 'unpublish' | 'discard') => {
    setConfirming(null);
    const res = what === 'unpublish' ? await api.unpublish(id) : await api.discardDraft(id);
    if (res.status >= 200 && res.status < 300) {
      setMessage({ text: what === 'unpublish' ? t('form.unpublished') : t('form.discarded') });
      loaded.reload();
    } else setMessage({ text: res.body.message ?? t('error.failed'), error: true });
  };

  const versions = [...form.versions].sort((a, b) => b.version - a.version);
  return (
    <>
      <p class="breadcrumbs">
        <a href={paths.forms}>{t('nav.forms')}</a>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      <p>
        <StatusTags form={{ published: form.published, hasDraft: !!form.draft, currentVersion: form.currentVersion }} />{' '}
        <span class="muted">
          {form.department} · {id}
        </span>
      </p>
      {form.draft && form.draftSavedAt && <p class="muted">{t('form.draftSavedAt', { at: formatDateTime(form.draftSavedAt) })}</p>}
      <div class="status-line" role="status">
        {message && <p class={message.error ? 'notice notice--error' : 'notice'}>{message.text}</p>}
      </div>

      {(canProcess(user, form.department) || designer) && (
        <ul class="action-list">
          {canProcess(user, form.department) && (
            <li>
              <a class="button button--secondary" href={`${paths.inbox}?form=${encodeURIComponent(id)}`}>
                {t('form.inbox')}
              </a>
            </li>
          )}
          {canProcess(user, form.department) && (
            <li>
              <a class="button button--secondary" href={paths.aggregate(id)}>
                {t('form.aggregate')}
              </a>
            </li>
          )}
          {designer && (
            <li>
              <a class="button button--secondary" href={paths.layouts(id)}>
                {t('form.layouts')}
              </a>
            </li>
          )}
        </ul>
      )}
      {designer && (
        <ul class="action-list">
          <li>
            <a class="button" href={paths.build(id)}>
              {t('form.build')}
            </a>
          </li>
          <li>
            <a class="button button--secondary" href={paths.settings(id)}>
              {t('form.settings')}
            </a>
          </li>
          <li>
            <a class="button button--secondary" href={paths.publish(id)}>
              {t('form.publish')}
            </a>
          </li>
          <li>
            <a class="button button--secondary" href={exportUrl(id)} download={`${id}.json`}>
              {t('form.export')}
            </a>
          </li>
          <li>
            <a class="button button--secondary" href={`${paths.newForm}?copyOf=${encodeURIComponent(id)}`}>
              {t('form.copy')}
            </a>
          </li>
          {form.published && (
            <li>
              <button type="button" class="button button--warning" onClick={() => setConfirming('unpublish')}>
                {t('form.unpublish')}
              </button>
            </li>
          )}
          {form.draft && form.currentVersion !== null && (
            <li>
              <button type="button" class="button button--warning" onClick={() => setConfirming('discard')}>
                {t('form.discard')}
              </button>
            </li>
          )}
        </ul>
      )}
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text" aria-modal="false">
          <p id="confirm-text">{confirming === 'unpublish' ? t('form.unpublishConfirm') : t('form.discardConfirm')}</p>
          <div class="actions actions--inline">
            <button type="button" class="button button--warning" ref={(b) => b?.focus()} onClick={() => act(confirming)}>
              {confirming === 'unpublish' ? t('form.unpublish') : t('form.discard')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}

      <h2 id="history">{t('form.history')}</h2>
      {versions.length === 0 ? (
        <p>{t('form.noVersions')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table" aria-labelledby="history">
            <thead>
              <tr>
                <th scope="col">{t('form.col.version')}</th>
                <th scope="col">{t('form.col.publishedAt')}</th>
                <th scope="col">{t('form.col.publishedBy')}</th>
                <th scope="col">{t('form.col.open')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version}>
                  <th scope="row">
                    {t('form.versionN', { n: v.version })}
                    {v.version === form.currentVersion && form.published && <span class="tag tag--published">{t('form.current')}</span>}
                  </th>
                  <td>{formatDateTime(v.publishedAt)}</td>
                  <td>{v.publishedBy ?? t('form.seed')}</td>
                  <td>
                    <a href={paths.version(id, v.version)} aria-label={t('form.openVersionNamed', { n: v.version })}>
                      {t('form.openVersion')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
