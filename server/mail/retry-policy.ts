// When a failed mail is tried again, and what of the failure may be kept. The error
// text of a transport can quote the recipient ("550 <a@b.jp>: no such user") or a
// header, so only its code, the SMTP reply code and a redacted, shortened message stay.

/** Wait after the `failures`-th failed attempt: base, 2×base, 4×base, ... up to max. */
export function retryDelayMs(failures: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(failures - 1, 40)));
}

interface TransportError {
  code?: unknown;
  responseCode?: unknown;
  message?: unknown;
}

/**
 * A 5xx reply to the envelope or the message is the receiving side saying no for good
 * (unknown mailbox, refused content): retrying only repeats it. Everything else
 * (refused connection, timeouts, 4xx, a login the operator will fix) is worth retrying.
 */
export function isPermanentFailure(error: unknown): boolean {
  const e = (error ?? {}) as TransportError;
  const reply = typeof e.responseCode === 'number' ? e.responseCode : 0;
  return reply >= 500 && reply < 600 && (e.code === 'EENVELOPE' || e.code === 'EMESSAGE');
}

const ADDRESS = /[^\s<>()[\]"',;:]+@[^\s<>()[\]"',;:]+/g;
const BRACKETED = /<[^>]*>/g;

/** What is stored in outbox.last_error and logged: no addresses, no content. */
export function describeFailure(error: unknown): string {
  const e = (error ?? {}) as TransportError;
  const parts: string[] = [];
  if (typeof e.code === 'string') parts.push(e.code);
  if (typeof e.responseCode === 'number') parts.push(String(e.responseCode));
  const message = typeof e.message === 'string' ? e.message : String(error);
  const clean = message.replace(BRACKETED, '<…>').replace(ADDRESS, '[address]').replace(/\s+/g, ' ').trim().slice(0, 160);
  if (clean) parts.push(clean);
  return parts.join(' ') || 'unknown error';
}
