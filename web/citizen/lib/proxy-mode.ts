// 窓口代理入力: the staff app opens a published form under /proxy/forms/:id/... on the
// counter tablet. The same wizard, with the clerk's session: the filing carries the session
// cookie, its CSRF token and the proxy marker, and the server checks all three (ADR 0011).
// Nothing stays behind: the device keeps no answers here (lib/persist.ts), and 「次の方」
// reloads the page so not even memory holds the last citizen's.
import { type ApiError, enc, type Receipt, request, type Response } from './api.ts';

export { inProxy } from './proxy-path.ts';

export interface Clerk {
  displayName: string;
  csrfToken: string;
}

let clerk: Promise<Clerk | null> | undefined;

/** The clerk logged in on this tablet, or null (then the page says to log in). */
export function proxyClerk(lang: string): Promise<Clerk | null> {
  return (clerk ??= request<{ user?: { displayName: string }; csrfToken?: string }>('GET', '/api/staff/session', lang).then(
    (res) => (res.status === 200 && res.body?.user && res.body.csrfToken ? { displayName: res.body.user.displayName, csrfToken: res.body.csrfToken } : null),
    () => null,
  ).then((found) => {
    if (!found) clerk = undefined; // asked again after the clerk logs in
    return found;
  }));
}

export async function proxySubmit(formId: string, payload: { version: number; answers: Record<string, unknown>; slot?: string }, key: string, lang: string): Promise<Response<Receipt & ApiError>> {
  const c = await proxyClerk(lang);
  return request<Receipt & ApiError>('POST', `/api/forms/${enc(formId)}/submissions`, lang, {
    body: JSON.stringify(payload),
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'X-Madoguchi-Proxy': '1', 'X-CSRF-Token': c?.csrfToken ?? '' },
  });
}

/** The staff print of the filing (with the signature box), opened by the clerk's session. */
export const signaturePdfUrl = (receiptNumber: string): string => `/api/staff/submissions/${enc(receiptNumber)}/pdf`;

/** 「次の方」: a fresh page load of the form's first page; the answers in memory go with the old page. */
export function nextPerson(formId: string): void {
  location.assign(`/proxy/forms/${enc(formId)}/p/1`);
}
