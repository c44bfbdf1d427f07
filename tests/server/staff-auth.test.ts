// Staff accounts and sessions over HTTP: login, logout, expiry, CSRF, lockout, the
// one-time setup link, the admin CLI and the admin-only user routes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { setupTokens, staffSessions, users } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { cookieOf, createStaffUser, injectWithLogin, loginAs, TEST_PASSWORD } from '../helpers/staff.ts';
import { columnsOf, inDatabase } from '../helpers/stored-data.ts';
import { type TestDatabase, testDatabase } from '../helpers/test-database.ts';

const HOUR = 60 * 60 * 1000;
const START = new Date('2026-11-22T00:00:00Z');
let clock = START;
const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, () => clock);
});
afterAll(async () => t.close());

const login = (app: FastifyInstance, l: string, password: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/staff/session', payload: { login: l, password }, headers });

// Every staff route, with a body where one is needed: none may answer anything but 401
// to a request without a valid session.
const STAFF_ROUTES: [string, string][] = [
  ['GET', '/api/staff/session'],
  ['DELETE', '/api/staff/session'],
  ['GET', '/api/staff/users'],
  ['POST', '/api/staff/users'],
  ['PUT', '/api/staff/users/1'],
  ['GET', '/api/staff/departments'],
  ['GET', '/api/staff/forms'],
  ['GET', '/api/staff/templates'],
  ['POST', '/api/staff/forms'],
  ['GET', '/api/staff/forms/risai-shomei'],
  ['GET', '/api/staff/forms/risai-shomei/versions/1'],
  ['PUT', '/api/staff/forms/risai-shomei/draft'],
  ['DELETE', '/api/staff/forms/risai-shomei/draft'],
  ['POST', '/api/staff/forms/risai-shomei/publish'],
  ['POST', '/api/staff/forms/risai-shomei/unpublish'],
  ['GET', '/api/staff/forms/risai-shomei/export'],
  ['GET', '/api/staff/forms/risai-shomei/preview'],
  ['GET', '/api/staff/forms/risai-shomei/preview/validator.js'],
];

async function reachesNothing(app: FastifyInstance, headers: Record<string, string>) {
  for (const [method, url] of STAFF_ROUTES) {
    const res = await app.inject({ method: method as 'GET', url, headers, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }) });
    expect(res.statusCode, `${method} ${url}`).toBe(401);
    expect(res.json().error).toBe('unauthenticated');
  }
}

