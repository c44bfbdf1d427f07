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
  | { kind: 'notFound' };

export function staffRoute(path: string): StaffRoute {
  const p = path.replace(/\/+$/, '') || '/';
  if (p === '/staff' || p === '/staff/forms') return { kind: 'forms' };
  if (p === '/staff/login') return { kind: 'login' };
  if (p === '/staff/setup') return { kind: 'setup' };
  if (p === '/staff/users') return { kind: 'users' };
  if (p === '/staff/forms/new') return { kind: 'newForm' };
  const m = /^\/staff\/forms\/([^/]+)(?:\/(build|settings|publish|versions\/(\d+)))?$/.exec(p);
  if (m) {
    const id = decodeURIComponent(m[1]!);
    if (m[3]) return { kind: 'version', id, version: Number(m[3]) };
    if (m[2] === 'build' || m[2] === 'settings' || m[2] === 'publish') return { kind: m[2], id };
    return { kind: 'form', id };
  }
  return { kind: 'notFound' };
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
};
