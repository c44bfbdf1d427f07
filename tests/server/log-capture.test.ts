// The suite-wide log check (tests/setup/no-personal-data-in-logs.ts) must be able to fail:
// it sees what test apps log, and it knows the answers the suite files.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { capturedLog, capturing, personalStrings } from '../helpers/log-capture.ts';
import { risaiAnswers, submit } from '../helpers/fixtures.ts';

describe('log capture', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('captures what the server logs while filing, and knows the answers it must not contain', async () => {
    expect(capturing, 'TEST_LOG_LEVEL is set: the log goes to the console and is not checked').toBe(true);
    t = await createTestApp();
    const before = capturedLog.length;
    const answers = await risaiAnswers(t.app);
    expect((await submit(t.app, 'risai-shomei', answers)).statusCode).toBe(201);
    await t.app.inject('/api/postal-codes/4200005');
    const log = capturedLog.slice(before).join('');
    expect(log).toContain('/api/forms/risai-shomei/submissions');
    expect(log).toContain('/api/postal-codes/[redacted]');
    const personal = personalStrings();
    const name = (answers.applicantName as { family: string }).family;
    expect(personal.some((s) => s.includes(name))).toBe(true);
    expect(personal).toContain('4200005');
  });
});
