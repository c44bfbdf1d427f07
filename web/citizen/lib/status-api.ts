// The applicant's side of a submission, keyed by the status link's token (the only key):
// status and messages, correcting after 差戻し, 取下げ. Only the status pages load this.
import type { LocalText } from '../../../core/definition.ts';
import { type ApiError, type PublishedForm, enc, request } from './api.ts';
import type { Answers } from './pointer.ts';
import type { StatusKey } from '../i18n/status-ja.ts';

export interface SubmissionStatus {
  receiptNumber: string;
  form: { id: string; title: LocalText };
  status: string;
  statusLabel: string;
  submittedAt: string;
  history: { status: string; statusLabel: string; at: string; comment?: string }[];
  /** Oldest first. */
  messages?: { at: string; body: string; fromApplicant: boolean }[];
  canWithdraw?: boolean;
  canResubmit?: boolean;
  /** What the office asked to correct, while returned. */
  returnedComment?: string | null;
  /** For a form with places: the booked slot and, while 順番待ち, the place in the queue. */
  place?: { slot: string | null; slotLabel?: string; waitingPosition?: number };
}

export interface FiledAnswers {
  version: number;
  answers: Answers;
  /** The form version they were filed against, shaped like a published form. */
  form?: Omit<PublishedForm, 'open' | 'closedMessage'>;
}

const json = (body: unknown): RequestInit => ({ body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
const base = (token: string) => `/api/submissions/${enc(token)}`;

export const statusApi = {
  status: (token: string, lang: string) => request<SubmissionStatus & ApiError>('GET', base(token), lang),
  answers: (token: string, lang: string) => request<FiledAnswers & ApiError>('GET', `${base(token)}/answers`, lang),
  resubmit: (token: string, payload: { version: number; answers: Answers }, lang: string) =>
    request<ApiError>('PUT', `${base(token)}/answers`, lang, json(payload)),
  withdraw: (token: string, comment: string, lang: string) =>
    request<ApiError>('POST', `${base(token)}/withdraw`, lang, json(comment === '' ? {} : { comment })),
};

/** The office's comment on the current status: on the last history entry, when that is it. */
export function latestComment(s: Pick<SubmissionStatus, 'history' | 'status' | 'returnedComment'>): string | undefined {
  if (s.returnedComment) return s.returnedComment;
  const last = s.history[s.history.length - 1];
  return last && last.status === s.status ? last.comment : undefined;
}

// What the page before did, to announce on the status page it navigates to (the app
// mounts a new page per URL).
let flash: { token: string; key: StatusKey } | null = null;

export function setFlash(token: string, key: StatusKey): void {
  flash = { token, key };
}

/** The message left for `token`'s status page, once. */
export function takeFlash(token: string): StatusKey | null {
  const f = flash;
  flash = null;
  return f && f.token === token ? f.key : null;
}
