// Without SMTP_URL nothing is lost: each mail becomes an .eml file (RFC 822) under
// DATA_DIR/mail, which any mail program opens and an operator can send on later.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { libraryForm } from '../../helpers/fixtures.ts';
import { capturedLog } from '../../helpers/log-capture.ts';
import { fileRisai, logSince, mailApp, newDataDir, outboxRows, removeDataDir } from './mail-app.ts';
import { parseMail } from './parse-mail.ts';
import { readQrPng } from './read-qr.ts';

const EMAIL = libraryForm('disaster/risai-shomei.json').example.applicantEmail as string;

let app: FastifyInstance;
let dataDir: string;
beforeEach(() => {
  dataDir = newDataDir();
});
afterEach(async () => {
  await app.close();
  await removeDataDir(dataDir);
});

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('started with the app and woken by the filing, writes the receipt mail as an .eml file', async () => {
  const logFrom = capturedLog.length;
  // A poll interval far beyond the test: only the wake after the commit can deliver in time.
  app = await mailApp({ dataDir, outbox: { enabled: true, pollMs: 10 * 60_000 }, publicUrl: 'https://shinsei.example.lg.jp' });
  await app.ready();
  const filed = await fileRisai(app);

  const mailDir = join(dataDir, 'mail');
  const name = await until(() => {
    try {
      return readdirSync(mailDir).find((f) => f.endsWith('.eml'));
    } catch {
      return undefined;
    }
  });
  expect(name).toMatch(/^\d{8}T\d{6}Z-\d+\.eml$/);
  expect(statSync(join(mailDir, name)).mode & 0o777).toBe(0o600);
  const raw = readFileSync(join(mailDir, name));
  expect(raw.toString('latin1')).toMatch(/\r\n\r\n/); // CRLF, as RFC 5322 wants
  const mail = parseMail(raw);
  expect(mail.headers.to).toBe(EMAIL);
  expect(mail.headers.from).toBe('madoguchi <no-reply@localhost>');
  expect(mail.headers.subject).toContain(filed.receiptNumber);
  expect(mail.text()).toContain(filed.statusUrl);
  expect(readQrPng(mail.byCid('receipt-qr@madoguchi')!.body)).toBe(`https://shinsei.example.lg.jp/staff/r/${filed.receiptNumber}`);

  await until(async () => ((await outboxRows(app))[0]?.sentAt ? true : undefined));
  expect(readdirSync(mailDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

  const log = logSince(logFrom);
  expect(log.split('outbox worker started').length - 1).toBe(1);
  expect(log).toContain('SMTP_URL is not set');
  expect(log).not.toContain(EMAIL);
});
