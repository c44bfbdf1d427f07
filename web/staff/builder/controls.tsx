// Inputs of the settings panel. Each keeps what the user typed locally: a value the
// builder refuses (an empty Japanese label, max below min) stays on screen with the reason
// next to it, instead of snapping back, so typing is never lost. The reason is tied to the
// input with aria-describedby and announced.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describedBy, errorId, hintId } from '../components/fields.tsx';
import { useLang } from '../i18n/index.ts';

interface Props {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  value: string;
  /** Applies the value; returns the reason it was refused, or null. */
  onValue(value: string): string | null;
  multiline?: boolean;
  type?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  /** When this changes (another element, another language), the input shows `value` afresh. */
  resetKey: string;
  lang?: string;
  /** Applied when the input is left instead of on each keystroke (field keys). */
  onBlurOnly?: boolean;
  class?: string;
}

export function SettingInput(p: Props) {
  const { t } = useLang();
  const [draft, setDraft] = useState(p.value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    setDraft(p.value);
    setError(null);
  }, [p.resetKey]);
  // A change from elsewhere (undo, restore) shows, unless the user is typing here.
  useEffect(() => {
    if (!focused.current && !error) setDraft(p.value);
  }, [p.value]);
  const commit = (v: string) => setError(p.onValue(v));
  const attrs = {
    id: p.id,
    class: p.multiline ? 'input textarea' : 'input',
    value: draft,
    lang: p.lang,
    'aria-describedby': describedBy(!!p.hint && hintId(p.id), !!error && errorId(p.id)),
    'aria-invalid': error ? ('true' as const) : undefined,
    onFocus: () => (focused.current = true),
    onBlur: (e: FocusEvent) => {
      focused.current = false;
      if (p.onBlurOnly) commit((e.currentTarget as HTMLInputElement).value);
    },
    onInput: (e: Event) => {
      const v = (e.currentTarget as HTMLInputElement).value;
      setDraft(v);
      if (!p.onBlurOnly) commit(v);
    },
  };
  return (
    <div class={`field${error ? ' field--error' : ''}${p.class ? ` ${p.class}` : ''}`}>
      <label class="label" for={p.id}>
        {p.label}
      </label>
      {p.hint && (
        <p class="hint" id={hintId(p.id)}>
          {p.hint}
        </p>
      )}
      {error && (
        <p class="error-message" id={errorId(p.id)} role="alert">
          <span class="visually-hidden">{t('field.errorPrefix')} </span>
          {error}
        </p>
      )}
      {p.multiline ? <textarea rows={3} {...attrs} /> : <input type={p.type ?? 'text'} inputMode={p.inputMode} {...attrs} />}
    </div>
  );
}

/** A whole number setting ('' removes it). */
export function NumberSetting(p: Omit<Props, 'value' | 'onValue'> & { value: number | undefined; onNumber(n: number | null): string | null; decimal?: boolean }) {
  const { t } = useLang();
  return (
    <SettingInput
      {...p}
      class="field--short"
      inputMode={p.decimal ? 'decimal' : 'numeric'}
      value={p.value === undefined ? '' : String(p.value)}
      onValue={(v) => {
        const s = v.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
        if (s === '') return p.onNumber(null);
        const n = Number(s);
        if (!Number.isFinite(n) || (!p.decimal && !Number.isInteger(n))) return t('settings.numberInvalid');
        return p.onNumber(n);
      }}
    />
  );
}

/** An error a control reports next to itself (for controls other than text inputs). */
export function ControlError({ id, error }: { id: string; error: string | null }) {
  const { t } = useLang();
  if (!error) return null;
  return (
    <p class="error-message" id={errorId(id)} role="alert">
      <span class="visually-hidden">{t('field.errorPrefix')} </span>
      {error}
    </p>
  );
}
