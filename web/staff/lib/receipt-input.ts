// What a clerk types or scans at the counter, read as a receipt number. The check digit is
// verified here, before the server is asked: a mistyped digit is caught at once with a
// message that says so, and no lookup of someone else's number is attempted.
import { normalizeReceiptNumber } from '../../../core/receipt-number.ts';
import { normalizeHyphens, toHalfWidthDigits } from '../../../core/jp/width.ts';

export type ReceiptInput = { kind: 'ok'; receiptNumber: string } | { kind: 'empty' } | { kind: 'length'; digits: number } | { kind: 'checkDigit' } | { kind: 'notDigits' };

export function readReceiptInput(raw: string): ReceiptInput {
  const s = normalizeHyphens(toHalfWidthDigits(raw)).replace(/[\s-]/g, '');
  if (s === '') return { kind: 'empty' };
  if (!/^\d+$/.test(s)) return { kind: 'notDigits' };
  if (s.length !== 10) return { kind: 'length', digits: s.length };
  const rn = normalizeReceiptNumber(s);
  return rn ? { kind: 'ok', receiptNumber: rn } : { kind: 'checkDigit' };
}

/**
 * The receipt number in a scanned QR code: the code holds PUBLIC_URL/staff/r/<number>
 * (GET /api/receipts/:rn/qr.svg); a bare number is accepted too. Anything else is null,
 * so a stray QR code (a poster's URL) opens nothing.
 */
export function receiptFromScan(text: string): string | null {
  const t = text.trim();
  const m = /\/staff\/r\/([^/?#\s]+)\/?(?:[?#].*)?$/.exec(t);
  let candidate = t;
  if (m) {
    try {
      candidate = decodeURIComponent(m[1]!);
    } catch {
      return null;
    }
  } else if (/[/:]/.test(t)) return null;
  const r = readReceiptInput(candidate);
  return r.kind === 'ok' ? r.receiptNumber : null;
}
