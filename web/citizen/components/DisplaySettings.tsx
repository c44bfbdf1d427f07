// Two toggle buttons in the header: larger text, and high-contrast colours.
import { useState } from 'preact/hooks';
import { useLang } from '../i18n/index.ts';
import { type DisplayOption, saveDisplay, savedDisplay } from './display.ts';

export function DisplaySettings() {
  const { t } = useLang();
  const [on, setOn] = useState(savedDisplay);
  const toggle = (o: DisplayOption) => {
    const next = on.includes(o) ? on.filter((x) => x !== o) : [...on, o];
    saveDisplay(next);
    setOn(next);
  };
  return (
    <div class="display-switch" role="group" aria-label={t('display.label')}>
      {(['large', 'contrast'] as const).map((o) => (
        <button key={o} type="button" class="display-switch__button" aria-pressed={on.includes(o) ? 'true' : 'false'} onClick={() => toggle(o)}>
          {t(o === 'large' ? 'display.large' : 'display.contrast')}
        </button>
      ))}
    </div>
  );
}
