// Wires the wizard to lib/persist.ts: brings back answers kept on this device when the
// citizen returns to a form, and keeps them as they are typed.
import { useContext, useEffect, useState } from 'preact/hooks';
import type { FormRuntime } from '../runtime.ts';
import { StoreContext } from '../store.ts';
import { deviceSaveAllowed, readSaved, saveSoon } from './persist.ts';

/** `enabled`: false for the correction after 差戻し (its answers come from the server). */
export function useDeviceSave(rt: FormRuntime, key: string, enabled: boolean): { restored: boolean; dismiss(): void } {
  const store = useContext(StoreContext);
  const on = enabled && deviceSaveAllowed();
  const [restored, setRestored] = useState(() => {
    if (!on || Object.keys(store.get(key).answers).length > 0) return false;
    const saved = readSaved(key);
    if (!saved) return false;
    // Questions removed by a later version of the form would make the filing fail.
    const known = (rt.def.schema.properties ?? {}) as Record<string, unknown>;
    const answers = Object.fromEntries(Object.entries(saved.answers).filter(([k]) => Object.hasOwn(known, k)));
    store.restore(key, answers, saved.resumeToken);
    return Object.keys(answers).length > 0;
  });
  useEffect(() => {
    if (!on) return;
    return store.subscribe(() => {
      if (store.get(key).receipt) return;
      saveSoon(key, () =>
        import('./persist-write.ts').then(
          (m) => {
            const s = store.get(key);
            if (!s.receipt) m.writeSaved(key, rt.def, { version: rt.form.version, answers: s.answers, ...(s.resumeToken ? { resumeToken: s.resumeToken } : {}) });
          },
          () => {},
        ),
      );
    });
  }, [store, key, on]);
  return { restored, dismiss: () => setRestored(false) };
}
