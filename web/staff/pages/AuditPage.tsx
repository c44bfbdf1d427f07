// 監査ログ (admins): who read, exported, printed or changed what, newest first, filtered by
// person, action, form, record and date. The log is append-only; this page only reads it.
import { useState } from 'preact/hooks';
import { navigate, useLocation } from '../../citizen/lib/router.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { SelectField, TextField } from '../components/fields.tsx';
import { LoadFailed, Loading, PageTitle } from '../components/Layout.tsx';
import { Pager } from '../inbox/Pager.tsx';
import { useLang, type MessageKey } from '../i18n/index.ts';
import { AUDIT_PARAMS, type AuditFilter, KNOWN_ACTIONS, auditQuery, readAuditFilter } from '../lib/audit-query.ts';
import { type AuditEntry, backoffice } from '../lib/backoffice-api.ts';
import { byField } from '../lib/field-errors.ts';
import { formatDateTime } from '../lib/format.ts';
import { pageCount } from '../lib/inbox-query.ts';
import { isAdmin } from '../lib/roles.ts';
import { paths } from '../lib/routes.ts';
import { useUser } from '../lib/session.ts';
import { useLoad } from '../lib/use-load.ts';

const fieldId = (k: string) => `audit-${k}`;

export function AuditPage() {
  const { t } = useLang();
  const user = useUser();
  if (!isAdmin(user)) {
    return (
      <>
        <PageTitle title={t('audit.title')}>{t('audit.title')}</PageTitle>
        <p>{t('error.forbidden')}</p>
      </>
    );
  }
  return <AuditLog />;
}

function AuditLog() {
  const { t } = useLang();
  const loc = useLocation();
  const filter = readAuditFilter(loc.query);
  const q = auditQuery(filter).toString();
  const [problems, setProblems] = useState<{ path: string; message: string }[]>([]);
  const log = useLoad(async () => {
    const res = await backoffice.audit(new URLSearchParams(q));
    setProblems(res.status === 400 ? (res.body.errors ?? []) : []);
    return res;
  }, [q]);
  const [f, setF] = useState<AuditFilter>(filter);
  const errors = byField(problems);
  const go = (next: AuditFilter) => {
    const s = auditQuery(next).toString();
    navigate(s ? `${paths.audit}?${s}` : paths.audit);
  };

  const data = log.data;
  const items: AuditEntry[] = data?.items ?? [];
  const perPage = data?.perPage ?? Math.max(items.length, 1);
  return (
    <>
      <PageTitle title={t('audit.title')}>{t('audit.title')}</PageTitle>
      <p class="hint">{t('audit.intro')}</p>
      <ErrorSummary items={problems.map((p) => ({ message: p.message, target: fieldId(p.path.replace(/^\//, '')) }))} focusKey={problems.length} />
      <form
        class="filters"
        role="search"
        aria-label={t('audit.filters')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          go({ ...f, page: 1 });
        }}
      >
        <div class="filters__grid">
          {AUDIT_PARAMS.map((k) =>
            k === 'action' ? (
              <SelectField
                key={k}
                id={fieldId(k)}
                label={t('audit.f.action')}
                value={f.action}
                onValue={(v) => setF({ ...f, action: v })}
                error={errors.action}
                options={[{ value: '', label: t('audit.allActions') }, ...KNOWN_ACTIONS.map((a) => ({ value: a, label: `${t(`audit.a.${a}` as MessageKey)} (${a})` }))]}
              />
            ) : (
            <TextField
              key={k}
              id={fieldId(k)}
              type={k === 'from' || k === 'to' ? 'date' : 'text'}
              label={t(`audit.f.${k}` as MessageKey)}
              value={f[k]}
              onValue={(v) => setF({ ...f, [k]: v })}
              error={errors[k]}
              autoComplete="off"
            />
            ),
          )}
        </div>
        <div class="actions actions--inline">
          <button type="submit" class="button">
            {t('inbox.apply')}
          </button>
          <a class="button button--secondary" href={paths.audit}>
            {t('inbox.clear')}
          </a>
        </div>
      </form>

      <h2 id="audit-results">{t('audit.results')}</h2>
      {log.failed !== null && log.failed !== 400 ? (
        <LoadFailed retry={log.reload} status={log.failed} />
      ) : log.failed === 400 ? (
        <p>{t('inbox.badFilter')}</p>
      ) : !data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p role="status">{t('audit.none')}</p>
      ) : (
        <>
          {typeof data.total === 'number' && <p role="status">{t('audit.count', { n: data.total })}</p>}
          <table class="table table--cards" aria-labelledby="audit-results">
            <thead>
              <tr>
                <th scope="col">{t('audit.col.at')}</th>
                <th scope="col">{t('audit.col.actor')}</th>
                <th scope="col">{t('audit.col.action')}</th>
                <th scope="col">{t('audit.col.form')}</th>
                <th scope="col">{t('audit.col.records')}</th>
                <th scope="col">{t('audit.col.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id}>
                  <th scope="row" data-label={t('audit.col.at')}>
                    {formatDateTime(e.at)}
                  </th>
                  <td data-label={t('audit.col.actor')}>{e.actor ?? t('audit.system')}</td>
                  <td data-label={t('audit.col.action')}>
                    {(KNOWN_ACTIONS as readonly string[]).includes(e.action) ? t(`audit.a.${e.action}` as MessageKey) : e.action} <code class="detail">{e.action}</code>
                  </td>
                  <td data-label={t('audit.col.form')}>{e.formId ?? ''}</td>
                  <td data-label={t('audit.col.records')}>
                    <Records list={Array.isArray(e.records) ? e.records.map(String) : []} />
                  </td>
                  <td data-label={t('audit.col.detail')}>{e.detail == null ? '' : <code class="detail">{JSON.stringify(e.detail)}</code>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {typeof data.total === 'number' && (
            <Pager page={data.page} pages={pageCount(data.total, perPage)} href={(page) => `${paths.audit}?${auditQuery({ ...filter, page }).toString()}`} />
          )}
        </>
      )}
    </>
  );
}

function Records({ list }: { list: string[] }) {
  const { t } = useLang();
  if (list.length === 0) return null;
  const shown = list.slice(0, 5);
  return (
    <>
      {shown.join(', ')}
      {list.length > shown.length && <span class="muted"> {t('audit.moreRecords', { n: list.length - shown.length })}</span>}
    </>
  );
}
