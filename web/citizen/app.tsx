// The citizen app: language, answer store and routes.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Layout, NotFound } from './components/Layout.tsx';
import { pickLang } from '../../core/i18n.ts';
import { LangContext, UI_LANGS, type UiLang, hasCatalogue, htmlLang, isUiLang, loadCatalogue, translator } from './i18n/index.ts';
import { interceptLinks, useLocation } from './lib/router.ts';
import { route } from './lib/routes.ts';
import { FormPage } from './pages/FormPage.tsx';
import { ListPage } from './pages/ListPage.tsx';
import { lazy } from './lib/lazy.tsx';
import { Store, StoreContext } from './store.ts';

const StatusPage = lazy(() => import('./pages/StatusPage.tsx').then((m) => m.StatusPage));
const MyRequestPage = lazy(() => import('./pages/MyApplicationsPage.tsx').then((m) => m.MyRequestPage));
const MyListPage = lazy(() => import('./pages/MyApplicationsPage.tsx').then((m) => m.MyListPage));
const CorrectionPage = lazy(() => import('./pages/CorrectionPage.tsx').then((m) => m.CorrectionPage));
const ResumePage = lazy(() => import('./pages/ResumePage.tsx').then((m) => m.ResumePage));

const LANG_KEY = 'madoguchi.lang';

function initialLang(): UiLang {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (isUiLang(saved)) return saved;
  } catch {
    // storage may be disabled; fall through
  }
  // The browser's languages in order (vi-VN → Tiếng Việt), Japanese when none is offered.
  const wanted = navigator.languages?.length ? navigator.languages.join(',') : navigator.language;
  const lang = pickLang(wanted, UI_LANGS.map((l) => l.lang));
  return isUiLang(lang) ? lang : 'ja';
}

export function App(props: { store?: Store }) {
  const [store] = useState(() => props.store ?? new Store()); // one store for the app's lifetime
  const [lang, setLangState] = useState<UiLang>(() => (hasCatalogue(initialLang()) ? initialLang() : 'ja'));
  const t = useMemo(() => translator(lang), [lang]);
  const loc = useLocation();
  const langState = useMemo(
    () => ({
      lang,
      t,
      setLang(next: UiLang) {
        try {
          localStorage.setItem(LANG_KEY, next);
        } catch {
          // not remembered; still switched
        }
        // Switch once the texts are there; answers live in the store and are kept.
        loadCatalogue(next).then(
          () => setLangState(next),
          () => {},
        );
      },
    }),
    [lang, t],
  );

  useEffect(() => interceptLinks(document.body), []);
  useEffect(() => {
    const wanted = initialLang();
    if (wanted !== lang) langState.setLang(wanted);
  }, []);
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
  }, [lang]);
  useEffect(() => {
    if (loc.seq > 0 && !loc.hash) window.scrollTo(0, 0);
  }, [loc.path, loc.seq]);

  const r = route(loc.path, loc.query);
  const key = `${loc.path}?${loc.query.toString()}`;
  return (
    <StoreContext.Provider value={store}>
      <LangContext.Provider value={langState}>
        <Layout>
          {r.kind === 'list' && <ListPage key={key} />}
          {r.kind === 'form' && <FormPage key={key} id={r.id} view={r.view} />}
          {r.kind === 'status' && <StatusPage key={key} token={r.token} />}
          {r.kind === 'fix' && <CorrectionPage key={key} token={r.token} view={r.view} />}
          {r.kind === 'resume' && <ResumePage key={key} token={r.token} />}
          {r.kind === 'my' && <MyRequestPage key={key} />}
          {r.kind === 'myList' && <MyListPage key={key} token={r.token} />}
          {r.kind === 'notFound' && <NotFound key={key} />}
        </Layout>
      </LangContext.Provider>
    </StoreContext.Provider>
  );
}
