// Where mails go: SMTP when SMTP_URL is set, else .eml files (RFC 822, CRLF) under
// DATA_DIR/mail, so a city without a relay yet loses nothing and can send them later.
import { mkdir, open, rename } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailConfig } from '../config.ts';
import { composeMail, type OutboxMail } from './compose.ts';

export interface MailTransport {
  /** For the log at start: where mails go, never credentials or addresses. */
  readonly description: string;
  deliver(row: OutboxMail): Promise<void>;
  close(): void;
}

// Shorter than nodemailer's defaults (2 and 10 minutes), so one attempt ends well within
// the outbox lease and a worker being stopped is not held up for long.
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

export function createMailTransport(config: MailConfig, dataDir: string): MailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl, config.from) : emlTransport(join(dataDir, 'mail'), config.from);
}

/** smtp://host:587 without user and password. */
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ''}`;
  } catch {
    return 'an SMTP server (SMTP_URL is not a valid URL)';
  }
}

function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS, disableFileAccess: true, disableUrlAccess: true });
  return {
    description: `SMTP ${safeUrl(url)}`,
    async deliver(row) {
      await transporter.sendMail(composeMail(row, from));
    },
    close: () => transporter.close(),
  };
}

/** Sortable by time; the row id makes it unique, and a repeated delivery overwrites, not duplicates. */
export function emlFileName(row: Pick<OutboxMail, 'id' | 'createdAt'>): string {
  return `${row.createdAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${row.id}.eml`;
}

function emlTransport(dir: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    description: `.eml files in ${dir} (SMTP_URL is not set)`,
    async deliver(row) {
      const info = await transporter.sendMail(composeMail(row, from));
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const target = join(dir, emlFileName(row));
      // Written whole or not at all, and on disk before the row is marked sent.
      const tmp = `${target}.tmp`;
      const file = await open(tmp, 'w', 0o600);
      try {
        await file.writeFile(info.message as Buffer);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(tmp, target);
    },
    close: () => transporter.close(),
  };
}
