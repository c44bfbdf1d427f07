// Where the wizard keeps its answers and where its links lead. Filing a new application
// uses the form's own session and /forms/:id/...; correcting a returned application
// (/s/:token/fix/...) uses a session of its own, so its answers never touch a draft of a
// new application of the same form.
import type { ComponentChildren } from 'preact';
import type { ApiError, Response } from './api.ts';
import type { Answers } from './pointer.ts';

export interface FormScope {
  /** The store session. */
  key: string;
  /** The URL of a view of this scope: 'p/2', 'check', 'example?from=1'. */
  path(rest: string): string;
  /** Where 「戻る」 on the first page leads (the procedure list by default). */
  exit?: { href: string; label: string };
  /** Shown right under each page's heading, where focus lands (what is being corrected). */
  note?: ComponentChildren;
  /** Set when correcting: the check page sends the answers here instead of filing anew. */
  correction?: Correction;
}

export interface Correction {
  send(payload: { version: number; answers: Answers }, lang: string): Promise<Response<ApiError>>;
  /** The server took the corrected answers. */
  sent(): void;
  texts: { title: string; intro: string; submit: string; sending: string; failed: string; network: string };
}
