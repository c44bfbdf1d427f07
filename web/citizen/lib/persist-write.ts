// The writing half of lib/persist.ts, loaded on the first save (it needs the definition's
// sensitive marks, which the opening of a form does not).
import type { FormDefinition } from '../../../core/definition.ts';
import { mapAtPointers, sensitivePointers } from '../../../core/sensitive.ts';
import type { Answers } from './pointer.ts';
import { type SavedOnDevice, storageKey } from './persist.ts';

const DROPPED = Symbol('dropped');

/** The answers without any sensitive value (マイナンバー, accounts, health): those stay off the device. */
export function withoutSensitive(def: Pick<FormDefinition, 'schema'>, answers: Answers): Answers {
  const marked = mapAtPointers(sensitivePointers(def), answers, () => DROPPED);
  return JSON.parse(JSON.stringify(marked, (_k, v: unknown) => (v === DROPPED ? undefined : v))) as Answers;
}

/** Stores the entry; false when storage is full or disabled (filing goes on regardless). */
export function writeSaved(formId: string, def: Pick<FormDefinition, 'schema'>, entry: Omit<SavedOnDevice, 'v' | 'savedAt'>): boolean {
  const answers = withoutSensitive(def, entry.answers);
  try {
    if (Object.keys(answers).length === 0 && !entry.resumeToken) localStorage.removeItem(storageKey(formId));
    else localStorage.setItem(storageKey(formId), JSON.stringify({ v: 1, ...entry, answers, savedAt: new Date().toISOString() } satisfies SavedOnDevice));
    return true;
  } catch {
    return false;
  }
}
