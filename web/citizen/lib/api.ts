// The public HTTP API as the citizen app uses it. Every request says which language the
// citizen reads, so server messages (errors, status labels) come back in it.
import type { CompiledRule } from '../../../core/compile.ts';
import type { Category, FormDefinition, LocalText } from '../../../core/definition.ts';
import type { FieldError } from '../../../core/errors.ts';

export interface FormSummary {
  id: string;
  title: LocalText;
  description?: LocalText;
  category: Category | string;
  department: string;
  keywords: string[];
}

export interface PublishedForm {
  id: string;
  version: number;
  definition: FormDefinition;
  rules: CompiledRule[];
  validatorUrl: string;
  open: boolean;
  closedMessage?: string;
}

export interface Address {
  prefecture: string;
  city: string;
  town: string;
}

export interface AttachmentRef {
  id: string;
  name: string;
  size: number;
  type: string;
}

export interface Receipt {
  receiptNumber: string;
  statusUrl: string;
  /** 'waitlisted' when the places were taken and the form keeps a waiting list (順番待ち). */
  status?: string;
  waitingPosition?: number;
  /** The booked slot's label, for a form with slots. */
  slotLabel?: string;
}

/** Places left per slot ('' for a form without slots): GET /api/forms/:id/places. */
export interface Places {
  waitingList: boolean;
  places: { slot: string; label?: LocalText; capacity: number; remaining: number }[];
}

export interface Response<T> {
  status: number;
  body: T;
}

export type ApiError = { error?: string; message?: string; errors?: FieldError[] };

export async function request<T>(method: string, path: string, lang: string, init: RequestInit = {}): Promise<Response<T>> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', lang);
  const res = await fetch(path, { ...init, method, headers, credentials: 'same-origin' });
  let body: unknown = null;
  if ((res.headers.get('content-type') ?? '').includes('json')) body = await res.json().catch(() => null);
  return { status: res.status, body: body as T };
}

export const enc = encodeURIComponent;

export const api = {
  forms: (lang: string) => request<{ forms: FormSummary[] }>('GET', '/api/forms', lang),
  form: (id: string, lang: string) => request<PublishedForm & ApiError>('GET', `/api/forms/${enc(id)}`, lang),
  /** A staff draft shaped like a published form (builder preview; needs a staff session). */
  preview: (id: string, lang: string) => request<PublishedForm & ApiError>('GET', `/api/staff/forms/${enc(id)}/preview`, lang),
  places: (id: string, lang: string) => request<Places & ApiError>('GET', `/api/forms/${enc(id)}/places`, lang),
  postalCode: (digits: string, lang: string) =>
    request<{ addresses: Address[] }>('GET', `/api/postal-codes/${enc(digits)}`, lang),
  upload(formId: string, file: Blob, name: string, lang: string) {
    const body = new FormData();
    body.append('file', file, name);
    return request<AttachmentRef & ApiError>('POST', `/api/forms/${enc(formId)}/attachments`, lang, { body });
  },
  /** `proof`: the solved challenge (lib/proof.ts), when the server asks for one. */
  submit(formId: string, payload: { version: number; answers: Record<string, unknown>; slot?: string }, key: string, lang: string, proof?: string) {
    return request<Receipt & ApiError>('POST', `/api/forms/${enc(formId)}/submissions`, lang, {
      body: JSON.stringify(payload),
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...(proof ? { 'X-Madoguchi-Proof': proof } : {}) },
    });
  },
};
