// An outbox row as nodemailer message options. The Message-ID is derived from the row,
// so a mail sent twice (a crash after the SMTP server accepted it, before sent_at was
// written) reaches the mailbox with the same id, and clients that dedupe show it once.
import type { SendMailOptions } from 'nodemailer';
import type { OutgoingMail } from './outbox-repo.ts';
import { qrPng } from './receipt-qr.ts';

export interface OutboxMail {
  id: number;
  createdAt: string;
  mail: OutgoingMail;
}

/** The domain part of `from` (e.g. `madoguchi <no-reply@city.example.lg.jp>`), for Message-IDs. */
export function fromDomain(from: string): string {
  const m = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return m ? m[1]!.toLowerCase() : 'localhost';
}

export function messageId(row: Pick<OutboxMail, 'id' | 'createdAt'>, from: string): string {
  return `<outbox.${row.id}.${row.createdAt.replace(/\D/g, '')}@${fromDomain(from)}>`;
}

export function composeMail(row: OutboxMail, from: string): SendMailOptions {
  const { mail } = row;
  const attachments: NonNullable<SendMailOptions['attachments']> = (mail.attachments ?? []).map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    content: Buffer.from(a.contentBase64, 'base64'),
    ...(a.cid ? { cid: a.cid, contentDisposition: 'inline' as const } : {}),
  }));
  if (mail.qr) {
    attachments.push({ filename: 'receipt-qr.png', contentType: 'image/png', content: qrPng(mail.qr.text), cid: mail.qr.cid, contentDisposition: 'inline' });
  }
  return {
    from,
    // Objects, not strings: nodemailer reads a string as a list, so "a@b.jp, c@d.jp" in an
    // answer could otherwise add a recipient.
    to: mail.to.map((address) => ({ name: '', address })),
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    attachments,
    messageId: messageId(row, from),
    date: new Date(row.createdAt),
    headers: {
      // RFC 3834: an automatic mail; out-of-office replies stay away from no-reply.
      'Auto-Submitted': 'auto-generated',
      ...(mail.lang ? { 'Content-Language': mail.lang } : {}),
    },
    // The payload is data: it may never make nodemailer read a file or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
