// フォーム一覧: the forms of every department the user has a role in, one table per
// department, with their state (公開中 / 下書きあり / 非公開) and the way to each.
import { text } from '../../../core/i18n.ts';
import { LoadFailed, Loading, PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { api, type FormListItem } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { categoryLabel } from '../lib/labels.ts';
import { canDesign, canProcess } from '../lib/roles.ts';
import { ProxyLink } from '../counter/ProxyForms.tsx';
import { paths } from '../lib/routes.ts';
import { useUser } from '../lib/session.ts';
import { useLoad } from '../lib/use-load.ts';

export function FormsPage() {
  const { lang, t } = useLang();
  const user = useUser();
  const forms = useLoad(() => api.forms(), []);
  const byDepartment = new Map<string, FormListItem[]>();
  for (const f of forms.data?.forms ?? []) byDepartment.set(f.department, [...(byDepartment.get(f.department) ?? []), f]);
  const departments = [...byDepartment.keys()].sort((a, b) => a.localeCompare(b, 'ja'));
  const mayCreate = user.roles.some((r) => r.role === 'designer' || r.role === 'admin');

  return (
    <>
      <PageTitle title={t('forms.title')}>{t('forms.title')}</PageTitle>
      {mayCreate && (
        <p>
          <a class="button" href={paths.newForm}>
            {t('forms.new')}
          </a>
        </p>
      )}
      {forms.failed !== null ? (
        <LoadFailed retry={forms.reload} status={forms.failed} />
      ) : !forms.data ? (
        <Loading />
      ) : departments.length === 0 ? (
        <p>{t('forms.none')}</p>
      ) : (
        departments.map((d) => (
          <section key={d} aria-labelledby={`dept-${d}`}>
            <h2 id={`dept-${d}`}>{d}</h2>
            <div class="table-wrap">
              <table class="table">
                <thead>
                  <tr>
                    <th scope="col">{t('forms.col.title')}</th>
                    <th scope="col">{t('forms.col.status')}</th>
                    <th scope="col">{t('forms.col.category')}</th>
                    <th scope="col">{t('forms.col.updated')}</th>
                    <th scope="col">{t('forms.col.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {byDepartment.get(d)!.map((f) => (
                    <tr key={f.id}>
                      <th scope="row">
                        <a href={paths.form(f.id)}>{text(f.title, lang)}</a>
                        <span class="muted small"> {f.id}</span>
                      </th>
                      <td>
                        <StatusTags form={f} />
                      </td>
                      <td>{categoryLabel(f.category, t)}</td>
                      <td>{formatDateTime(f.updatedAt)}</td>
                      <td>
                        {canDesign(user, f.department) && (
                          <a href={paths.build(f.id)} aria-label={t('forms.editNamed', { title: text(f.title, lang) })}>
                            {t('forms.edit')}
                          </a>
                        )}
                        {f.published && canProcess(user, f.department) && (
                          <>
                            {canDesign(user, f.department) && ' '}
                            <ProxyLink form={f} />
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      )}
    </>
  );
}

export function StatusTags({ form }: { form: Pick<FormListItem, 'published' | 'hasDraft' | 'currentVersion'> }) {
  const { t } = useLang();
  return (
    <span class="tags">
      {form.published ? (
        <span class="tag tag--published">{t('status.published', { version: form.currentVersion ?? '' })}</span>
      ) : (
        <span class="tag">{form.currentVersion ? t('status.unpublished') : t('status.neverPublished')}</span>
      )}
      {form.hasDraft && <span class="tag tag--draft">{t('status.draft')}</span>}
    </span>
  );
}
