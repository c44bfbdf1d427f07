// The staff app's URLs, all under /staff (the server answers /staff/* with this app).
export type StaffRoute =
  | { kind: 'forms' }
  | { kind: 'login' }
  | { kind: 'setup' }
  | { kind: 'newForm' }
  | { kind: 'form'; id: string }
  | { kind: 'build'; id: string }
  | { kind: 'settings'; id: string }
  | { kind: 'publish'; id: string }
  | { kind: 'version'; id: string; version: number }
  | { kind: 'users' }
  | { kind: 'inbox' }
  | { kind: 'submission'; receiptNumber: string }
  | { kind: 'receipt'; receiptNumber: string }
  | { kind: 'counter' }
  | { kind: 'aggregate'; id: string }
  | { kind: 'layouts'; id: string }
  | { kind: 'audit' }
  | { kind: 'notFound' };

export function staffRoute(path: string): StaffRoute {
  const p = path.replace(/\/+$/, '') || '/';
  if (p === '/staff' || p === '/staff/forms') return { kind: 'forms' };
  if (p === '/staff/login') return { kind: 'login' };
  if (p === '/staff/setup') return { kind: 'setup' };
  if (p === '/staff/users') return { kind: 'users' };
  if (p === '/staff/forms/new') return { kind: 'newForm' };
  if (p === '/staff/inbox') return { kind: 'inbox' };
  if (p === '/staff/counter') return { kind: 'counter' };
  if (p === '/staff/audit') return { kind: 'audit' };
  const s = /^\/staff\/(submissions|r)\/([^/]+)$/.exec(p);
  if (s) return { kind: s[1] === 'r' ? 'receipt' : 'submission', receiptNumber: safeDecode(s[2]!) };
  const m = /^\/staff\/forms\/([^/]+)(?:\/(build|settings|publish|aggregate|layouts|versions\/(\d+)))?$/.exec(p);
  if (m) {
    const id = safeDecode(m[1]!);
    if (m[3]) return { kind: 'version', id, version: Number(m[3]) };
    if (m[2] === 'build' || m[2] === 'settings' || m[2] === 'publish' || m[2] === 'aggregate' || m[2] === 'layouts') return { kind: m[2], id };
    return { kind: 'form', id };
  }
  return { kind: 'notFound' };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a malformed escape: the server answers 404 for it
  }
}

const enc = encodeURIComponent;
export const paths = {
  forms: '/staff/',
  login: '/staff/login',
  users: '/staff/users',
  newForm: '/staff/forms/new',
  form: (id: string) => `/staff/forms/${enc(id)}`,
  build: (id: string) => `/staff/forms/${enc(id)}/build`,
  settings: (id: string) => `/staff/forms/${enc(id)}/settings`,
  publish: (id: string) => `/staff/forms/${enc(id)}/publish`,
  version: (id: string, v: number) => `/staff/forms/${enc(id)}/versions/${v}`,
  preview: (id: string) => `/preview/${enc(id)}/`,
  inbox: '/staff/inbox',
  counter: '/staff/counter',
  audit: '/staff/audit',
  submission: (rn: string) => `/staff/submissions/${enc(rn)}`,
  receipt: (rn: string) => `/staff/r/${enc(rn)}`,
  aggregate: (id: string) => `/staff/forms/${enc(id)}/aggregate`,
  layouts: (id: string) => `/staff/forms/${enc(id)}/layouts`,
};
