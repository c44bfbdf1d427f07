import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { receiptNumberFromDigits } from '../../core/receipt-number.ts';

export function sha256Hex(value: string | Buffer): string {
  return createHash('sha256').update(value).digest('hex');
}

// Entropy drawn in blocks: one system call per 128 tokens instead of one per token.
let pool = Buffer.alloc(0);
let offset = 0;
function random32(): Buffer {
  if (offset + 32 > pool.length) {
    pool = randomBytes(32 * 128);
    offset = 0;
  }
  offset += 32;
  return pool.subarray(offset - 32, offset);
}

/** 256 random bits: the status link's secret. Only its hash is stored. */
export function newSecret(): string {
  return random32().toString('base64url');
}

/**
 * The status-link token: the receipt number's digits locate the row (through the index
 * it already has), the secret grants access. See ADR 0004.
 */
export function statusToken(receiptNumber: string, secret: string): string {
  return `${receiptNumber.replace(/-/g, '')}${secret}`;
}

const TOKEN = /^(\d{4})(\d{4})(\d{2})([A-Za-z0-9_-]{43})$/;

export function parseStatusToken(token: string): { receiptNumber: string; secret: string } | undefined {
  const m = TOKEN.exec(token);
  return m ? { receiptNumber: `${m[1]}-${m[2]}-${m[3]}`, secret: m[4]! } : undefined;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(sha256Hex(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function newReceiptNumber(): string {
  return receiptNumberFromDigits(String(randomInt(0, 1_000_000_000)).padStart(9, '0'));
}

/** Random id for uploads; citizens reference files by it, so it must be unguessable. */
export function newAttachmentId(): string {
  return randomBytes(24).toString('base64url');
}
