import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAudit } from '../../server/store/audit-repo.ts';
import { rawRun } from '../../server/store/rows.ts';
import { auditLog } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';

/** The database's own refusal: drizzle wraps the driver's error, which names the trigger's message. */
async function refusal(write: Promise<unknown>): Promise<string> {
  try {
    await write;
    return 'accepted';
  } catch (error) {
    return String((error as { cause?: unknown }).cause ?? error);
  }
}

describe('audit log', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('takes new records and refuses to change or delete old ones', async () => {
    t = await createTestApp();
    const { db, writes } = t.app.ctx;
    await writes.run((tx) => writeAudit(tx, { at: '2026-11-22T00:00:00.000Z', actor: 'clerk1', action: 'submission.view', records: ['R-1'] }));
    expect(await db.select({ actor: auditLog.actor, action: auditLog.action, records: auditLog.records }).from(auditLog)).toEqual([
      { actor: 'clerk1', action: 'submission.view', records: ['R-1'] },
    ]);
    expect(await refusal(writes.run((tx) => rawRun(tx, sql`UPDATE audit_log SET actor = 'someone-else'`)))).toMatch(/append-only/);
    expect(await refusal(writes.run((tx) => rawRun(tx, sql`DELETE FROM audit_log`)))).toMatch(/append-only/);
    expect(await db.$count(auditLog)).toBe(1);
  });
});
