// All of a citizen's answers live here, in memory, one session per form. Pages and
// widgets read and write through this store, so moving between pages, switching
// language or visiting the check page never loses anything.
import { createContext } from 'preact';
import { useContext, useEffect, useReducer } from 'preact/hooks';
import type { FieldError } from '../../core/errors.ts';
import type { Receipt } from './lib/api.ts';
import { clearSaved, deviceSaveAllowed, readSaved } from './lib/persist.ts';
import { type Answers, getIn, setIn, within } from './lib/pointer.ts';
import { newIdempotencyKey } from './lib/uuid.ts';

export interface Session {
  /** As typed (normalised field by field on blur); hidden fields are kept until submit. */
  answers: Answers;
  /** Widget state that is not an answer: partly typed 和暦 dates, the email confirmation. */
  drafts: Record<string, unknown>;
  /** Pointers whose errors are shown (left once, or the page was sent with 「次へ」). */
  revealed: string[];
  /** Errors the server reported for the last submit, until the answer changes. */
  serverErrors: FieldError[];
  /** One per filing; a retry of the same filing reuses it. */
  idempotencyKey: string;
  submitting: boolean;
  receipt: Receipt | null;
  /** The 一時保存 link's token once the citizen saved on the server: later saves update it, filing deletes it. */
  resumeToken?: string;
  /** The answers came back from this device (lib/persist.ts) and the wizard has not said so yet. */
  restored?: boolean;
}

function freshSession(): Session {
  return { answers: {}, drafts: {}, revealed: [], serverErrors: [], idempotencyKey: newIdempotencyKey(), submitting: false, receipt: null };
}

export class Store {
  private sessions = new Map<string, Session>();
  private listeners = new Set<() => void>();

  get(formId: string): Session {
    let s = this.sessions.get(formId);
    if (!s) {
      s = freshSession();
      // Whichever page is opened first (a reload on the check page too), the answers kept on
      // this device are there; never on the counter tablet or in the preview.
      const saved = typeof location !== 'undefined' && deviceSaveAllowed() ? readSaved(formId) : undefined;
      if (saved) s = { ...s, answers: saved.answers, restored: true, ...(saved.resumeToken ? { resumeToken: saved.resumeToken } : {}) };
      this.sessions.set(formId, s);
    }
    return s;
  }

  /**
   * Once, on the first wizard page after answers came back: drops answers to questions the
   * form no longer has (they would make the filing fail) and tells whether any are left. Quiet
   * (no re-render): it runs while that page renders.
   */
  takeRestored(formId: string, known: (field: string) => boolean): boolean {
    const s = this.get(formId);
    if (!s.restored) return false;
    const answers = Object.fromEntries(Object.entries(s.answers).filter(([k]) => known(k)));
    this.sessions.set(formId, { ...s, answers, restored: false });
    return Object.keys(answers).length > 0;
  }

  update(formId: string, fn: (s: Session) => Session): void {
    this.sessions.set(formId, fn(this.get(formId)));
    for (const l of [...this.listeners]) l();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // --- answers -------------------------------------------------------------------

  setValue(formId: string, pointer: string, value: unknown): void {
    this.updateValue(formId, pointer, () => value);
  }

  updateValue(formId: string, pointer: string, fn: (previous: unknown) => unknown): void {
    this.update(formId, (s) => {
      const answers = setIn(s.answers, pointer, fn(getIn(s.answers, pointer)));
      // A server error is stale once the citizen changes that answer.
      const serverErrors = s.serverErrors.filter((e) => !within(e.path, pointer) && !within(pointer, e.path));
      return { ...s, answers, serverErrors };
    });
  }

  draft(formId: string, key: string): unknown {
    return this.get(formId).drafts[key];
  }

  setDraft(formId: string, key: string, value: unknown): void {
    this.update(formId, (s) => ({ ...s, drafts: { ...s.drafts, [key]: value } }));
  }

  // --- which errors are shown --------------------------------------------------------

  reveal(formId: string, pointers: string[]): void {
    const s = this.get(formId);
    const missing = pointers.filter((p) => !s.revealed.includes(p));
    if (missing.length > 0) this.update(formId, (x) => ({ ...x, revealed: [...x.revealed, ...missing] }));
  }

  /** Hides errors of `pointer` again (it was corrected; new mistakes show on the next blur). */
  conceal(formId: string, pointer: string): void {
    const s = this.get(formId);
    if (s.revealed.some((p) => within(p, pointer))) {
      this.update(formId, (x) => ({ ...x, revealed: x.revealed.filter((p) => !within(p, pointer)) }));
    }
  }

  // --- saved progress (lib/persist.ts, 一時保存) ---------------------------------------

  /** Answers brought back from the device or a resume link replace the session's. */
  restore(formId: string, answers: Answers, resumeToken?: string): void {
    this.update(formId, (s) => ({ ...freshSession(), idempotencyKey: s.idempotencyKey, answers, ...(resumeToken ? { resumeToken } : {}) }));
  }

  setResumeToken(formId: string, resumeToken: string): void {
    this.update(formId, (s) => ({ ...s, resumeToken }));
  }

  /** 「最初から入力する」: nothing typed is kept, here or on the device. */
  startOver(formId: string): void {
    this.forgetDraft(formId);
    clearSaved(formId);
    this.update(formId, () => freshSession());
  }

  /** The server copy (一時保存) has done its job; if this fails, it expires on its own. */
  private forgetDraft(formId: string): void {
    const token = this.sessions.get(formId)?.resumeToken;
    if (token) fetch(`/api/drafts/${encodeURIComponent(token)}`, { method: 'DELETE', credentials: 'same-origin' }).catch(() => {});
  }

  // --- filing --------------------------------------------------------------------------

  setSubmitting(formId: string, submitting: boolean): void {
    this.update(formId, (s) => ({ ...s, submitting }));
  }

  setServerErrors(formId: string, serverErrors: FieldError[]): void {
    this.update(formId, (s) => ({ ...s, serverErrors }));
  }

  /** Filed: forget the answers (they are personal data) and keep only the receipt. */
  filed(formId: string, receipt: Receipt): void {
    this.forgetDraft(formId);
    clearSaved(formId);
    this.sessions.set(formId, { ...freshSession(), receipt });
    for (const l of [...this.listeners]) l();
  }
}

export const StoreContext = createContext<Store>(new Store());

/** The session of `formId`, re-rendering the caller whenever the store changes. */
export function useSession(formId: string): [Session, Store] {
  const store = useContext(StoreContext);
  const [, bump] = useReducer((n: number, _: null) => n + 1, 0);
  useEffect(() => store.subscribe(() => bump(null)), [store]);
  return [store.get(formId), store];
}
