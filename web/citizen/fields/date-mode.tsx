// 和暦 or 西暦: the citizen chooses how to enter dates. The choice holds for every date
// field and is remembered for the session; the stored answer is ISO YYYY-MM-DD either way.
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../i18n/index.ts';

export type DateMode = 'wareki' | 'seireki';

const KEY = 'madoguchi.dateMode';
const listeners = new Set<(m: DateMode) => void>();

function saved(): DateMode | null {
  try {
    const v = sessionStorage.getItem(KEY);
    return v === 'wareki' || v === 'seireki' ? v : null;
  } catch {
    return null;
  }
}

function choose(mode: DateMode): void {
  try {
    sessionStorage.setItem(KEY, mode);
  } catch {
    // not remembered; this page still follows
  }
  for (const l of listeners) l(mode);
}

/** The chosen mode, or the widget's own until the citizen chooses. */
export function useDateMode(fallback: DateMode): DateMode {
  const [mode, setMode] = useState<DateMode | null>(saved);
  useEffect(() => {
    listeners.add(setMode);
    return () => void listeners.delete(setMode);
  }, []);
  return mode ?? fallback;
}

export function DateModeSwitch({ mode, t }: { mode: DateMode; t: Translate }) {
  return (
    <div class="date-mode" role="group" aria-label={t('date.mode')}>
      {(['wareki', 'seireki'] as const).map((m) => (
        <button key={m} type="button" class="date-mode__button" aria-pressed={mode === m ? 'true' : 'false'} onClick={() => choose(m)}>
          {t(m === 'wareki' ? 'date.wareki' : 'date.seireki')}
        </button>
      ))}
    </div>
  );
}
