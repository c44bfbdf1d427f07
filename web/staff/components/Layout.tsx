// The frame of every staff page: skip link, header (app name, navigation, who is signed in,
// log out, language), main. PageTitle is the h1 that takes focus after in-app navigation.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from '../../citizen/lib/router.ts';
import { UI_LANGS, useLang } from '../i18n/index.ts';
import { paths } from '../lib/routes.ts';
import { canProcessAny, isAdmin } from '../lib/roles.ts';
import { useSession } from '../lib/session.ts';

export function Layout({ children, wide }: { children: ComponentChildren; wide?: boolean }) {
  const { lang, t, setLang } = useLang();
  const session = useSession();
  const user = session.user;
  return (
    <>
      <a class="skip-link" href="#main">
        {t('skip')}
      </a>
      <header class="site-header">
        <div class="site-header__inner">
          <a class="site-header__name" href={paths.forms}>
            {t('app.name')}
          </a>
          {user && (
            <nav class="site-nav" aria-label={t('nav.label')}>
              {canProcessAny(user) && <NavLink href={paths.inbox} label={t('nav.inbox')} />}
              {canProcessAny(user) && <NavLink href={paths.counter} label={t('nav.counter')} />}
              <NavLink href={paths.forms} label={t('nav.forms')} />
              {isAdmin(user) && <NavLink href={paths.users} label={t('nav.users')} />}
              {isAdmin(user) && <NavLink href={paths.audit} label={t('nav.audit')} />}
            </nav>
          )}
          <div class="site-header__tools">
            {user && (
              <>
                <span class="site-header__user">{t('nav.signedInAs', { name: user.displayName || user.login })}</span>
                <button type="button" class="button button--small button--secondary" onClick={() => session.logout()}>
                  {t('nav.logout')}
                </button>
              </>
            )}
            <div class="lang-switch" role="group" aria-label={t('lang.label')}>
              {UI_LANGS.map((l) => (
                <button
                  key={l.lang}
                  type="button"
                  lang={l.lang}
                  class="button button--small button--secondary"
                  aria-pressed={l.lang === lang ? 'true' : 'false'}
                  onClick={() => setLang(l.lang)}
                >
                  {l.name}
                </button>
              ))}
            </div>
          </div>
        </div>
      </header>
      <main id="main" class={wide ? 'main main--wide' : 'main'} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/** A header link that says when it is the page shown (aria-current). */
function NavLink({ href, label }: { href: string; label: string }) {
  const { path } = useLocation();
  const here = path.replace(/\/+$/, '') === href.replace(/\/+$/, '');
  return (
    <a href={href} aria-current={here ? 'page' : undefined}>
      {label}
    </a>
  );
}

export function PageTitle({ children, title }: { children: ComponentChildren; title: string }) {
  const h1 = useRef<HTMLHeadingElement>(null);
  const { seq } = useLocation();
  const { t } = useLang();
  useEffect(() => {
    document.title = `${title} | ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (seq > 0) h1.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 class="page-title" ref={h1} tabIndex={-1}>
      {children}
    </h1>
  );
}

export function Loading() {
  const { t } = useLang();
  return (
    <p class="loading" role="status">
      {t('loading')}
    </p>
  );
}

export function LoadFailed({ retry, status }: { retry: () => void; status?: number }) {
  const { t } = useLang();
  return (
    <div class="notice notice--error" role="alert">
      <p>{status === 404 ? t('error.notFound') : status === 403 ? t('error.forbidden') : t('error.load')}</p>
      {status !== 404 && status !== 403 && (
        <button type="button" class="button button--secondary" onClick={retry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}

export function NotFound() {
  const { t } = useLang();
  return (
    <>
      <PageTitle title={t('notFound.title')}>{t('notFound.title')}</PageTitle>
      <p>
        <a href={paths.forms}>{t('nav.forms')}</a>
      </p>
    </>
  );
}
