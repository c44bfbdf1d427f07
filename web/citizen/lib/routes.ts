// The app's URLs: / (list), /forms/:id[/p/:n|/check|/done|/example], /s/:token (status);
// /preview/:id/... is the same form views on a staff draft (lib/preview.ts).

/** What a /forms/:id/... URL shows. */
export type FormView =
  | { kind: 'page'; index: number; fromCheck: boolean }
  | { kind: 'check' }
  | { kind: 'done' }
  | { kind: 'example'; from: number };

export type Route =
  | { kind: 'list' }
  | { kind: 'form'; id: string; view: FormView }
  | { kind: 'status'; token: string }
  | { kind: 'notFound' };

export function route(path: string, query: URLSearchParams): Route {
  if (path === '/' || path === '') return { kind: 'list' };
  const m = /^\/(?:forms|preview)\/([^/]+)(?:\/(p\/(\d+)|check|done|example))?\/?$/.exec(path);
  if (m) {
    const id = decodeURIComponent(m[1]!);
    if (m[3]) return { kind: 'form', id, view: { kind: 'page', index: Number(m[3]) - 1, fromCheck: query.get('from') === 'check' } };
    if (m[2] === 'check') return { kind: 'form', id, view: { kind: 'check' } };
    if (m[2] === 'done') return { kind: 'form', id, view: { kind: 'done' } };
    if (m[2] === 'example') return { kind: 'form', id, view: { kind: 'example', from: Number(query.get('from')) || 1 } };
    return { kind: 'form', id, view: { kind: 'page', index: 0, fromCheck: false } };
  }
  const s = /^\/s\/([^/]+)\/?$/.exec(path);
  if (s) return { kind: 'status', token: decodeURIComponent(s[1]!) };
  return { kind: 'notFound' };
}
