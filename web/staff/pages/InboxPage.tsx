// 受付一覧: the submissions of every form the user may process, filtered, sorted and paged
// by the server; select several for one PDF; export the filter of one form as CSV.
import { useState } from 'preact/hooks';
import { navigate, useLocation } from '../../citizen/lib/router.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { LoadFailed, Loading, PageTitle } from '../components/Layout.tsx';
import { CsvExport } from '../inbox/CsvExport.tsx';
import { InboxFilters, filterId } from '../inbox/InboxFilters.tsx';
import { InboxTable } from '../inbox/InboxTable.tsx';
import { Pager } from '../inbox/Pager.tsx';
import { useLang } from '../i18n/index.ts';
import { api } from '../lib/api.ts';
import { backoffice, fileUrls } from '../lib/backoffice-api.ts';
import { fetchFile, saveBlob } from '../lib/downloads.ts';
import { byField } from '../lib/field-errors.ts';
import { type InboxFilter, inboxApiQuery, inboxQuery, pageCount, readInboxFilter, shownRange } from '../lib/inbox-query.ts';
import { paths } from '../lib/routes.ts';
import { useLoad } from '../lib/use-load.ts';

export function InboxPage() {
  const { t } = useLang();
  const loc = useLocation();
  const filter = readInboxFilter(loc.query);
  const apiQuery = inboxApiQuery(filter).toString();
  const forms = useLoad(() => api.forms(), []);
  const [problems, setProblems] = useState<{ path: string; message: string }[]>([]);
  const list = useLoad(async () => {
    const res = await backoffice.inbox(new URLSearchParams(apiQuery));
    setProblems(res.status === 400 ? (res.body.errors ?? []) : []);
    return res;
  }, [apiQuery]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulk, setBulk] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const apply = (f: InboxFilter) => {
    const q = inboxQuery(f).toString();
    navigate(q ? `${paths.inbox}?${q}` : paths.inbox);
  };
  const select = (rns: string[], on: boolean) => {
    const next = new Set(selected);
    for (const rn of rns) on ? next.add(rn) : next.delete(rn);
    setSelected(next);
  };
  const printSelected = async () => {
    setBusy(true);
    setBulk({ text: t('inbox.bulkBusy', { n: selected.size }) });
    try {
      const res = await fetchFile('POST', fileUrls.bulkPdf, { receiptNumbers: [...selected] });
      if (res.ok) {
        saveBlob(res.blob, res.filename ?? 'submissions.pdf');
        setBulk({ text: t('inbox.bulkDone', { n: selected.size }) });
      } else setBulk({ text: res.body.message ?? t('error.failed'), error: true });
    } catch {
      setBulk({ text: t('error.network'), error: true });
    } finally {
      setBusy(false);
    }
  };

  const errors = byField(problems);
  const data = list.data;
  const range = data ? shownRange(data.total, data.page, data.perPage) : null;
  return (
    <>
      <PageTitle title={t('inbox.title')}>{t('inbox.title')}</PageTitle>
      <ErrorSummary items={problems.map((p) => ({ message: p.message, target: filterId(p.path.replace(/^\//, '')) }))} focusKey={problems.length} />
      <InboxFilters key={loc.query.toString()} filter={filter} forms={forms.data?.forms ?? []} errors={errors} onApply={apply} />

      <h2 id="inbox-results-title">{t('inbox.results')}</h2>
      {list.failed !== null && list.failed !== 400 ? (
        <LoadFailed retry={list.reload} status={list.failed} />
      ) : list.failed === 400 ? (
        <p>{t('inbox.badFilter')}</p>
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <p role="status" class="inbox__count">
            {data.total === 0 ? t('inbox.none') : t('inbox.count', { total: data.total, first: range!.first, last: range!.last })}
          </p>
          {data.items.length > 0 && (
            <>
              <div class="bulk-bar">
                <button type="button" class="button button--secondary" disabled={selected.size === 0 || busy} onClick={printSelected}>
                  {t('inbox.bulkPdf', { n: selected.size })}
                </button>
                {selected.size > 0 && (
                  <button type="button" class="link-button" onClick={() => setSelected(new Set())}>
                    {t('inbox.clearSelection')}
                  </button>
                )}
              </div>
              <div class="status-line" role="status">
                {bulk && <p class={bulk.error ? 'notice notice--error' : 'notice'}>{bulk.text}</p>}
              </div>
              <InboxTable items={data.items} selected={selected} onSelect={select} />
              <Pager page={data.page} pages={pageCount(data.total, data.perPage)} href={(page) => `${paths.inbox}?${inboxQuery({ ...filter, page }).toString()}`} />
            </>
          )}
        </>
      )}
      <CsvExport filter={filter} />
    </>
  );
}
