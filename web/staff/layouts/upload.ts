// Uploading the city's PDF form (multipart: file, name), with the session's CSRF token.
import { type ApiError, baseHeaders, sessionLost } from '../lib/api.ts';
import { fileUrls, type LayoutDetail } from '../lib/backoffice-api.ts';

export async function uploadLayout(formId: string, file: File, name: string): Promise<{ status: number; body: LayoutDetail & ApiError }> {
  const data = new FormData();
  if (name) data.append('name', name); // without one the server names it after the file
  data.append('file', file, file.name);
  const headers = { ...baseHeaders('POST'), Accept: 'application/json' };
  const res = await fetch(fileUrls.layouts(formId), { method: 'POST', headers, body: data, credentials: 'same-origin' });
  if (res.status === 401) sessionLost();
  const body = (res.headers.get('content-type') ?? '').includes('json') ? await res.json().catch(() => ({})) : {};
  return { status: res.status, body };
}
