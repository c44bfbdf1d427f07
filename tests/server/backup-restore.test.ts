// SQLite only (tests/sqlite-only.ts). Backup and restore round trip on real SQLite files: filings with attachments and sealed
// answers go in through the HTTP API, a backup is taken while the app is open (and while
// it keeps filing), restored into a fresh DATA_DIR, and a new app there gives back every
// submission, attachment byte, audit record and sealed answer. Also: restore checks the
// copy first, refuses to replace an existing database without --force and any database a
// server has open, and keeps what it replaced aside; the CLIs run.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMyNumber } from '../../core/jp/my-number.ts';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { BackupError, backupDatabase, restoreBackup } from '../../server/store/backup.ts';
import { auditLog, submissions } from '../../server/store/tables.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { exampleWithUploads, PNG, risaiAnswers, submit } from '../helpers/fixtures.ts';
import { captureStream, capturing } from '../helpers/log-capture.ts';
import { injectWithLogin, loginAs, type StaffInject } from '../helpers/staff.ts';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;
const KOSODATE = '子育て支援課';
const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

function freshMyNumber(): string {
  for (;;) {
    const base = Array.from(randomBytes(11), (b) => String(b % 10)).join('');
    for (let d = 0; d <= 9; d++) if (isMyNumber(base + d)) return base + d;
  }
}

async function appOn(dataDir: string) {
  const config = loadConfig({ SPAM_PROOF: 'off' }, { dataDir, logLevel: 'trace', rateLimits: { submit: 0, upload: 0, login: 0 } });
  return buildApp(config, capturing ? { logStream: captureStream } : {});
}

type Filed = { receiptNumber: string; formId: string; answers: Record<string, unknown> };

