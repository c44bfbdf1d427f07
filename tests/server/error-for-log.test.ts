// A failed query must not put its parameters (answers, addresses) into the log: drizzle's
// error message holds them, so the log gets the driver's error instead.
import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { errorForLog } from '../../server/store/error-for-log.ts';

describe('errorForLog', () => {
  it("logs the driver's error of a failed query, without the query's parameters", () => {
    const driver = Object.assign(new Error('duplicate key value violates unique constraint "users_login"'), { code: '23505', detail: 'Key (login)=(yamada.taro) already exists.' });
    const logged = errorForLog(new DrizzleQueryError('insert into "users" ("login", "display_name") values ($1, $2)', ['yamada.taro', '山田 太郎'], driver));
    expect(logged).toMatchObject({ type: 'Error', code: '23505', message: 'duplicate key value violates unique constraint "users_login"' });
    expect(JSON.stringify(logged)).not.toMatch(/yamada|山田/);
  });

  it('keeps an ordinary error as it is, and says what a thrown non-error was', () => {
    expect(errorForLog(new TypeError('x is not a function'))).toMatchObject({ type: 'TypeError', message: 'x is not a function' });
    expect(errorForLog('山田')).toEqual({ type: 'string', message: 'non-error thrown' });
  });
});
