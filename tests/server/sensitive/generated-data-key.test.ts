// SQLite only (tests/sqlite-only.ts): without MADOGUCHI_DATA_KEY the embedded server
// generates its key into DATA_DIR. On PostgreSQL the key must be set (sensitive-fields.test.ts).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_FILE } from '../../../server/sensitive/data-keys.ts';
import { createTestApp } from '../../helpers/app.ts';
import { exampleWithUploads, submit } from '../../helpers/fixtures.ts';
import { loginAs } from '../../helpers/staff.ts';

const JIDOU = 'childcare/jidou-teate-nintei.json';

describe('a generated data key', () => {
  it('without MADOGUCHI_DATA_KEY, generates a key into DATA_DIR with mode 0600 and keeps using it', async () => {
    const first = await createTestApp();
    const answers = await exampleWithUploads(first.app, JIDOU);
    const filed = await submit(first.app, 'jidou-teate-nintei', answers);
    expect(filed.statusCode, filed.body).toBe(201);
    const { receiptNumber } = filed.json() as { receiptNumber: string };
    const kid = first.app.ctx.sealer.keyId;
    expect(statSync(join(first.dataDir, KEY_FILE)).mode & 0o777).toBe(0o600);
    await first.app.close();
    const again = await createTestApp({ dataDir: first.dataDir });
    try {
      expect(again.app.ctx.sealer.keyId).toBe(kid);
      const clerk = await loginAs(again.app, 'kosodate-clerk', [{ department: '子育て支援課', role: 'clerk' }]);
      const res = await clerk({ method: 'POST', url: `/api/staff/submissions/${receiptNumber}/reveal`, payload: {} });
      expect(res.json().unreadable).toEqual([]);
    } finally {
      await again.close();
    }
  });
});
