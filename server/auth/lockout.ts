// Lockout after repeated failures: 5 failed logins for one login within 15 minutes lock
// it until the window has passed, even for the right password (so guessing in parallel
// gains nothing). Pure, so the rule is tested without a clock.

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

/**
 * Seconds until a login may be tried again (0: not locked), given the times of its
 * failures within the window, oldest first. The lock ends when fewer than MAX_FAILURES
 * remain in the window, i.e. when the oldest of the last MAX_FAILURES leaves it.
 */
export function lockedForSeconds(failuresInWindow: readonly string[], now: Date): number {
  if (failuresInWindow.length < MAX_FAILURES) return 0;
  const releasing = new Date(failuresInWindow[failuresInWindow.length - MAX_FAILURES]!).getTime() + WINDOW_MS;
  return Math.max(0, Math.ceil((releasing - now.getTime()) / 1000));
}

export function windowStart(now: Date): string {
  return new Date(now.getTime() - WINDOW_MS).toISOString();
}
