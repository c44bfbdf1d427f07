// A copy of unsaved work in localStorage, so nothing typed is lost if the network is down,
// the session ends (the app then shows the login page) or the tab is closed before the
// autosave went through. Cleared once the server has the same definition.
import type { FormDefinition } from '../../../core/definition.ts';

const key = (id: string) => `madoguchi.staff.unsaved.${id}`;

export interface Backup {
  def: FormDefinition;
  at: string;
}

export function writeBackup(id: string, def: FormDefinition): void {
  try {
    localStorage.setItem(key(id), JSON.stringify({ def, at: new Date().toISOString() }));
  } catch {
    // storage full or disabled: the autosave is still trying
  }
}

export function readBackup(id: string): Backup | null {
  try {
    const raw = localStorage.getItem(key(id));
    const parsed = raw ? (JSON.parse(raw) as Backup) : null;
    return parsed && parsed.def && typeof parsed.def === 'object' && parsed.def.id === id ? parsed : null;
  } catch {
    return null;
  }
}

export function clearBackup(id: string): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    // nothing to clear
  }
}
