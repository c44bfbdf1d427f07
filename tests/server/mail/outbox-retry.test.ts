// SMTP down, up again, or saying no for good: the outbox backs off, delivers when it
// can, and gives up only when retrying cannot help, keeping no address in its record.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { retryDelayMs } from '../../../server/mail/retry-policy.ts';
import { libraryForm } from '../../helpers/fixtures.ts';
import { capturedLog } from '../../helpers/log-capture.ts';
import { advance, fileRisai, logSince, mailApp, newDataDir, now, outboxRows, removeDataDir } from './mail-app.ts';
import { freePort, type SmtpSink, startSmtpSink } from './smtp-sink.ts';

const EMAIL = libraryForm('disaster/risai-shomei.json').example.applicantEmail as string;
const RETRY = { retryBaseMs: 30_000, retryMaxMs: 4 * 60_000, maxAttempts: 6 };

let app: FastifyInstance | undefined;
let dataDir: string;
let sink: SmtpSink | undefined;

beforeEach(() => {
  dataDir = newDataDir();
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  await sink?.close();
  sink = undefined;
  await removeDataDir(dataDir);
});

describe('retries', () => {
  it('doubles the wait up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n, 30_000, 240_000))).toEqual([30_000, 60_000, 120_000, 240_000, 240_000, 240_000, 240_000]);
    expect(retryDelayMs(1000, 30_000, 3_600_000)).toBe(3_600_000);
  });

  it('SMTP down: backs off exponentially, then delivers once the server is back', async () => {
    const port = await freePort();
    app = await mailApp({ dataDir, smtpUrl: `smtp://127.0.0.1:${port}`, outbox: RETRY });
    const logFrom = capturedLog.length;
    const filed = await fileRisai(app);

    expect(await app.ctx.outbox.runOnce()).toMatchObject({ claimed: 1, sent: 0, retried: 1 });
    let [row] = await outboxRows(app);
    expect(row).toMatchObject({ attempts: 1, sentAt: null, failedAt: null, claimedBy: null });
    expect(row!.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    expect(row!.nextAttemptAt).toBe(new Date(now().getTime() + 30_000).toISOString());

    // Not due yet: nothing is tried.
    advance(29_000);
    expect((await app.ctx.outbox.runOnce()).claimed).toBe(0);
    advance(1_000);
    expect(await app.ctx.outbox.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    [row] = await outboxRows(app);
    expect(row!.attempts).toBe(2);
    expect(row!.nextAttemptAt).toBe(new Date(now().getTime() + 60_000).toISOString());

    sink = await startSmtpSink({ port });
    advance(60_000);
    expect(await app.ctx.outbox.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    const [mail] = await sink.received(1);
    expect(mail!.to).toEqual([EMAIL]);
    expect(mail!.raw.toString('latin1')).toContain(filed.receiptNumber);
    [row] = await outboxRows(app);
    expect(row).toMatchObject({ attempts: 3, failedAt: null });
    expect(row!.sentAt).toBe(now().toISOString());

    const log = logSince(logFrom);
    expect(log).toContain('will retry');
    expect(log).not.toContain(EMAIL);
  });

  it('gives up after the configured number of attempts, and the row stays for an admin', async () => {
    app = await mailApp({ dataDir, smtpUrl: `smtp://127.0.0.1:${await freePort()}`, outbox: { ...RETRY, maxAttempts: 3 } });
    await fileRisai(app);
    for (let i = 0; i < 3; i++) {
      await app.ctx.outbox.runOnce();
      advance(RETRY.retryMaxMs);
    }
    const [row] = await outboxRows(app);
    expect(row).toMatchObject({ attempts: 3, sentAt: null });
    expect(row!.failedAt).toBeTruthy();
    advance(24 * 3_600_000);
    expect((await app.ctx.outbox.runOnce()).claimed).toBe(0);
  });

  it('a refused mailbox (550) fails at once; the record keeps the reply code, not the address', async () => {
    sink = await startSmtpSink({ refuse: (address) => address === EMAIL });
    app = await mailApp({ dataDir, smtpUrl: sink.url, outbox: RETRY });
    const logFrom = capturedLog.length;
    await fileRisai(app);
    expect(await app.ctx.outbox.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    const [row] = await outboxRows(app);
    expect(row).toMatchObject({ attempts: 1, sentAt: null });
    expect(row!.failedAt).toBeTruthy();
    expect(row!.lastError).toMatch(/^EENVELOPE 550 /);
    expect(row!.lastError).not.toContain(EMAIL);
    expect(row!.lastError).not.toContain('@');
    expect(sink.mails).toHaveLength(0);
    const log = logSince(logFrom);
    expect(log).toContain('given up');
    expect(log).not.toContain(EMAIL);
  });

  it('a wrong SMTP login is retried (the operator fixes the setting), without the password in the record', async () => {
    sink = await startSmtpSink({ auth: { user: 'madoguchi', pass: 'right-password' } });
    app = await mailApp({ dataDir, smtpUrl: `smtp://madoguchi:wrong-password@127.0.0.1:${sink.port}`, outbox: RETRY });
    await fileRisai(app);
    expect(await app.ctx.outbox.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    const [row] = await outboxRows(app);
    expect(row!.lastError).toMatch(/^EAUTH 535/);
    expect(row!.lastError).not.toContain('wrong-password');
  });
});
