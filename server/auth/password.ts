// Password hashing with Node's own scrypt: no extra dependency to keep maintained.
// The parameters travel inside the stored string, so they can be raised later while old
// hashes keep verifying. Format: scrypt$N=131072,r=8,p=1$<salt base64>$<hash base64>.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { HttpError } from '../http-error.ts';

export const MIN_PASSWORD_LENGTH = 12;
/** scrypt reads the whole input; a cap keeps a megabyte "password" from costing anything. */
export const MAX_PASSWORD_LENGTH = 1024;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's recommendation (Password Storage Cheat Sheet): 128 MiB, about 0.4 s here. */
export const DEFAULT_PARAMS: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

// scrypt runs on libuv's thread pool, which also fsyncs the WAL before every citizen's
// 201 (ADR 0003). Hashing one password at a time leaves the other threads to the disk,
// so a flood of logins slows logins, not filings; and past a short queue a login is
// answered "busy" at once rather than queued for minutes (memory, and real staff).
const MAX_WAITING = 16;
let waiting = 0;
let running: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  if (waiting >= MAX_WAITING) return Promise.reject(new HttpError(503, 'error.unavailable'));
  waiting++;
  const run = () => work().finally(() => waiting--);
  const next = running.then(run, run);
  running = next.catch(() => undefined);
  return next;
}

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  const input = password.normalize('NFC');
  return oneAtATime(
    () => new Promise<Buffer>((resolve, reject) => scrypt(input, salt, KEY_LENGTH, options, (e, key) => (e ? reject(e) : resolve(key)))),
  );
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, params);
  return `scrypt$N=${params.N},r=${params.r},p=${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

const FORMAT = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = FORMAT.exec(stored);
  if (!m) return false;
  const params = { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  const expected = Buffer.from(m[5]!, 'base64');
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  const key = await derive(password, Buffer.from(m[4]!, 'base64'), params);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

// Unknown logins are checked against this, so they take as long as known ones and the
// answer time does not tell whether a login exists.
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}
