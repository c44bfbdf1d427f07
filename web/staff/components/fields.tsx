// Labelled inputs: every input has a <label>, its hint and its error are tied to it with
// aria-describedby, and aria-invalid marks it while the error shows.
import type { ComponentChildren } from 'preact';
import { useLang } from '../i18n/index.ts';

export const errorId = (id: string) => `${id}-error`;
export const hintId = (id: string) => `${id}-hint`;

export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const list = ids.filter((x): x is string => !!x);
  return list.length > 0 ? list.join(' ') : undefined;
}

interface Common {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  required?: boolean;
  /** Label visually hidden (still read out), for inputs inside compact rows. */
  hideLabel?: boolean;
  class?: string;
}

function Frame(props: Common & { children: ComponentChildren }) {
  const { t } = useLang();
  return (
    <div class={`field${props.error ? ' field--error' : ''}${props.class ? ` ${props.class}` : ''}`}>
      <label class={props.hideLabel ? 'visually-hidden' : 'label'} for={props.id}>
        {props.label}
        {props.required && <span class="required"> {t('field.required')}</span>}
      </label>
      {props.hint && (
        <p class="hint" id={hintId(props.id)}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="error-message" id={errorId(props.id)}>
          <span class="visually-hidden">{t('field.errorPrefix')} </span>
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}

const aria = (p: Common) => ({
  'aria-describedby': describedBy(!!p.hint && hintId(p.id), !!p.error && errorId(p.id)),
  'aria-invalid': p.error ? ('true' as const) : undefined,
});

interface InputAttrs {
  type?: string;
  autoComplete?: string;
  autoCapitalize?: 'none' | 'off';
  spellcheck?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email';
  min?: number;
  list?: string;
}

export function TextField(props: Common & InputAttrs & { value: string; onValue(v: string): void; onCommit?(): void }) {
  const { id, label, hint, error, required, hideLabel, value, onValue, onCommit, class: cls, ...rest } = props;
  return (
    <Frame id={id} label={label} hint={hint} error={error} required={required} hideLabel={hideLabel} class={cls}>
      <input
        {...rest}
        id={id}
        class="input"
        value={value}
        required={required}
        {...aria(props)}
        onInput={(e) => onValue(e.currentTarget.value)}
        onBlur={onCommit}
      />
    </Frame>
  );
}

export function TextArea(props: Common & { value: string; onValue(v: string): void; rows?: number; placeholder?: string }) {
  return (
    <Frame {...props}>
      <textarea
        id={props.id}
        class="input textarea"
        rows={props.rows ?? 3}
        value={props.value}
        placeholder={props.placeholder}
        {...aria(props)}
        onInput={(e) => props.onValue(e.currentTarget.value)}
      />
    </Frame>
  );
}

export function SelectField(props: Common & { value: string; onValue(v: string): void; options: { value: string; label: string }[] }) {
  return (
    <Frame {...props}>
      <select id={props.id} class="input select" value={props.value} required={props.required} {...aria(props)} onChange={(e) => props.onValue(e.currentTarget.value)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function CheckboxField(props: { id: string; label: ComponentChildren; checked: boolean; onValue(v: boolean): void; hint?: ComponentChildren; disabled?: boolean }) {
  return (
    <div class="field field--check">
      <input
        type="checkbox"
        id={props.id}
        class="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint ? hintId(props.id) : undefined}
        onChange={(e) => props.onValue(e.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={hintId(props.id)}>
          {props.hint}
        </p>
      )}
    </div>
  );
}
