// Files from the staff API (PDF, CSV) fetched by script rather than by a plain link, where
// the page must see the answer first: a CSV refused with 422 lists what Shift_JIS cannot
// hold, and the bulk PDF is a POST (CSRF token) of the selected receipt numbers.
import { type ApiError, baseHeaders, sessionLost } from './api.ts';

export type FileResult = { ok: true; blob: Blob; filename: string | null } | { ok: false; status: number; body: ApiError & Record<string, unknown> };

export async function fetchFile(method: 'GET' | 'POST', url: string, body?: unknown): Promise<FileResult> {
  const headers = baseHeaders(method);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  if (res.ok) return { ok: true, blob: await res.blob(), filename: filenameOf(res.headers.get('content-disposition')) };
  if (res.status === 401) sessionLost();
  const parsed = (res.headers.get('content-type') ?? '').includes('json') ? await res.json().catch(() => ({})) : {};
  return { ok: false, status: res.status, body: parsed ?? {} };
}

/** The file name of a Content-Disposition header (RFC 6266: filename* wins). */
export function filenameOf(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      // malformed: try the plain one
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  return plain ? (plain[2] ?? plain[1]!).trim() : null;
}

/** Hands a fetched file to the browser as a download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
