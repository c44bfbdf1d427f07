// A crash between the commit and the delivery loses nothing; a stopping worker hands
// back what it has not sent; a dead worker's claim runs out; two processes on one
// database deliver every mail exactly once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { claimDueMail } from '../../../server/mail/outbox-repo.ts';
import { advance, fileRisai, mailApp, newDataDir, now, outboxRows, removeDataDir } from './mail-app.ts';
import { parseMail } from './parse-mail.ts';
import { type SmtpSink, startSmtpSink } from './smtp-sink.ts';

let dataDir: string;
let sink: SmtpSink;
const apps: FastifyInstance[] = [];

async function open(outbox: Parameters<typeof mailApp>[0]['outbox'] = {}) {
  const app = await mailApp({ dataDir, smtpUrl: sink.url, outbox });
  apps.push(app);
  return app;
}

beforeEach(() => {
  dataDir = newDataDir();
});
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  await sink.close();
  await removeDataDir(dataDir);
});

function receiptNumbersIn(s: SmtpSink): string[] {
  return s.mails.map((m) => /受付番号 (\d{4}-\d{4}-\d{2})/.exec(parseMail(m.raw).headers.subject ?? '')![1]!);
}

describe('the outbox survives', () => {
  it('a crash between commit and delivery: the next start delivers the mail', async () => {
    sink = await startSmtpSink();
    const first = await open();
    const filed = await fileRisai(first);
    // The process ends before any worker ran (the filing committed its mail with it).
    await first.close();
    apps.splice(0);
    expect(sink.mails).toHaveLength(0);

    const second = await open({ enabled: true, pollMs: 10 * 60_000 });
    await second.ready();
    await sink.received(1);
    expect(receiptNumbersIn(sink)).toEqual([filed.receiptNumber]);
  });

  it('a stop during a delivery: the mail in hand is finished, the rest handed back for the next start', async () => {
    let release!: () => void;
    let started!: () => void;
    const inFlight = new Promise<void>((r) => (started = r));
    const held = new Promise<void>((r) => (release = r));
    let calls = 0;
    sink = await startSmtpSink({ holdData: () => (calls++ === 0 ? (started(), held) : Promise.resolve()) });
    const first = await open();
    const filings = [await fileRisai(first), await fileRisai(first), await fileRisai(first)];

    const round = first.ctx.outbox.runOnce();
    await inFlight;
    const closing = first.close();
    release();
    await closing;
    apps.splice(0);
    expect(await round).toMatchObject({ claimed: 3, sent: 1, released: 2 });

    const second = await open();
    const rows = await outboxRows(second);
    expect(rows.filter((r) => r.sentAt)).toHaveLength(1);
    expect(rows.filter((r) => !r.sentAt).every((r) => r.claimedBy === null && r.attempts === 0)).toBe(true);
    // Handed back, not leased: due at once, without waiting for the lease to run out.
    expect(await second.ctx.outbox.runOnce()).toMatchObject({ claimed: 2, sent: 2 });
    expect(receiptNumbersIn(sink).sort()).toEqual(filings.map((f) => f.receiptNumber).sort());
  });

  it('a worker that died holding a claim: its rows are due again when the lease runs out', async () => {
    sink = await startSmtpSink();
    const app = await open({ leaseMs: 5 * 60_000 });
    const filed = await fileRisai(app);
    const leaseEnd = new Date(now().getTime() + 5 * 60_000).toISOString();
    const claimed = await app.ctx.writes.run((tx) => claimDueMail(tx, 'host:999:dead', now().toISOString(), leaseEnd, 10));
    expect(claimed).toHaveLength(1);

    expect((await app.ctx.outbox.runOnce()).claimed).toBe(0);
    advance(5 * 60_000 - 1);
    expect((await app.ctx.outbox.runOnce()).claimed).toBe(0);
    advance(1);
    expect(await app.ctx.outbox.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(receiptNumbersIn(sink)).toEqual([filed.receiptNumber]);
  });
});

describe('two processes on one database', () => {
  it('one with OUTBOX_ENABLED=false files, the other finds the mail on its next poll', async () => {
    sink = await startSmtpSink();
    const sender = await open({ enabled: true, pollMs: 100 });
    await sender.ready();
    const web = await open({ enabled: false });
    const filed = await fileRisai(web);
    await sink.received(1);
    expect(receiptNumbersIn(sink)).toEqual([filed.receiptNumber]);
  });

  it('two workers deliver each mail exactly once', async () => {
    sink = await startSmtpSink();
    const a = await open();
    const b = await open(); // a second process: its own connection, write queue and worker id
    expect(a.ctx.outbox).not.toBe(b.ctx.outbox);
    const filed: string[] = [];
    for (let i = 0; i < 24; i++) filed.push((await fileRisai(i % 2 ? a : b)).receiptNumber);

    const sent = { a: 0, b: 0 };
    for (let round = 0; round < 20; round++) {
      const [ra, rb] = await Promise.all([a.ctx.outbox.runOnce(), b.ctx.outbox.runOnce()]);
      sent.a += ra.sent;
      sent.b += rb.sent;
      if (ra.claimed + rb.claimed === 0) break;
    }
    expect(sent.a + sent.b).toBe(24);
    // Both really worked at the same time, on different rows.
    expect(sent.a).toBeGreaterThan(0);
    expect(sent.b).toBeGreaterThan(0);
    expect(sink.mails).toHaveLength(24);
    expect(receiptNumbersIn(sink).sort()).toEqual(filed.sort());
    const ids = sink.mails.map((m) => parseMail(m.raw).headers['message-id']);
    expect(new Set(ids).size).toBe(24);
    expect((await outboxRows(a)).every((r) => r.sentAt && r.attempts === 1 && r.claimedBy === null)).toBe(true);
  });
});
