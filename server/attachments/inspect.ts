// What an upload really is, judged by its bytes, never by its name or declared type.
import { fileTypeFromBuffer } from 'file-type';

export const ALLOWED_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'application/pdf']);

export async function detectType(data: Buffer): Promise<string | undefined> {
  const found = await fileTypeFromBuffer(data);
  return found && ALLOWED_TYPES.has(found.mime) ? found.mime : undefined;
}

/** A display name safe to store and show: no path, no control characters, bounded. */
export function safeFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return (clean || 'file').slice(0, 200);
}

/** Whether `type` is accepted by a list like ["image/*", "application/pdf"]. */
export function accepts(accept: readonly string[] | undefined, type: string): boolean {
  if (!accept || accept.length === 0) return true;
  return accept.some((a) => a === type || (a.endsWith('/*') && type.startsWith(a.slice(0, -1))));
}
