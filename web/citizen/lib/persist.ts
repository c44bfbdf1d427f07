// Answers kept on the device as they are typed (localStorage, one entry per form), so a
// reload, a closed tab or a dead battery loses nothing; removed once the form is filed.
// Never on a shared screen: the counter tablet (/proxy/) or the builder's preview. Sensitive
// answers are left out when writing (lib/persist-write.ts, loaded on the first save; see
// docs/adr/0010-saving-progress.md). Full or disabled storage only means nothing is kept.
import type { Answers } from './pointer.ts';

export interface SavedOnDevice {
  v: 1;
  version: number;
  answers: Answers;
  /** The resume link's token, when the citizen also saved on the server (一時保存). */
  resumeToken?: string;
  savedAt: string;
}

const PREFIX = 'madoguchi.answers.';
export const storageKey = (formId: string) => `${PREFIX}${formId}`;

export function deviceSaveAllowed(path = location.pathname): boolean {
  return !path.startsWith('/proxy/') && !path.startsWith('/preview/') && path !== '/proxy';
}

export function readSaved(formId: string): SavedOnDevice | undefined {
  try {
    const raw = localStorage.getItem(storageKey(formId));
    const v = raw ? (JSON.parse(raw) as SavedOnDevice) : undefined;
    return v && v.v === 1 && v.answers && typeof v.answers === 'object' && !Array.isArray(v.answers) ? v : undefined;
  } catch {
    return undefined;
  }
}

export function clearSaved(formId: string): void {
  clearTimeout(timers.get(formId));
  timers.delete(formId);
  try {
    localStorage.removeItem(storageKey(formId));
  } catch {
    // storage disabled: nothing was kept
  }
}

const timers = new Map<string, ReturnType<typeof setTimeout>>();
export const SAVE_DELAY_MS = 400;

/** Writes `entry()` after the citizen pauses typing; the latest call wins. */
export function saveSoon(formId: string, write: () => void): void {
  clearTimeout(timers.get(formId));
  timers.set(
    formId,
    setTimeout(() => {
      timers.delete(formId);
      write();
    }, SAVE_DELAY_MS),
  );
}
