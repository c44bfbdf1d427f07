// What staff (a status change, a note, a message) and applicants (a withdrawal) send about
// a submission, checked with every problem named at its field, in the caller's language.
import { withoutControlCharacters } from '../../core/plain-text.ts';
import { STATUSES, type Status } from '../../core/status.ts';
import { HttpError, type PathError } from '../http-error.ts';
import { message } from '../messages.ts';

export const MAX_COMMENT = 2000;
export const MAX_BODY = 4000;

type Body = Record<string, unknown>;

function asBody(raw: unknown): Body {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new HttpError(400, 'error.badRequest');
  return raw as Body;
}

function fail(errors: PathError[]): void {
  if (errors.length > 0) throw new HttpError(400, 'error.invalidInput', {}, errors);
}

/** Line breaks as one kind, no control characters, outer blanks gone: what people meant to write. */
function tidy(s: string): string {
  return withoutControlCharacters(s.replace(/\r\n?/g, '\n')).trim();
}

function comment(value: unknown, errors: PathError[], lang: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || [...tidy(value)].length > MAX_COMMENT) {
    errors.push({ path: '/comment', code: 'comment', message: message('backoffice.comment', lang, { max: MAX_COMMENT }) });
    return null;
  }
  return tidy(value) || null;
}

export function parseStatusChange(raw: unknown, lang: string): { status: Status; comment: string | null } {
  const body = asBody(raw);
  const errors: PathError[] = [];
  const status = body.status;
  if (typeof status !== 'string' || !(STATUSES as readonly string[]).includes(status)) {
    errors.push({ path: '/status', code: 'status', message: message('backoffice.status', lang, { allowed: STATUSES.join(', ') }) });
  }
  const c = comment(body.comment, errors, lang);
  fail(errors);
  return { status: status as Status, comment: c };
}

/** A note or a message: 1 to MAX_BODY characters. */
export function parseMessageBody(raw: unknown, lang: string): string {
  const body = asBody(raw);
  const text = typeof body.body === 'string' ? tidy(body.body) : '';
  const length = [...text].length;
  if (length < 1 || length > MAX_BODY) {
    fail([{ path: '/body', code: 'body', message: message('backoffice.body', lang, { max: MAX_BODY }) }]);
  }
  return text;
}

export function parseWithdrawal(raw: unknown, lang: string): { comment: string | null } {
  const errors: PathError[] = [];
  const c = comment(asBody(raw).comment, errors, lang);
  fail(errors);
  return { comment: c };
}
