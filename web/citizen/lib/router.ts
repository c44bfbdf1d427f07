// A tiny History API router: paths are the app's state (so the back button works), and
// same-origin link clicks are handled without reloading the page.
import { useEffect, useState } from 'preact/hooks';

export interface Location {
  path: string;
  query: URLSearchParams;
  hash: string;
  /** Counts navigations inside the app; 0 on the first page shown. */
  seq: number;
}

let seq = 0;
const listeners = new Set<() => void>();

function current(): Location {
  return { path: location.pathname, query: new URLSearchParams(location.search), hash: location.hash.slice(1), seq };
}

function notify(): void {
  seq++;
  for (const l of [...listeners]) l();
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = () => setLoc(current());
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
  }, []);
  return loc;
}

/** Routes clicks on ordinary same-origin links through navigate(). */
export function interceptLinks(root: HTMLElement): () => void {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || a.target || a.hasAttribute('download')) return;
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#')) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    e.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  };
  const onPop = () => notify();
  root.addEventListener('click', onClick);
  addEventListener('popstate', onPop);
  return () => {
    root.removeEventListener('click', onClick);
    removeEventListener('popstate', onPop);
  };
}

/** Focuses the element with `id`, or the first focusable thing inside it. */
export function focusById(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  const target = el.matches('input, select, textarea, button, a[href], [tabindex]')
    ? el
    : el.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, button, a[href]');
  if (!target) return false;
  target.focus();
  target.scrollIntoView({ block: 'center' });
  return true;
}
