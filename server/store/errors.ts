// Database errors by meaning, whichever dialect raised them. drizzle wraps a driver's
// error (DrizzleQueryError) with the original as `cause`.
interface DriverError {
  code?: string;
  message?: string;
  constraint?: string;
  cause?: unknown;
}

function driverError(error: unknown): DriverError | undefined {
  let e = error as DriverError | undefined;
  for (let depth = 0; e && depth < 3; depth++) {
    if (typeof e.code === 'string') return e;
    e = e.cause as DriverError | undefined;
  }
  return undefined;
}

/** A unique index refused the row; with `index`, only that index (its name, or a column of it on SQLite). */
export function isUniqueViolation(error: unknown, index?: string): boolean {
  const e = driverError(error);
  if (!e) return false;
  if (e.code === '23505') return index === undefined || e.constraint === index || (e.message ?? '').includes(index);
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return index === undefined || (e.message ?? '').includes(index);
  return false;
}
