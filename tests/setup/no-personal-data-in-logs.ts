// After each test file: the server's log, captured from every test app, holds none of the
// personal answers the suite submitted and no status-link secret (issue 7).
import { afterAll, expect } from 'vitest';
import { capturedLog, capturing, personalStrings } from '../helpers/log-capture.ts';

const STATUS_TOKEN = /\d{10}[A-Za-z0-9_-]{43}/;

afterAll(() => {
  if (!capturing || capturedLog.length === 0) return;
  const log = capturedLog.join('');
  const leaked = personalStrings().filter((s) => log.includes(s));
  expect(leaked, 'personal data found in the server log').toEqual([]);
  expect(STATUS_TOKEN.test(log), 'a status-link secret found in the server log').toBe(false);
});