describe('backup and restore', () => {
  let t: TestApp;
  let clerk: StaffInject;
  const filed: Filed[] = [];
  const myNumber = freshMyNumber();
  let backupDir: string;
  const dirs: string[] = [];

  const file = async (formId: string, answers: Record<string, unknown>) => {
    const res = await submit(t.app, formId, answers);
    expect(res.statusCode, res.body).toBe(201);
    filed.push({ receiptNumber: res.json().receiptNumber, formId, answers });
  };

  beforeAll(async () => {
    t = await createTestApp();
    clerk = await loginAs(t.app, 'kosodate-clerk', [
      { department: KOSODATE, role: 'clerk' },
      { department: '税務課', role: 'clerk' },
    ]);
    const jidou = await exampleWithUploads(t.app, 'childcare/jidou-teate-nintei.json');
    Object.assign(jidou, { claimantMyNumber: myNumber, spouseMyNumber: freshMyNumber() });
    await file('jidou-teate-nintei', jidou);
    for (let i = 0; i < 3; i++) await file('risai-shomei', await risaiAnswers(t.app));
    // Reading the first one leaves an audit record the restore must bring back.
    expect((await clerk(`/api/staff/submissions/${filed[0]!.receiptNumber}`)).statusCode).toBe(200);

    backupDir = tmp('madoguchi-backup-');
    dirs.push(backupDir);
    // Online: filings keep arriving while the copy is taken.
    const during = risaiAnswers(t.app).then((a) => submit(t.app, 'risai-shomei', a));
    await backupDatabase(t.dataDir, join(backupDir, 'b'));
    expect((await during).statusCode).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('writes the database and the generated data key, readable by the owner only', () => {
    const names = readdirSync(join(backupDir, 'b')).sort();
    expect(names).toEqual(['data-key', 'madoguchi.sqlite']);
    expect(readFileSync(join(backupDir, 'b', 'data-key'), 'utf8')).toBe(readFileSync(join(t.dataDir, 'data-key'), 'utf8'));
    for (const n of names) expect(statSync(join(backupDir, 'b', n)).mode & 0o077).toBe(0);
  });

  it('restores into a fresh DATA_DIR: every submission, attachment, audit record and sealed answer is back', async () => {
    const fresh = tmp('madoguchi-restored-');
    dirs.push(fresh);
    const result = restoreBackup(join(backupDir, 'b'), fresh, { force: false, now: new Date() });
    expect(result).toMatchObject({ dataKeyRestored: true, keptAside: undefined });

    const restored = await appOn(fresh);
    try {
      const originalRows = await t.app.ctx.db.select().from(submissions).orderBy(submissions.id);
      const restoredRows = await restored.ctx.db.select().from(submissions).orderBy(submissions.id);
      for (const f of filed) {
        const before = originalRows.find((r) => r.receiptNumber === f.receiptNumber)!;
        expect(restoredRows.find((r) => r.receiptNumber === f.receiptNumber)).toEqual(before);
      }
      const originalAudit = await t.app.ctx.db.select().from(auditLog).orderBy(auditLog.id);
      const restoredAudit = await restored.ctx.db.select().from(auditLog).orderBy(auditLog.id);
      expect(restoredAudit.length).toBeGreaterThan(0);
      expect(restoredAudit).toEqual(originalAudit.slice(0, restoredAudit.length));
      expect(restoredAudit.some((a) => a.action === 'submission.view' && (a.records as string[])[0] === filed[0]!.receiptNumber)).toBe(true);

      const there = await injectWithLogin(restored, 'kosodate-clerk');
      for (const f of filed) {
        const view = await there(`/api/staff/submissions/${f.receiptNumber}`);
        expect(view.statusCode, view.body).toBe(200);
        const attachments = view.json().attachments as { path: string; sha256: string }[];
        expect(attachments.length).toBeGreaterThan(0);
        for (const a of attachments) {
          const bytes = await there(a.path);
          expect(bytes.statusCode).toBe(200);
          expect(bytes.rawPayload.equals(PNG)).toBe(true);
        }
      }
      // The sealed answer opens with the restored key.
      const revealed = await there({ method: 'POST', url: `/api/staff/submissions/${filed[0]!.receiptNumber}/reveal`, payload: { pointers: ['/claimantMyNumber'] } });
      expect(revealed.statusCode, revealed.body).toBe(200);
      expect(revealed.json().values).toEqual({ '/claimantMyNumber': myNumber });
    } finally {
      await restored.close();
    }
  });

  it('refuses a damaged backup before touching DATA_DIR', () => {
    const bad = tmp('madoguchi-bad-');
    const target = tmp('madoguchi-target-');
    dirs.push(bad, target);
    const bytes = readFileSync(join(backupDir, 'b', 'madoguchi.sqlite'));
    // Overwrite the middle of the file: pages no longer add up.
    bytes.fill(0x5a, 8192, Math.min(bytes.length, 8192 * 6));
    writeFileSync(join(bad, 'madoguchi.sqlite'), bytes);
    expect(() => restoreBackup(bad, target, { force: true, now: new Date() })).toThrow(BackupError);
    expect(readdirSync(target)).toEqual([]);
    writeFileSync(join(bad, 'madoguchi.sqlite'), 'not a database at all, just text '.repeat(200));
    expect(() => restoreBackup(bad, target, { force: true, now: new Date() })).toThrow(/integrity|cannot be opened|not a database/);
    expect(readdirSync(target)).toEqual([]);
  });

  it('never replaces the database of a running server, and replaces a stopped one only with --force, keeping it aside', async () => {
    expect(() => restoreBackup(join(backupDir, 'b'), t.dataDir, { force: false, now: new Date() })).toThrow(/--force/);
    expect(() => restoreBackup(join(backupDir, 'b'), t.dataDir, { force: true, now: new Date() })).toThrow(/running server/);
    // The running app is untouched and still files.
    expect((await submit(t.app, 'risai-shomei', await risaiAnswers(t.app))).statusCode).toBe(201);

    const stopped = tmp('madoguchi-stopped-');
    dirs.push(stopped);
    const other = await appOn(stopped);
    await other.close();
    const oldKey = readFileSync(join(stopped, 'data-key'), 'utf8');
    const result = restoreBackup(join(backupDir, 'b'), stopped, { force: true, now: new Date('2026-12-01T10:00:00Z') });
    expect(result.keptAside).toBe(join(stopped, 'replaced-20261201T100000Z'));
    expect(readFileSync(join(result.keptAside!, 'data-key'), 'utf8')).toBe(oldKey);
    expect(existsSync(join(result.keptAside!, 'madoguchi.sqlite'))).toBe(true);
    expect(readFileSync(join(stopped, 'data-key'), 'utf8')).toBe(readFileSync(join(backupDir, 'b', 'data-key'), 'utf8'));
    const reopened = await appOn(stopped);
    try {
      expect((await reopened.ctx.db.select().from(submissions).orderBy(submissions.id)).map((r) => r.receiptNumber)).toEqual(expect.arrayContaining(filed.map((f) => f.receiptNumber)));
    } finally {
      await reopened.close();
    }
  });

  it('npm run backup / restore: the CLIs write, warn about the key, and restore', async () => {
    const out = tmp('madoguchi-cli-');
    const target = tmp('madoguchi-cli-target-');
    dirs.push(out, target);
    const env = { ...process.env, DATA_DIR: t.dataDir, MADOGUCHI_DATA_KEY: '' };
    const backup = await run(process.execPath, ['--import', 'tsx', 'server/cli/backup.ts', join(out, 'x')], { cwd: ROOT, env });
    expect(backup.stdout).toContain(join(out, 'x', 'madoguchi.sqlite'));
    expect(backup.stderr).toMatch(/data key.*MADOGUCHI_DATA_KEY/s);
    const restore = await run(process.execPath, ['--import', 'tsx', 'server/cli/restore.ts', join(out, 'x')], { cwd: ROOT, env: { ...env, DATA_DIR: target } });
    expect(restore.stdout).toContain('restored');
    expect(existsSync(join(target, 'madoguchi.sqlite'))).toBe(true);
    const refused = await run(process.execPath, ['--import', 'tsx', 'server/cli/restore.ts', join(out, 'x')], { cwd: ROOT, env }).catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('--force') });
  });
});
