// Wires the wizard to lib/persist.ts: says so when answers kept on this device came back
// (the store reads them, Store.get), and keeps them as they are typed.
import { useContext, useEffect, useState } from 'preact/hooks';
import type { FormRuntime } from '../runtime.ts';
import { StoreContext } from '../store.ts';
import { deviceSaveAllowed, saveSoon } from './persist.ts';

/** `enabled`: false for the correction after 差戻し (its answers come from the server). */
export function useDeviceSave(rt: FormRuntime, key: string, enabled: boolean): { restored: boolean; dismiss(): void } {
  const store = useContext(StoreContext);
  const on = enabled && deviceSaveAllowed();
  const [restored, setRestored] = useState(() => {
    if (!on) return false;
    const known = (rt.def.schema.properties ?? {}) as Record<string, unknown>;
    return store.takeRestored(key, (field) => Object.hasOwn(known, field));
  });
  useEffect(() => {
    if (!on) return;
    const keep = () => {
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
    };
    // Answers that arrived by a resume link are kept at once, not on the first keystroke; a
    // fresh form (perhaps holding defaults) waits for the citizen to type.
    if (store.get(key).resumeToken) keep();
    return store.subscribe(keep);
  }, [store, key, on]);
  return { restored, dismiss: () => setRestored(false) };
}
