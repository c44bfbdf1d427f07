// The outbox table (schema.sqlite.ts): mails wait here, written in the same transaction
// as the change that caused them, until the worker delivers them.
import type { Db } from '../store/db.ts';
import { outbox } from '../store/schema.sqlite.ts';

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** base64, so the payload stays JSON. */
  contentBase64: string;
  /** Set for inline images referenced as cid: in the HTML part. */
  cid?: string;
}

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

/** Synchronous: call it inside the WriteBatcher job (transaction) of the change. */
export function queueMail(db: Db, mail: OutgoingMail, at: string): void {
  if (mail.to.length === 0) return;
  db.insert(outbox).values({ kind: 'mail', payload: mail, createdAt: at, nextAttemptAt: at }).run();
}
