// Several app instances on one PostgreSQL database (issue 6): two real server processes on
// different ports, driven both at once. A session opened on one works on the other,
// receipt numbers never collide, one Idempotency-Key files once whichever instance each
// retry reaches, both mail workers together send every mail exactly once, a rate limit
// counts requests to both, a spam proof issued by one is accepted once by any, and a form
// published on one appears on the other.
import { spawnSync } from 'node:child_process';
import { randomBytes, webcrypto } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryForm, minimalForm, PNG } from '../../helpers/fixtures.ts';
import { createPgDatabase, type PgDatabase } from '../../helpers/pg.ts';
import { type ProofChallenge, proofHeader, solveChallenge } from '../../../web/citizen/lib/proof-solver.ts';
import { type ServerProcess, startServerProcess } from '../../helpers/server-process.ts';
import { parseMail } from '../mail/parse-mail.ts';
import { type SmtpSink, startSmtpSink } from '../mail/smtp-sink.ts';

const ROOT = new URL('../../..', import.meta.url).pathname;
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PASSWORD = 'correct horse battery staple';
const UPLOADS_PER_MINUTE = 6;
const FILINGS_PER_INSTANCE = 40;

const base = libraryForm('disaster/risai-shomei.json').example as Record<string, unknown>;
function answersFor(n: number): Record<string, unknown> {
  const answers = structuredClone(base);
  delete answers.damagePhotos;
  answers.damageDescription = `床上浸水 第${n}号`;
  return answers;
}

interface Session {
  cookie: string;
  csrf: string;
}

