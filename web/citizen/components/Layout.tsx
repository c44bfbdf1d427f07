// The frame of every page: skip link, header with the language and display switches, main.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { UI_LANGS, htmlLang, useLang } from '../i18n/index.ts';
import { useLocation } from '../lib/router.ts';
import { DisplaySettings } from './DisplaySettings.tsx';

export function Layout({ children }: { children: ComponentChildren }) {
  const { lang, t, setLang } = useLang();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('skip')}
      </a>
      <header class="site-header">
        <div class="site-header__inner">
          <a class="site-header__name" href="/">
            {t('app.name')}
          </a>
          <div class="lang-switch" role="group" aria-label={t('lang.label')}>
            {UI_LANGS.map((l) => (
              <button
                key={l.lang}
                type="button"
                lang={htmlLang(l.lang)}
                class="lang-switch__button"
                aria-pressed={l.lang === lang ? 'true' : 'false'}
                onClick={() => setLang(l.lang)}
              >
                {l.name}
              </button>
            ))}
          </div>
          <DisplaySettings />
        </div>
      </header>
      <main id="main" class="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/**
 * The page's h1. After an in-app navigation it takes focus, so screen reader users hear
 * where they are (a full page load starts at the top anyway). Also sets document.title.
 */
export function PageTitle({ children, title, focus = true }: { children: ComponentChildren; title: string; focus?: boolean }) {
  const h1 = useRef<HTMLHeadingElement>(null);
  const { seq } = useLocation();
  const { t } = useLang();
  useEffect(() => {
    document.title = `${title} | ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (seq > 0 && focus) h1.current?.focus({ preventScroll: true });
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

export function LoadError({ retry }: { retry: () => void }) {
  const { t } = useLang();
  return (
    <div class="notice notice--error" role="alert">
      <p>{t('error.load')}</p>
      <button type="button" class="button button--secondary" onClick={retry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

export function NotFound({ message }: { message?: string }) {
  const { t } = useLang();
  return (
    <>
      <PageTitle title={t('notFound.title')}>{t('notFound.title')}</PageTitle>
      <p>{message ?? t('notFound.body')}</p>
      <p>
        <a class="link-target" href="/">
          {t('app.home')}
        </a>
      </p>
    </>
  );
}
