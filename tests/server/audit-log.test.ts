import { afterEach, describe, expect, it } from 'vitest';
import { writeAudit } from '../../server/store/audit-repo.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';

describe('audit log', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('takes new records and refuses to change or delete old ones', async () => {
    t = await createTestApp();
    const { db } = t.app.ctx;
    writeAudit(db, { at: '2026-11-22T00:00:00.000Z', actor: 'clerk1', action: 'submission.view', records: ['R-1'] });
    const sqlite = db.$client;
    expect(sqlite.prepare('SELECT actor, action, records FROM audit_log').all()).toEqual([
      { actor: 'clerk1', action: 'submission.view', records: '["R-1"]' },
    ]);
    expect(() => sqlite.prepare("UPDATE audit_log SET actor = 'someone-else'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
  });
});
