// The staff app: language, session gate and routes. Without a session every URL shows the
// login form and, once signed in, the page that was asked for (links in e-mails work).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { interceptLinks, navigate, useLocation } from '../citizen/lib/router.ts';
import { Layout, Loading, NotFound } from './components/Layout.tsx';
import { LangContext, type UiLang, isUiLang, translator } from './i18n/index.ts';
import { api, setApiLang, setCsrfToken, whenUnauthenticated, type User } from './lib/api.ts';
import { paths, staffRoute } from './lib/routes.ts';
import { SessionContext, type SessionState } from './lib/session.ts';
import { BuilderPage } from './builder/BuilderPage.tsx';
import { FormPage } from './pages/FormPage.tsx';
import { FormsPage } from './pages/FormsPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NewFormPage } from './pages/NewFormPage.tsx';
import { PublishPage } from './pages/PublishPage.tsx';
import { SettingsPage } from './pages/SettingsPage.tsx';
import { SetupPage } from './pages/SetupPage.tsx';
import { UsersPage } from './pages/UsersPage.tsx';
import { VersionPage } from './pages/VersionPage.tsx';
import { AggregatePage } from './pages/AggregatePage.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { CounterPage } from './pages/CounterPage.tsx';
import { InboxPage } from './pages/InboxPage.tsx';
import { LayoutsPage } from './pages/LayoutsPage.tsx';
import { SubmissionPage } from './pages/SubmissionPage.tsx';
import { homeFor } from './lib/roles.ts';

const LANG_KEY = 'madoguchi.staff.lang';

function initialLang(): UiLang {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (isUiLang(saved)) return saved;
  } catch {
    // storage disabled: use the browser's language
  }
  return (navigator.language ?? '').toLowerCase().startsWith('en') ? 'en' : 'ja';
}

export function App() {
  const [lang, setLangState] = useState<UiLang>(initialLang);
  const t = useMemo(() => translator(lang), [lang]);
  const [user, setUser] = useState<User | null | undefined>(undefined); // undefined: not asked yet
  const loc = useLocation();
  setApiLang(lang);

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
        setLangState(next);
      },
    }),
    [lang, t],
  );
  const session = useMemo<SessionState>(
    () => ({
      user: user ?? null,
      signedIn(u, csrf) {
        setCsrfToken(csrf);
        setUser(u);
        if (staffRoute(location.pathname).kind === 'login') navigate(homeFor(u) === 'inbox' ? paths.inbox : paths.forms, { replace: true });
        else if (isRoot(location.pathname) && homeFor(u) === 'inbox') navigate(paths.inbox, { replace: true });
      },
      logout() {
        api.logout().finally(() => {
          setCsrfToken('');
          setUser(null);
          navigate(paths.login);
        });
      },
    }),
    [user],
  );

  useEffect(() => interceptLinks(document.body), []);
  useEffect(() => {
    whenUnauthenticated(() => setUser(null));
    api.session().then(
      (r) => {
        if (r.status === 200 && r.body.user) {
          setCsrfToken(r.body.csrfToken);
          setUser(r.body.user);
        } else setUser(null);
      },
      () => setUser(null),
    );
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const r = staffRoute(loc.path);
  const key = `${loc.path}?${loc.query.toString()}`;
  let page;
  if (user === undefined) page = <Loading />;
  else if (r.kind === 'setup') page = <SetupPage />;
  else if (!user) page = <LoginPage />;
  else if (r.kind === 'login') page = <FormsPage key={key} />;
  else if (r.kind === 'forms' && isRoot(loc.path) && homeFor(user) === 'inbox') page = <Redirect to={paths.inbox} />;
  else if (r.kind === 'forms') page = <FormsPage key={key} />;
  else if (r.kind === 'newForm') page = <NewFormPage key={key} />;
  else if (r.kind === 'form') page = <FormPage key={key} id={r.id} />;
  else if (r.kind === 'build') page = <BuilderPage key={r.id} id={r.id} />;
  else if (r.kind === 'settings') page = <SettingsPage key={key} id={r.id} />;
  else if (r.kind === 'publish') page = <PublishPage key={key} id={r.id} />;
  else if (r.kind === 'version') page = <VersionPage key={key} id={r.id} version={r.version} />;
  else if (r.kind === 'users') page = <UsersPage key={key} />;
  else if (r.kind === 'inbox') page = <InboxPage key={key} />;
  else if (r.kind === 'submission') page = <SubmissionPage key={key} receiptNumber={r.receiptNumber} />;
  else if (r.kind === 'receipt') page = <Redirect to={paths.submission(r.receiptNumber)} />;
  else if (r.kind === 'counter') page = <CounterPage key={key} />;
  else if (r.kind === 'aggregate') page = <AggregatePage key={key} id={r.id} />;
  else if (r.kind === 'layouts') page = <LayoutsPage key={key} id={r.id} />;
  else if (r.kind === 'audit') page = <AuditPage key={key} />;
  else page = <NotFound />;
  return (
    <LangContext.Provider value={langState}>
      <SessionContext.Provider value={session}>
        <Layout wide={!!user && r.kind === 'build'}>{page}</Layout>
      </SessionContext.Provider>
    </LangContext.Provider>
  );
}

/** /staff/ is the inbox for a clerk; /staff/r/:receiptNumber (the receipt QR code) the submission. */
function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return <Loading />;
}

const isRoot = (path: string) => path.replace(/\/+$/, '') === '/staff';