describe('logging in and out', () => {
  it('logs in with a session cookie that is httpOnly, SameSite=Strict, and stored only as a hash', async () => {
    await createStaffUser(t.app, { login: 'suzuki', roles: [{ department: '子育て支援課', role: 'clerk' }] });
    const res = await login(t.app, 'Suzuki', TEST_PASSWORD); // logins ignore case
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ login: 'suzuki', displayName: 'suzuki', roles: [{ department: '子育て支援課', role: 'clerk' }] });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^madoguchi_staff=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    expect(setCookie).not.toContain('Secure'); // served over http here
    expect(res.headers['cache-control']).toBe('no-store');

    const value = cookieOf(res).split('=')[1]!;
    const rows = await t.app.ctx.db.select({ idHash: staffSessions.idHash }).from(staffSessions);
    expect(rows.some((r) => r.idHash === value)).toBe(false);
    expect(rows.length).toBeGreaterThan(0);

    const me = await t.app.inject({ url: '/api/staff/session', headers: { cookie: cookieOf(res) } });
    expect(me.json()).toEqual({ user: body.user, csrfToken: body.csrfToken });
  });

  it('answers a wrong password and an unknown login the same way', async () => {
    await createStaffUser(t.app, { login: 'sato', roles: [] });
    const wrong = await login(t.app, 'sato', 'not the password at all');
    const unknown = await login(t.app, 'nobody', 'whatever it is', { 'accept-language': 'en' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: 'badCredentials', message: 'ログインIDまたはパスワードが正しくありません。' });
    expect(unknown.json()).toEqual({ error: 'badCredentials', message: 'The login or password is not correct.' });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a disabled user', async () => {
    await createStaffUser(t.app, { login: 'retired', roles: [] });
    await t.app.ctx.writes.run((tx) => tx.update(users).set({ disabled: true }).where(eq(users.login, 'retired')));
    expect((await login(t.app, 'retired', TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('logs out: the session is deleted server-side and reaches nothing afterwards', async () => {
    const s = await loginAs(t.app, 'takahashi', [{ department: '介護保険課', role: 'designer' }]);
    expect((await s('/api/staff/forms')).statusCode).toBe(200);
    const out = await s({ method: 'DELETE', url: '/api/staff/session' });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    await reachesNothing(t.app, { cookie: s.cookie, 'x-csrf-token': s.csrfToken });
  });

  it('reaches nothing without a cookie or with a made-up one', async () => {
    await reachesNothing(t.app, {});
    await reachesNothing(t.app, { cookie: `madoguchi_staff=${'A'.repeat(43)}` });
  });

  it('ends a session after 8 hours without activity', async () => {
    const s = await loginAs(t.app, 'idle', [{ department: '介護保険課', role: 'clerk' }]);
    later(4 * HOUR);
    expect((await s('/api/staff/session')).statusCode).toBe(200);
    later(7 * HOUR + 59 * 60 * 1000); // 11:59 after login, 7:59 after the last request
    expect((await s('/api/staff/session')).statusCode).toBe(200);
    const quiet = await loginAs(t.app, 'quiet', [{ department: '介護保険課', role: 'clerk' }]);
    later(8 * HOUR);
    await reachesNothing(t.app, { cookie: quiet.cookie, 'x-csrf-token': quiet.csrfToken });
  });

  it('ends a session 12 hours after login however active it is', async () => {
    const s = await loginAs(t.app, 'busy', [{ department: '介護保険課', role: 'clerk' }]);
    for (let h = 0; h < 11; h++) {
      later(HOUR);
      expect((await s('/api/staff/forms')).statusCode).toBe(200);
    }
    later(HOUR);
    expect((await s('/api/staff/forms')).statusCode).toBe(401);
  });

  it('takes the idle timeout from STAFF_SESSION_IDLE_MINUTES and marks the cookie Secure behind https', async () => {
    const config = loadConfig({ STAFF_SESSION_IDLE_MINUTES: '30', PUBLIC_URL: 'https://shinsei.example.lg.jp/' });
    expect(config.staffSessionIdleMinutes).toBe(30);
    let now = START;
    const own = await createTestApp({ staffSessionIdleMinutes: 30, publicUrl: config.publicUrl }, () => now);
    try {
      await createStaffUser(own.app, { login: 'kimura', roles: [] });
      const res = await login(own.app, 'kimura', TEST_PASSWORD);
      expect(String(res.headers['set-cookie'])).toMatch(/; Secure$/);
      const headers = { cookie: cookieOf(res) };
      now = new Date(START.getTime() + 29 * 60 * 1000);
      expect((await own.app.inject({ url: '/api/staff/session', headers })).statusCode).toBe(200);
      now = new Date(now.getTime() + 30 * 60 * 1000);
      expect((await own.app.inject({ url: '/api/staff/session', headers })).statusCode).toBe(401);
    } finally {
      await own.close();
    }
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the session token, and reads need none', async () => {
    const s = await loginAs(t.app, 'csrf-user', [{ department: '子育て支援課', role: 'designer' }]);
    const blank = { blank: { id: 'csrf-form', title: 'テスト', department: '子育て支援課', category: 'other' } };
    for (const token of [undefined, '', 'x'.repeat(43)]) {
      const headers: Record<string, string> = { cookie: s.cookie };
      if (token !== undefined) headers['x-csrf-token'] = token;
      const res = await t.app.inject({ method: 'POST', url: '/api/staff/forms', payload: blank, headers });
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toBe('csrf');
      const put = await t.app.inject({ method: 'PUT', url: '/api/staff/forms/csrf-form/draft', payload: {}, headers });
      expect(put.json().error).toBe('csrf');
      const del = await t.app.inject({ method: 'DELETE', url: '/api/staff/session', headers });
      expect(del.json().error).toBe('csrf');
    }
    expect((await t.app.inject({ url: '/api/staff/forms/csrf-form', headers: { cookie: s.cookie } })).statusCode).toBe(404); // nothing was created
    expect((await t.app.inject({ url: '/api/staff/forms', headers: { cookie: s.cookie } })).statusCode).toBe(200);
    expect((await s({ method: 'POST', url: '/api/staff/forms', payload: blank })).statusCode).toBe(201);
  });

  it("does not accept another session's token", async () => {
    const a = await loginAs(t.app, 'csrf-a', [{ department: '子育て支援課', role: 'designer' }]);
    const b = await loginAs(t.app, 'csrf-b', [{ department: '子育て支援課', role: 'designer' }]);
    const res = await t.app.inject({ method: 'DELETE', url: '/api/staff/session', headers: { cookie: a.cookie, 'x-csrf-token': b.csrfToken } });
    expect(res.statusCode).toBe(403);
  });
});

describe('lockout', () => {
  it('locks a login after 5 failures in 15 minutes, even for the right password, and lets it in again after', async () => {
    await createStaffUser(t.app, { login: 'yamada', roles: [] });
    for (let i = 0; i < 5; i++) {
      expect((await login(t.app, 'yamada', `wrong password ${i}`)).statusCode).toBe(401);
      later(60 * 1000);
    }
    const locked = await login(t.app, 'yamada', TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ error: 'locked', retryAfter: 10 * 60 }); // first failure + 15 min
    expect(locked.json().message).toContain('10分');
    // Attempts while locked are not failures: they do not push the end further.
    later(9 * 60 * 1000);
    expect((await login(t.app, 'yamada', 'wrong again!!')).json().retryAfter).toBe(60);
    expect((await login(t.app, 'yamada', TEST_PASSWORD)).statusCode).toBe(429);
    later(60 * 1000);
    expect((await login(t.app, 'yamada', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('counts failures per login, for unknown logins too, and records neither password nor address', async () => {
    for (let i = 0; i < 5; i++) await login(t.app, 'ghost', 'secret-guess-1234');
    expect((await login(t.app, 'ghost', 'anything else')).statusCode).toBe(429);
    await createStaffUser(t.app, { login: 'neighbour', roles: [] });
    expect((await login(t.app, 'neighbour', TEST_PASSWORD)).statusCode).toBe(200);
    expect(await columnsOf(t, 'login_failures')).toEqual(['id', 'login', 'at']);
    expect(await inDatabase(t, 'secret-guess-1234')).toBe(false);
  });
});

describe('first administrator', () => {
  async function freshApp(dataDir: string, database: TestDatabase) {
    const lines: string[] = [];
    const config = loadConfig(database.env, { dataDir, logLevel: 'info', publicUrl: 'https://shinsei.example.lg.jp' });
    const app = await buildApp(config, { logStream: { write: (line) => void lines.push(line) } });
    const setupLine = lines.find((l) => l.includes('/staff/setup#token='));
    const token = setupLine ? /#token=([A-Za-z0-9_-]+)/.exec(setupLine)![1]! : undefined;
    return { app, lines, token };
  }

  it('prints a one-time link on first start; the link creates the first admin once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-setup-'));
    const database = await testDatabase();
    try {
      const first = await freshApp(dataDir, database);
      expect(first.token).toBeDefined();
      expect(first.lines.join('\n')).toContain('https://shinsei.example.lg.jp/staff/setup#token=');
      await first.app.close();
      // A restart prints a new link; the old one no longer works.
      const { app, token, lines } = await freshApp(dataDir, database);
      expect(token).not.toBe(first.token);
      expect((await app.inject('/api/staff/setup')).json()).toEqual({ needed: true });

      const setup = (body: object) => app.inject({ method: 'POST', url: '/api/staff/setup', payload: body });
      const admin = { login: 'admin', password: 'a long enough passphrase', displayName: '情報政策課 管理者' };
      expect((await setup({ ...admin, token: first.token })).json().error).toBe('badSetupToken');
      expect((await setup({ ...admin, token: 'guess' })).statusCode).toBe(403);
      // A mistake in the form does not use the link up.
      const short = await setup({ ...admin, token, password: 'short' });
      expect(short.statusCode).toBe(400);
      expect(short.json().errors).toEqual([expect.objectContaining({ path: '/password' })]);
      // Only the hash is stored.
      const stored = await app.ctx.db.select({ hash: setupTokens.hash }).from(setupTokens);
      expect(stored).toHaveLength(1);
      expect(stored[0]!.hash).not.toContain(token!);

      const done = await setup({ ...admin, token });
      expect(done.statusCode).toBe(201);
      expect(done.json().user).toMatchObject({ login: 'admin', displayName: '情報政策課 管理者', roles: [{ department: '全庁', role: 'admin' }] });
      expect(String(done.headers['set-cookie'])).toContain('madoguchi_staff=');
      expect((await app.inject({ url: '/api/staff/users', headers: { cookie: cookieOf(done) } })).statusCode).toBe(200);

      expect((await setup({ ...admin, login: 'second', token })).json().error).toBe('setupDone');
      expect((await app.inject('/api/staff/setup')).json()).toEqual({ needed: false });
      expect(await app.ctx.db.$count(setupTokens)).toBe(0);
      expect(lines.join('\n')).not.toContain(admin.password);
      await app.close();
      // With a user, no link is printed any more.
      const again = await freshApp(dataDir, database);
      expect(again.token).toBeUndefined();
      await again.app.close();
    } finally {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('npm run admin -- create', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await testDatabase();
  });
  afterEach(async () => database.drop());
  const cli = (dataDir: string, args: string[], input: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/admin.ts', ...args], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { ...process.env, DATA_DIR: dataDir, ...database.env, LANG: 'C' },
      input,
      encoding: 'utf8',
    });

  it('creates an administrator with the password from standard input', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-cli-'));
    try {
      const ok = cli(dataDir, ['create', '--login', 'Admin', '--display-name', '管理者', '--department', '情報政策課'], 'cli password 1234\nignored\n');
      expect(ok.status, ok.stderr).toBe(0);
      expect(ok.stdout).toContain('created administrator "admin" (情報政策課)');

      const taken = cli(dataDir, ['create', '--login', 'admin'], 'another password!\n');
      expect(taken.status).toBe(1);
      expect(taken.stderr).toContain('already in use');
      const short = cli(dataDir, ['create', '--login', 'other'], 'short\n');
      expect(short.status).toBe(1);
      expect(short.stderr).toContain('at least 12 characters');
      expect(cli(dataDir, ['create'], 'whatever password\n').status).toBe(2);
      expect(cli(dataDir, ['create', '--login', 'x1'], '').stderr).toContain('no password');

      const app = await buildApp(loadConfig(database.env, { dataDir, logLevel: 'silent' }));
      try {
        const res = await login(app, 'admin', 'cli password 1234');
        expect(res.statusCode).toBe(200);
        expect(res.json().user).toMatchObject({ displayName: '管理者', roles: [{ department: '情報政策課', role: 'admin' }] });
        expect((await app.inject('/api/staff/setup')).json()).toEqual({ needed: false });
      } finally {
        await app.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('user administration', () => {
  it('is for administrators only', async () => {
    const designer = await loginAs(t.app, 'not-admin', [{ department: '子育て支援課', role: 'designer' }]);
    expect((await designer('/api/staff/users')).statusCode).toBe(403);
    const user = { login: 'x', displayName: 'x', password: 'long enough password', roles: [] };
    const create = await designer({ method: 'POST', url: '/api/staff/users', payload: user });
    expect(create.statusCode).toBe(403);
    expect(create.json().error).toBe('forbidden');
    const promote = { roles: [{ department: '子育て支援課', role: 'admin' }] };
    expect((await designer({ method: 'PUT', url: `/api/staff/users/${designer.user.id}`, payload: promote })).statusCode).toBe(403);
    // Every user may list departments (the builder needs them).
    expect((await designer('/api/staff/departments')).json().departments).toEqual(expect.arrayContaining(['子育て支援課', '介護保険課', '危機管理課']));
  });

  it('creates, lists, changes and disables users', async () => {
    const admin = await loginAs(t.app, 'root', [{ department: '情報政策課', role: 'admin' }]);
    const invalid = { login: '!', password: 'short', roles: [{ department: '', role: 'boss' }] };
    const bad = await admin({ method: 'POST', url: '/api/staff/users', payload: invalid });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['/login', '/displayName', '/password', '/roles/0']);

    const body = { login: 'ito', displayName: '伊藤 一郎', password: 'ito first password', roles: [{ department: '介護保険課', role: 'clerk' }] };
    const created = await admin({ method: 'POST', url: '/api/staff/users', payload: body });
    expect(created.statusCode).toBe(201);
    const ito = created.json().user;
    expect(ito).toMatchObject({ login: 'ito', displayName: '伊藤 一郎', roles: body.roles, disabled: false });
    expect((await admin({ method: 'POST', url: '/api/staff/users', payload: body })).json().error).toBe('loginTaken');
    expect((await admin('/api/staff/users')).json().users.map((u: { login: string }) => u.login)).toContain('ito');
    expect((await admin('/api/staff/departments')).json().departments).toContain('情報政策課');

    const itoSession = await injectWithLogin(t.app, 'ito', 'ito first password');
    const changed = await admin({
      method: 'PUT',
      url: `/api/staff/users/${ito.id}`,
      payload: { displayName: '伊藤', roles: [...body.roles, { department: '介護保険課', role: 'designer' }], password: 'ito second password' },
    });
    expect(changed.json().user).toMatchObject({ displayName: '伊藤', roles: [{ role: 'clerk' }, { role: 'designer' }] });
    expect((await itoSession('/api/staff/session')).statusCode).toBe(401); // a new password ends other sessions
    expect((await login(t.app, 'ito', 'ito first password')).statusCode).toBe(401);
    const again = await injectWithLogin(t.app, 'ito', 'ito second password');

    expect((await admin({ method: 'PUT', url: `/api/staff/users/${ito.id}`, payload: { disabled: true } })).json().user.disabled).toBe(true);
    expect((await again('/api/staff/session')).statusCode).toBe(401);
    expect((await login(t.app, 'ito', 'ito second password')).statusCode).toBe(401);
    expect((await admin({ method: 'PUT', url: '/api/staff/users/99999', payload: {} })).statusCode).toBe(404);
    expect((await admin({ method: 'PUT', url: `/api/staff/users/${ito.id}`, payload: { disabled: 'yes' } })).json().errors[0].path).toBe('/disabled');
  });

  it('never leaves the system without an administrator', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-admins-'));
    const database = await testDatabase();
    const app = await buildApp(loadConfig(database.env, { dataDir, logLevel: 'silent' }));
    try {
      const admin = await loginAs(app, 'only-admin', [{ department: '情報政策課', role: 'admin' }]);
      const demote = { roles: [{ department: '情報政策課', role: 'designer' }] };
      const res = await admin({ method: 'PUT', url: `/api/staff/users/${admin.user.id}`, payload: demote });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toBe('lastAdmin');
      expect((await admin({ method: 'PUT', url: `/api/staff/users/${admin.user.id}`, payload: { disabled: true } })).statusCode).toBe(409);
      expect((await admin('/api/staff/session')).json().user.roles).toEqual([{ department: '情報政策課', role: 'admin' }]);

      // Two admins disabling each other at the same moment: one of them must stay.
      const other = await loginAs(app, 'second-admin', [{ department: '情報政策課', role: 'admin' }]);
      const both = await Promise.all([
        admin({ method: 'PUT', url: `/api/staff/users/${other.user.id}`, payload: { disabled: true } }),
        other({ method: 'PUT', url: `/api/staff/users/${admin.user.id}`, payload: { disabled: true } }),
      ]);
      expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    } finally {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('logs', () => {
  it('hold neither passwords nor session cookies nor CSRF tokens', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'madoguchi-logs-'));
    const lines: string[] = [];
    const database = await testDatabase();
    const app = await buildApp(loadConfig(database.env, { dataDir, logLevel: 'trace' }), { logStream: { write: (l) => void lines.push(l) } });
    try {
      await createStaffUser(app, { login: 'logged', roles: [{ department: '子育て支援課', role: 'designer' }] });
      await login(app, 'logged', 'a wrong password value');
      const s = await injectWithLogin(app, 'logged');
      const blank = { id: 'log-form', title: '個人名 山田太郎', department: '子育て支援課', category: 'other' };
      await s({ method: 'POST', url: '/api/staff/forms', payload: { blank } });
      const all = lines.join('\n');
      expect(all).toContain('/api/staff/session');
      for (const secret of [TEST_PASSWORD, 'a wrong password value', s.cookie.split('=')[1]!, s.csrfToken, '山田太郎']) expect(all).not.toContain(secret);
    } finally {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
