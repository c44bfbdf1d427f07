// Staff sessions: a random 32-byte cookie value of which only the SHA-256 is stored, a
// CSRF token per session, an idle timeout (STAFF_SESSION_IDLE_MINUTES) and an absolute
// end after 12 hours (a shift), whichever comes first.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { Db } from '../store/db.ts';
import { deleteSession, findSession, insertSession, touchSession } from '../store/sessions-repo.ts';
import { findUserById } from '../store/users-repo.ts';
import { sha256Hex } from '../submissions/tokens.ts';
import type { StaffUser } from './access.ts';

export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often: a page load makes several requests. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface ActiveSession {
  idHash: string;
  csrfToken: string;
  user: StaffUser;
}

export interface NewSession {
  /** The cookie value: handed to the browser once, never stored. */
  cookieValue: string;
  csrfToken: string;
  idHash: string;
}

/** Run it inside a `ctx.writes` job, with the job's `tx`. */
export async function startSession(ctx: AppContext, tx: Db, userId: number): Promise<NewSession> {
  const cookieValue = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = ctx.now();
  const idHash = sha256Hex(cookieValue);
  await insertSession(tx, {
    idHash,
    userId,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
    lastSeenAt: now.toISOString(),
  });
  return { cookieValue, csrfToken, idHash };
}

const COOKIE_VALUE = /^[A-Za-z0-9_-]{43}$/;

/** The session a cookie value stands for, or undefined if unknown, expired or its user disabled. */
export async function resolveSession(ctx: AppContext, cookieValue: string | undefined): Promise<ActiveSession | undefined> {
  if (!cookieValue || !COOKIE_VALUE.test(cookieValue)) return undefined;
  const idHash = sha256Hex(cookieValue);
  const row = await findSession(ctx.db, idHash);
  if (!row) return undefined;
  const now = ctx.now();
  const idleMs = ctx.config.staffSessionIdleMinutes * 60 * 1000;
  const lastSeen = new Date(row.lastSeenAt).getTime();
  if (row.disabled || now.getTime() >= new Date(row.expiresAt).getTime() || now.getTime() - lastSeen >= idleMs) {
    await deleteSession(ctx.db, idHash);
    return undefined;
  }
  const user = await findUserById(ctx.db, row.userId);
  if (!user) return undefined;
  // A lost touch (power cut) only shortens a session: no need for a durable write here.
  if (now.getTime() - lastSeen >= TOUCH_EVERY_MS) await touchSession(ctx.db, idHash, now.toISOString());
  return { idHash, csrfToken: row.csrfToken, user: { id: user.id, login: user.login, displayName: user.displayName, roles: user.roles } };
}

export function csrfMatches(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieMaxAgeSeconds(): number {
  return SESSION_ABSOLUTE_MS / 1000;
}
