// /forms/:id/... : loads the published form once, then shows the wizard page, the check
// page, the 記入例 or the receipt.
import { useEffect, useState } from 'preact/hooks';
import { LoadError, Loading, NotFound, PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { type LoadResult, forgetForm, loadForm } from '../runtime.ts';
import { inPreview } from '../lib/preview.ts';
import { inProxy } from '../lib/proxy-path.ts';
import { lazy } from '../lib/lazy.tsx';
import type { FormView } from '../lib/routes.ts';
import { WizardPage } from './WizardPage.tsx';
import { L } from '../components/Local.tsx';

// Not needed to open a form: loaded when the citizen gets there.
const CheckPage = lazy(() => import('./CheckPage.tsx').then((m) => m.CheckPage));
const ExamplePage = lazy(() => import('./ExamplePage.tsx').then((m) => m.ExamplePage));
const PreviewBanner = lazy(() => import('./CheckPage.tsx').then((m) => m.PreviewBanner));
const ProxyBanner = lazy(() => import('./CheckPage.tsx').then((m) => m.ProxyBanner));
// The receipt comes right after the check page, whose chunk carries it: already there.
const DonePage = lazy(() => import('./CheckPage.tsx').then((m) => m.DonePage));


export function FormPage({ id, view }: { id: string; view: FormView }) {
  const { lang, t } = useLang();
  const [result, setResult] = useState<LoadResult | null>(null);
  const [failed, setFailed] = useState(false);
  const load = () => {
    setFailed(false);
    loadForm(id, lang).then(setResult, () => setFailed(true));
  };
  // Preview: the builder asks for reloads; the page shown (the URL) and the answers stay.
  const [rev, setRev] = useState(0);
  useEffect(load, [id, rev]);
  const banner = inPreview() && (
    <PreviewBanner onReload={() => (forgetForm(id), setRev((n) => n + 1))} problems={result?.kind === 'broken' ? result.problems : undefined} />
  );

  // The receipt does not need the form (which may have just closed: this was the last place).
  const proxyBanner = inProxy() && <ProxyBanner />;
  if (view.kind === 'done') {
    return (
      <>
        {proxyBanner}
        <DonePage formId={id} title={result?.kind === 'ok' ? result.runtime.def.title : undefined} />
      </>
    );
  }
  if (failed) return <LoadError retry={load} />;
  if (!result) return <Loading />;
  if (result.kind === 'notFound') return <NotFound message={t('notFound.form')} />;
  if (result.kind === 'broken') return banner;
  if (result.kind === 'closed') {
    return (
      <>
        {result.title && (
          <p class="caption">
            <L value={result.title} lang={lang} />
          </p>
        )}
        <PageTitle title={t('closed.title')}>{t('closed.title')}</PageTitle>
        {result.message && <p class="notice">{result.message}</p>}
        <p>
          <a href="/">{t('app.home')}</a>
        </p>
      </>
    );
  }
  const rt = result.runtime;
  return (
    <>
      {banner}
      {proxyBanner}
      {view.kind === 'check' ? (
        <CheckPage rt={rt} />
      ) : view.kind === 'example' ? (
        <ExamplePage rt={rt} from={view.from} />
      ) : view.index < 0 || view.index >= rt.def.ui.pages.length ? (
        <NotFound />
      ) : (
        <WizardPage rt={rt} index={view.index} fromCheck={view.fromCheck} />
      )}
    </>
  );
}
