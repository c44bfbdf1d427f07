// Staff users and logged-in requests for HTTP tests. Users are stored through the same
// repository functions the app uses, with a cheap scrypt so suites stay fast (the
// parameters are in the hash, so logging in verifies them like any other).
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { RoleGrant, StaffUser } from '../../server/auth/access.ts';
import { storeUser } from '../../server/auth/create-user.ts';
import { hashPassword } from '../../server/auth/password.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
const TEST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

export async function createStaffUser(
  app: FastifyInstance,
  user: { login: string; roles: RoleGrant[]; password?: string; displayName?: string },
): Promise<StaffUser & { password: string }> {
  const password = user.password ?? TEST_PASSWORD;
  const passwordHash = await hashPassword(password, TEST_SCRYPT);
  const { ctx } = app;
  const stored = await ctx.writes.run((tx) =>
    storeUser(tx, { login: user.login, displayName: user.displayName ?? user.login, roles: user.roles, passwordHash }, ctx.now().toISOString()),
  );
  return { ...stored, password };
}

export type StaffInject = ((options: InjectOptions | string) => Promise<LightMyRequestResponse>) & {
  cookie: string;
  csrfToken: string;
  user: StaffUser;
};

/** The `name=value` part of a Set-Cookie header. */
export function cookieOf(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const first = Array.isArray(header) ? header[0] : header;
  if (!first) throw new Error('no Set-Cookie in the answer');
  return first.split(';')[0]!;
}

/** Logs in and returns an inject function that sends the session cookie and CSRF header. */
export async function injectWithLogin(app: FastifyInstance, login: string, password = TEST_PASSWORD): Promise<StaffInject> {
  const res = await app.inject({ method: 'POST', url: '/api/staff/session', payload: { login, password } });
  if (res.statusCode !== 200) throw new Error(`login as ${login} failed: ${res.statusCode} ${res.body}`);
  const cookie = cookieOf(res);
  const { csrfToken, user } = res.json() as { csrfToken: string; user: StaffUser };
  const inject = (options: InjectOptions | string) => {
    const opts: InjectOptions = typeof options === 'string' ? { url: options } : options;
    return app.inject({ ...opts, headers: { cookie, 'x-csrf-token': csrfToken, ...opts.headers } });
  };
  return Object.assign(inject, { cookie, csrfToken, user });
}

/** Creates the user and logs in as them. */
export async function loginAs(app: FastifyInstance, login: string, roles: RoleGrant[]): Promise<StaffInject> {
  await createStaffUser(app, { login, roles });
  return injectWithLogin(app, login);
}
