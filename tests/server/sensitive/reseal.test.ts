// Re-sealing after a key rotation, on a real database: values sealed under the old key are
// sealed again under the new one (current answers and revisions), answers stored in clear
// at a now-sensitive pointer get sealed, and afterwards the old key is no longer needed.
// The `npm run reseal` command does the same from the command line.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { isMyNumber } from '../../../core/jp/my-number.ts';
import { resealAll } from '../../../server/sensitive/reseal.ts';
import { submissionRevisions, submissions } from '../../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../../helpers/app.ts';
import { exampleWithUploads, submit } from '../../helpers/fixtures.ts';
import { loginAs } from '../../helpers/staff.ts';
import { reopenTestApp } from '../../helpers/test-database.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const key = () => randomBytes(32).toString('base64');
function freshMyNumber(): string {
  for (;;) {
    const base = Array.from(randomBytes(11), (b) => String(b % 10)).join('');
    for (let d = 0; d <= 9; d++) if (isMyNumber(base + d)) return base + d;
  }
}

async function fileJidou(t: TestApp, myNumber: string) {
  const answers = await exampleWithUploads(t.app, 'childcare/jidou-teate-nintei.json');
  answers.claimantMyNumber = myNumber;
  const res = await submit(t.app, 'jidou-teate-nintei', answers);
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { receiptNumber: string; statusUrl: string };
  return { receiptNumber: body.receiptNumber, token: body.statusUrl.split('/s/')[1]!, answers };
}

const kids = (value: unknown): string[] => JSON.stringify(value).match(/"v1:[0-9a-f]{12}:/g)?.map((m) => m.slice(4, 16)) ?? [];

describe('re-sealing', () => {
  it('moves every sealed value to the current key and seals what was left in clear', async () => {
    const oldKey = key();
    const first = await createTestApp({ dataKeys: { dataKey: oldKey } });
    const myNumber = freshMyNumber();
    const filed = await fileJidou(first, myNumber);
    const clerk = await loginAs(first.app, 'kosodate-clerk', [{ department: '子育て支援課', role: 'clerk' }]);
    expect((await clerk({ method: 'POST', url: `/api/staff/submissions/${filed.receiptNumber}/status`, payload: { status: 'returned' } })).statusCode).toBe(200);
    const answers = (await first.app.inject(`/api/submissions/${filed.token}/answers`)).json().answers;
    expect((await first.app.inject({ method: 'PUT', url: `/api/submissions/${filed.token}/answers`, payload: { answers } })).statusCode).toBe(200);
    // An answer filed before its question was marked: in clear at a sensitive pointer.
    const legacy = await fileJidou(first, freshMyNumber());
    const [row] = await first.app.ctx.db.select().from(submissions).where(eq(submissions.receiptNumber, legacy.receiptNumber));
    await first.app.ctx.writes.run((tx) =>
      tx.update(submissions).set({ answers: { ...(row!.answers as object), spouseMyNumber: '315924680130' } }).where(eq(submissions.id, row!.id)),
    );
    const oldId = first.app.ctx.sealer.keyId;
    await first.app.close();

    const rotated = await reopenTestApp(first, { dataKeys: { dataKey: key(), oldDataKeys: oldKey } });
    const newId = rotated.app.ctx.sealer.keyId;
    const report = await resealAll(rotated.app.ctx, rotated.app.ctx.catalog, rotated.app.ctx.sealer, 1);
    expect(report).toMatchObject({ sealed: 1, unreadable: 0, changedMeanwhile: 0 });
    // 4 sensitive answers (2 My Numbers, account holder and number) in 2 filings and 1 revision, less the legacy spouse number.
    expect(report.rewrapped).toBe(3 * 4 - 1);
    expect(report.rows).toBe(3);
    const stored = (await rotated.app.ctx.db.select().from(submissions).orderBy(submissions.id)).map((s) => s.answers);
    const revisions = (await rotated.app.ctx.db.select().from(submissionRevisions).orderBy(submissionRevisions.id)).map((r) => r.answers);
    for (const answers of [...stored, ...revisions]) {
      expect(kids(answers).length).toBeGreaterThan(0);
      expect(new Set(kids(answers))).toEqual(new Set([newId]));
    }
    expect(kids(stored).includes(oldId)).toBe(false);
    expect(JSON.stringify(stored)).not.toContain('315924680130');
    // Nothing left to do: a second run changes nothing.
    expect(await resealAll(rotated.app.ctx, rotated.app.ctx.catalog, rotated.app.ctx.sealer)).toEqual({ rows: 0, rewrapped: 0, sealed: 0, unreadable: 0, changedMeanwhile: 0 });
    const newKeyOnly = rotated.app.ctx.config.dataKeys.dataKey!;
    await rotated.app.close();

    // The old key can go.
    const after = await reopenTestApp(first, { dataKeys: { dataKey: newKeyOnly } });
    try {
      const clerk2 = await loginAs(after.app, 'kosodate-clerk2', [{ department: '子育て支援課', role: 'clerk' }]);
      const reveal = (body: object, rn = filed.receiptNumber) => clerk2({ method: 'POST', url: `/api/staff/submissions/${rn}/reveal`, payload: body });
      expect((await reveal({})).json()).toMatchObject({ values: { '/claimantMyNumber': myNumber }, unreadable: [] });
      expect((await reveal({ revision: 0 })).json()).toMatchObject({ values: { '/claimantMyNumber': myNumber }, unreadable: [] });
      expect((await reveal({ pointers: ['/spouseMyNumber'] }, legacy.receiptNumber)).json().values['/spouseMyNumber']).toBe('315924680130');
    } finally {
      await after.app.close();
      await first.close();
    }
  });

  it('npm run reseal reports counts, never values, and fails while something stays unreadable', async () => {
    const oldKey = key();
    const t = await createTestApp({ dataKeys: { dataKey: oldKey } });
    const myNumber = freshMyNumber();
    await fileJidou(t, myNumber);
    await t.app.close();
    // The CLI on this test's database (in the PostgreSQL pass, not the server's default one).
    const databaseEnv: Record<string, string> = t.app.ctx.config.databaseUrl ? { DATABASE_URL: t.app.ctx.config.databaseUrl } : {};
    const run = (env: Record<string, string>) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, [`${ROOT}node_modules/tsx/dist/cli.mjs`, 'server/cli/reseal.ts'], { cwd: ROOT, env: { ...process.env, DATA_DIR: t.dataDir, ...databaseEnv, LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] }).toString() };
      } catch (error) {
        const e = error as { status: number; stdout: Buffer; stderr: Buffer };
        return { code: e.status, out: `${e.stdout}${e.stderr}` };
      }
    };
    const newKey = key();
    const missing = run({ MADOGUCHI_DATA_KEY: newKey });
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/\d+ unreadable/);
    const done = run({ MADOGUCHI_DATA_KEY: newKey, MADOGUCHI_OLD_DATA_KEYS: oldKey });
    expect(done.code, done.out).toBe(0);
    expect(done.out).toMatch(/1 rows rewritten, [1-9]\d* values sealed again/);
    expect(done.out).not.toContain(myNumber);
    expect(run({ MADOGUCHI_DATA_KEY: 'nope' })).toMatchObject({ code: 1, out: expect.stringContaining('MADOGUCHI_DATA_KEY must be') });
    await t.close();
  }, 60_000);
});
