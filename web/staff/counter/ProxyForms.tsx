// 窓口代理入力 from the counter page: the published forms this clerk may file for a citizen
// (clerk in the form's department, or admin: docs/adr/0011), each opening the citizen app
// in proxy mode. A full page load (target=_self): /proxy/ is the citizen app, not this one.
import { text } from '../../../core/i18n.ts';
import { LoadFailed, Loading } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { api, type FormListItem } from '../lib/api.ts';
import { canProcess } from '../lib/roles.ts';
import { useUser } from '../lib/session.ts';
import { useLoad } from '../lib/use-load.ts';

export const proxyPath = (formId: string): string => `/proxy/forms/${encodeURIComponent(formId)}`;

export function ProxyLink({ form }: { form: Pick<FormListItem, 'id' | 'title'> }) {
  const { lang, t } = useLang();
  return (
    <a href={proxyPath(form.id)} target="_self" aria-label={t('proxy.openNamed', { title: text(form.title, lang) })}>
      {t('proxy.open')}
    </a>
  );
}

export function ProxyForms() {
  const { lang, t } = useLang();
  const user = useUser();
  const forms = useLoad(() => api.forms(), []);
  const usable = (forms.data?.forms ?? []).filter((f) => f.published && canProcess(user, f.department));
  return (
    <section aria-labelledby="proxy-title">
      <h2 id="proxy-title">{t('proxy.title')}</h2>
      <p class="hint">{t('proxy.intro')}</p>
      {forms.failed !== null ? (
        <LoadFailed retry={forms.reload} status={forms.failed} />
      ) : !forms.data ? (
        <Loading />
      ) : usable.length === 0 ? (
        <p>{t('proxy.none')}</p>
      ) : (
        <ul class="proxy-forms">
          {usable.map((f) => (
            <li key={f.id}>
              <a href={proxyPath(f.id)} target="_self" class="button button--secondary">
                {text(f.title, lang)}
              </a>{' '}
              <span class="muted small">{f.department}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