describe('two instances on one PostgreSQL database', () => {
  let database: PgDatabase;
  let sink: SmtpSink;
  let a: ServerProcess;
  let b: ServerProcess;
  const dirs: string[] = [];

  beforeAll(async () => {
    database = await createPgDatabase(PG_URL);
    sink = await startSmtpSink();
    const dataKey = randomBytes(32).toString('base64');
    const env = (): Record<string, string> => {
      const dir = mkdtempSync(join(tmpdir(), 'madoguchi-instance-'));
      dirs.push(dir);
      return {
        DATABASE_URL: database.url,
        MADOGUCHI_DATA_KEY: dataKey,
        DATA_DIR: dir,
        SMTP_URL: sink.url,
        OUTBOX_POLL_MS: '100',
        CATALOG_REFRESH_MS: '200',
        // On, with little work: every filing solves a challenge, from whichever instance.
        SPAM_PROOF: 'on',
        SPAM_PROOF_MAX_NUMBER: '50',
        RATE_LIMIT_SUBMIT_PER_MINUTE: '0',
        RATE_LIMIT_LOGIN_PER_MINUTE: '0',
        RATE_LIMIT_UPLOAD_PER_MINUTE: String(UPLOADS_PER_MINUTE),
        PUBLIC_URL: 'https://city.example.lg.jp',
      };
    };
    // The first administrator, made with the CLI as an operator would.
    const admin = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/admin.ts', 'create', '--login', 'admin', '--department', '税務課'], {
      cwd: ROOT,
      env: { ...process.env, ...env() },
      input: `${PASSWORD}\n`,
      encoding: 'utf8',
    });
    expect(admin.status, admin.stderr).toBe(0);
    [a, b] = await Promise.all([startServerProcess(env()), startServerProcess(env())]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await sink?.close();
    await database?.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  async function login(on: ServerProcess): Promise<Session> {
    const res = await fetch(`${on.url}/api/staff/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password: PASSWORD }) });
    expect(res.status).toBe(200);
    return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
  }

  function staff(on: ServerProcess, s: Session, path: string, init: { method?: string; body?: unknown } = {}) {
    return fetch(`${on.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  }

  async function proof(from: ServerProcess, formId = 'risai-shomei'): Promise<string> {
    const challenge = (await (await fetch(`${from.url}/api/forms/${formId}/challenge`)).json()) as ProofChallenge;
    return proofHeader(challenge, (await solveChallenge(challenge, webcrypto.subtle as SubtleCrypto))!);
  }

  async function file(on: ServerProcess, answers: Record<string, unknown>, headers: Record<string, string> = {}, spent?: string) {
    const header = spent ?? (await proof(on === a ? b : a));
    return fetch(`${on.url}/api/forms/risai-shomei/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-madoguchi-proof': header, ...headers },
      body: JSON.stringify({ answers }),
    });
  }

  it('a staff session opened on one instance works on the other, and ends on both when ended on one', async () => {
    const s = await login(a);
    expect((await staff(b, s, '/api/staff/session')).status).toBe(200);
    expect((await staff(b, s, '/api/staff/session', { method: 'DELETE' })).status).toBe(204);
    expect((await staff(a, s, '/api/staff/session')).status).toBe(401);
  });

  it('filings on both at once get distinct receipt numbers, each found on the other instance; every receipt mail goes out exactly once', { timeout: 120_000 }, async () => {
    const filings = await Promise.all(
      Array.from({ length: FILINGS_PER_INSTANCE * 2 }, async (_, i) => {
        const on = i % 2 === 0 ? a : b;
        const res = await file(on, answersFor(i));
        expect(res.status).toBe(201);
        return { on, receiptNumber: ((await res.json()) as { receiptNumber: string }).receiptNumber };
      }),
    );
    const receipts = filings.map((f) => f.receiptNumber);
    expect(new Set(receipts).size).toBe(receipts.length);

    const s = await login(b);
    for (const { on, receiptNumber } of filings) {
      const other = on === a ? b : a;
      const res = await staff(other, s, `/api/staff/submissions/${receiptNumber}`);
      expect(res.status).toBe(200);
    }

    // Both instances' workers poll the one outbox; each receipt mail must arrive once.
    await sink.received(receipts.length);
    // Longer than a few poll rounds of both workers: a second copy would have arrived by now.
    await new Promise((r) => setTimeout(r, 1500));
    const mailsPerReceipt = new Map(receipts.map((r) => [r, 0]));
    for (const mail of sink.mails) {
      const text = parseMail(mail.raw).text();
      for (const r of receipts) if (text.includes(r)) mailsPerReceipt.set(r, mailsPerReceipt.get(r)! + 1);
    }
    expect([...mailsPerReceipt.values()].every((n) => n === 1), JSON.stringify([...mailsPerReceipt].filter(([, n]) => n !== 1))).toBe(true);
  });

  it('one Idempotency-Key sent to both instances at once files once', async () => {
    const s = await login(a);
    const total = async () => ((await (await staff(a, s, '/api/staff/submissions?form=risai-shomei&perPage=1')).json()) as { total: number }).total;
    const before = await total();
    for (let i = 0; i < 5; i++) {
      const key = `retry-${randomBytes(8).toString('hex')}`;
      const answers = answersFor(1000 + i);
      // One proof for both: the app retries with the same proof and key (docs/security.md).
      const shared = await proof(a);
      const [ra, rb] = await Promise.all([file(a, answers, { 'idempotency-key': key }, shared), file(b, answers, { 'idempotency-key': key }, shared)]);
      expect([ra.status, rb.status].every((st) => st === 200 || st === 201)).toBe(true);
      const [ba, bb] = (await Promise.all([ra.json(), rb.json()])) as { receiptNumber: string }[];
      expect(ba!.receiptNumber).toBe(bb!.receiptNumber);
    }
    expect(await total()).toBe(before + 5);
  });

  it('a spam proof issued by one instance files on the other, once: spent there, it is refused by both', async () => {
    const spent = await proof(a);
    expect((await file(b, answersFor(2000), {}, spent)).status).toBe(201);
    for (const on of [a, b]) {
      const res = await file(on, answersFor(2001), {}, spent);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: string }).error).toBe('proofUsed');
    }
  });

  it('a rate limit counts the requests of one client to both instances together', async () => {
    const upload = (on: ServerProcess) => {
      const form = new FormData();
      form.append('file', new Blob([PNG], { type: 'image/png' }), 'photo.png');
      return fetch(`${on.url}/api/forms/risai-shomei/attachments`, { method: 'POST', body: form });
    };
    const statuses: number[] = [];
    for (let i = 0; i < UPLOADS_PER_MINUTE; i++) statuses.push((await upload(i % 2 === 0 ? a : b)).status);
    expect(statuses.every((st) => st === 201)).toBe(true);
    // Each instance alone has seen only half the limit; together they are past it.
    expect((await upload(a)).status).toBe(429);
    expect((await upload(b)).status).toBe(429);
  });

  it('places are never given twice: 60 filings at once for 20 places, spread over both instances, accept exactly 20', { timeout: 60_000 }, async () => {
    const s = await login(a);
    const form = minimalForm('test-places');
    form.settings = { department: '税務課', capacity: 20 };
    expect((await staff(a, s, '/api/staff/forms', { method: 'POST', body: { definition: form } })).status).toBe(201);
    expect((await staff(a, s, '/api/staff/forms/test-places/publish', { method: 'POST', body: {} })).status).toBe(201);
    // Both must offer it before the rush (the catalog refresh).
    const deadline = Date.now() + 10_000;
    while ((await fetch(`${b.url}/api/forms/test-places`)).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const proofs = await Promise.all(Array.from({ length: 60 }, (_, i) => proof(i % 2 === 0 ? b : a, 'test-places')));
    const statuses = await Promise.all(
      proofs.map(async (p, i) => {
        const on = i % 2 === 0 ? a : b;
        const res = await fetch(`${on.url}/api/forms/test-places/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-madoguchi-proof': p },
          body: JSON.stringify({ answers: { name: `定員 ${i}` } }),
        });
        return res.status;
      }),
    );
    expect(statuses.filter((st) => st === 201)).toHaveLength(20);
    expect(statuses.filter((st) => st === 409)).toHaveLength(40);
    const listed = (await (await staff(b, s, '/api/staff/submissions?form=test-places&perPage=1')).json()) as { total: number };
    expect(listed.total).toBe(20);
  });

  it('a form published on one instance is offered by the other, and taken down on both', async () => {
    const s = await login(a);
    const form = minimalForm('test-multi');
    form.settings.department = '税務課';
    expect((await staff(a, s, '/api/staff/forms', { method: 'POST', body: { definition: form } })).status).toBe(201);
    expect((await staff(a, s, '/api/staff/forms/test-multi/publish', { method: 'POST', body: {} })).status).toBe(201);
    const seen = async (on: ServerProcess, status: number) => {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        if ((await fetch(`${on.url}/api/forms/test-multi`)).status === status) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    };
    expect(await seen(b, 200)).toBe(true);
    expect((await staff(b, s, '/api/staff/forms/test-multi/unpublish', { method: 'POST', body: {} })).status).toBe(204);
    expect(await seen(a, 404)).toBe(true);
  });
});
