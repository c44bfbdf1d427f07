// The app's URLs: / (list), /forms/:id[/p/:n|/check|/done|/example], /s/:token (status),
// /s/:token/fix[/p/:n|/check|/example] (correcting a returned application in the same
// wizard); /preview/:id/... is the same form views on a staff draft (lib/preview.ts), and
// /proxy/forms/:id/... on the counter tablet (lib/proxy-mode.ts); /my and /my/:token, 「申請の一覧」.

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
  | { kind: 'fix'; token: string; view: FormView }
  | { kind: 'my' }
  | { kind: 'myList'; token: string }
  | { kind: 'resume'; token: string }
  | { kind: 'notFound' };

function formView(part: string | undefined, page: string | undefined, query: URLSearchParams): FormView {
  if (page) return { kind: 'page', index: Number(page) - 1, fromCheck: query.get('from') === 'check' };
  if (part === 'check' || part === 'done') return { kind: part };
  if (part === 'example') return { kind: 'example', from: Number(query.get('from')) || 1 };
  return { kind: 'page', index: 0, fromCheck: false };
}

export function route(path: string, query: URLSearchParams): Route {
  if (path === '/' || path === '') return { kind: 'list' };
  const m = /^\/(?:forms|preview|proxy\/forms)\/([^/]+)(?:\/(p\/(\d+)|check|done|example))?\/?$/.exec(path);
  if (m) return { kind: 'form', id: decodeURIComponent(m[1]!), view: formView(m[2], m[3], query) };
  const s = /^\/s\/([^/]+)(\/fix(?:\/(p\/(\d+)|check|example))?)?\/?$/.exec(path);
  if (s) {
    const token = decodeURIComponent(s[1]!);
    return s[2] ? { kind: 'fix', token, view: formView(s[3], s[4], query) } : { kind: 'status', token };
  }
  // /resume/:token: a 一時保存 link (pages/ResumePage.tsx).
  const resume = /^\/resume\/([^/]+)\/?$/.exec(path);
  if (resume) return { kind: 'resume', token: decodeURIComponent(resume[1]!) };
  if (path === '/my' || path === '/my/') return { kind: 'my' };
  const my = /^\/my\/([^/]+)\/?$/.exec(path);
  if (my) return { kind: 'myList', token: decodeURIComponent(my[1]!) };
  return { kind: 'notFound' };
}
