// What of an error may go into the log. drizzle wraps a failed query in DrizzleQueryError,
// whose message is the SQL *and its parameters*: answers, addresses, names. The driver's
// own error, which it carries as `cause`, says what went wrong without them (SQLite names
// the constraint, PostgreSQL the constraint or the bad byte; its `detail`, which quotes the
// values, is left out).
import { DrizzleQueryError } from 'drizzle-orm';

export interface LoggedError {
  type: string;
  code?: string;
  message: string;
  stack?: string;
}

export function errorForLog(error: unknown): LoggedError {
  let e: unknown = error;
  while (e instanceof DrizzleQueryError) e = e.cause ?? new Error('database query failed');
  if (!(e instanceof Error)) return { type: typeof e, message: 'non-error thrown' };
  const code = (e as { code?: unknown }).code;
  return { type: e.name, ...(typeof code === 'string' ? { code } : {}), message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
}
