// The back-office part of the staff API (docs/staff-api.md, "Submissions and the back
// office"): the inbox, one submission and what a clerk does with it, aggregates, paper
// layouts and the audit log. Files (PDF, CSV) are fetched in downloads.ts.
import type { FormDefinition } from '../../../core/definition.ts';
import type { Aggregate } from '../../../core/aggregate.ts';
import type { Status } from '../../../core/status.ts';
import { request } from './api.ts';

export interface InboxItem {
  receiptNumber: string;
  formId: string;
  formTitle: FormDefinition['title'] | string;
  formVersion: number;
  status: Status;
  createdAt: string;
  updatedAt: string;
  applicant: string | null;
  proxyBy: string | null;
  /** 日時の枠 booked, for a form with slots: its id, and its label in the staff member's language. */
  slot?: string | null;
  slotLabel?: string;
}
export interface InboxPage {
  total: number;
  page: number;
  perPage: number;
  items: InboxItem[];
}

export interface Attachment {
  id: string;
  name: string;
  size: number;
  type: string;
  path: string;
}
export interface HistoryEntry {
  status: Status;
  at: string;
  actor: string | null;
  comment: string | null;
}
export interface Note {
  id: string | number;
  at: string;
  author: string | null;
  body: string;
}
export interface Revision {
  revision: number;
  formVersion: number;
  replacedAt: string;
  answers: Record<string, unknown>;
  /** Pointers of the sensitive answers shown as { masked: true } (docs/adr/0009-sensitive-fields.md). */
  masked: string[];
}
/** POST .../reveal: the clear values of masked answers (audited by the server). */
export interface Revealed {
  receiptNumber: string;
  revision: number | null;
  values: Record<string, unknown>;
  /** Sealed with a key the server no longer has. */
  unreadable: string[];
}
export interface SubmissionDetail {
  receiptNumber: string;
  formId: string;
  formTitle: FormDefinition['title'] | string;
  department: string;
  formVersion: number;
  definition: FormDefinition;
  answers: Record<string, unknown>;
  masked: string[];
  status: Status;
  createdAt: string;
  updatedAt: string;
  lang: string;
  proxyBy: string | null;
  slot?: string | null;
  revision: number;
  /** Set when the retention period ended and the answers were deleted (a tombstone). */
  purgedAt: string | null;
  attachments: Attachment[];
  history: HistoryEntry[];
  notes: Note[];
  messages: Note[];
  revisions: Revision[];
  allowedTransitions: Status[];
}

export interface LayoutField {
  name: string;
  type: 'text' | 'checkbox' | 'radio' | 'dropdown' | 'list' | 'button' | 'signature';
  /** 1-based, null when the PDF does not say. */
  page: number | null;
  options?: string[];
}
export interface LayoutPage {
  page: number;
  width: number;
  height: number;
}
/** Where answers go (server/pdf/layout-mapping.ts): AcroForm field name → source; free positions. */
export interface LayoutMapping {
  fields: Record<string, string>;
  /** page is 1-based; x, y in PDF points from the bottom left. */
  positions: { page: number; x: number; y: number; size?: number; pointer: string }[];
}
export interface LayoutSummary {
  id: string;
  name: string;
  updatedAt?: string;
}
export interface LayoutDetail extends LayoutSummary {
  fields: LayoutField[];
  pages: LayoutPage[];
  mapping: LayoutMapping;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  formId: string | null;
  department: string | null;
  records: string[];
  detail: unknown;
}
export interface AuditPage {
  total?: number;
  page: number;
  perPage?: number;
  items: AuditEntry[];
}

export type { Aggregate };

const enc = encodeURIComponent;
const sub = (rn: string) => `/api/staff/submissions/${enc(rn)}`;
const form = (id: string) => `/api/staff/forms/${enc(id)}`;

export const backoffice = {
  inbox: (query: URLSearchParams) => request<InboxPage>('GET', `/api/staff/submissions?${query.toString()}`),
  submission: (rn: string) => request<SubmissionDetail>('GET', sub(rn)),
  setStatus: (rn: string, status: Status, comment?: string) => request<unknown>('POST', `${sub(rn)}/status`, comment ? { status, comment } : { status }),
  addNote: (rn: string, body: string) => request<unknown>('POST', `${sub(rn)}/notes`, { body }),
  addMessage: (rn: string, body: string) => request<unknown>('POST', `${sub(rn)}/messages`, { body }),
  reveal: (rn: string, pointers: string[], revision?: number) =>
    request<Revealed>('POST', `${sub(rn)}/reveal`, revision === undefined ? { pointers } : { pointers, revision }),
  aggregate: (id: string) => request<Aggregate>('GET', `${form(id)}/aggregate`),
  layouts: (id: string) => request<{ layouts: LayoutSummary[] }>('GET', `${form(id)}/layouts`),
  layout: (id: string, layoutId: string) => request<LayoutDetail>('GET', `${form(id)}/layouts/${enc(layoutId)}`),
  saveLayout: (id: string, layoutId: string, body: { name?: string; mapping: LayoutMapping }) =>
    request<LayoutDetail>('PUT', `${form(id)}/layouts/${enc(layoutId)}`, body),
  deleteLayout: (id: string, layoutId: string) => request<unknown>('DELETE', `${form(id)}/layouts/${enc(layoutId)}`),
  audit: (query: URLSearchParams) => request<AuditPage>('GET', `/api/staff/audit?${query.toString()}`),
};

export const fileUrls = {
  attachment: (rn: string, id: string) => `${sub(rn)}/attachments/${enc(id)}`,
  pdf: (rn: string, layout?: string, sensitive = false) => {
    const q = new URLSearchParams();
    if (layout) q.set('layout', layout);
    if (sensitive) q.set('sensitive', 'include');
    return `${sub(rn)}/pdf${q.size > 0 ? `?${q.toString()}` : ''}`;
  },
  bulkPdf: '/api/staff/submissions/pdf',
  exportCsv: (id: string, query: URLSearchParams) => `${form(id)}/export.csv?${query.toString()}`,
  aggregateCsv: (id: string) => `${form(id)}/aggregate.csv`,
  layouts: (id: string) => `${form(id)}/layouts`,
  sample: (id: string, layoutId: string) => `${form(id)}/layouts/${enc(layoutId)}/sample.pdf`,
};
