// The pre-filled answer of a field (schema `default`), with an input that fits its kind:
// a choice among its options, yes/no, a number or a text.
import { useState } from 'preact/hooks';
import { updateField, type ElementAddress, type FieldSettings } from '../../../core/builder/index.ts';
import { text } from '../../../core/i18n.ts';
import { useLang } from '../i18n/index.ts';
import { ControlError, NumberSetting, SettingInput } from './controls.tsx';
import { elementDomId } from './dom.ts';
import { useBuilder } from './use-builder.ts';

export function DefaultEditor({ a, s }: { a: ElementAddress; s: FieldSettings }) {
  const { lang, t } = useLang();
  const b = useBuilder();
  const id = `${elementDomId(a)}-default`;
  const [error, setError] = useState<string | null>(null);
  const apply = (value: unknown, coalesce?: string) => {
    const e = b.apply((def) => updateField(def, a, { default: value }), { coalesce, structural: coalesce === undefined });
    setError(e);
    return e;
  };
  const reset = `${a.page}-${a.index}-${a.child ?? ''}`;
  if (s.kind === 'radio' || s.kind === 'select' || s.kind === 'yes-no') {
    const choices = s.kind === 'yes-no' ? [{ value: 'true', label: t('yesNo.yes') }, { value: 'false', label: t('yesNo.no') }] : (s.options ?? []).map((o) => ({ value: o.value, label: text(o.label, lang) }));
    const current = s.default === undefined ? '' : String(s.default);
    return (
      <div class="field">
        <label class="label" for={id}>
          {t('settings.default')}
        </label>
        <ControlError id={id} error={error} />
        <select
          id={id}
          class="input select"
          value={current}
          onChange={(e) => {
            const v = e.currentTarget.value;
            apply(v === '' ? null : s.kind === 'yes-no' ? v === 'true' : v);
          }}
        >
          <option value="">{t('settings.defaultNone')}</option>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (s.kind === 'checkboxes') {
    const current = Array.isArray(s.default) ? (s.default as string[]) : [];
    return (
      <fieldset class="fieldset">
        <legend class="legend">{t('settings.default')}</legend>
        <ControlError id={id} error={error} />
        {(s.options ?? []).map((o) => (
          <div class="field field--check" key={o.value}>
            <input
              type="checkbox"
              id={`${id}-${o.value}`}
              class="checkbox"
              checked={current.includes(o.value)}
              onChange={(e) => {
                const next = e.currentTarget.checked ? [...current, o.value] : current.filter((v) => v !== o.value);
                apply(next.length > 0 ? next : null);
              }}
            />
            <label for={`${id}-${o.value}`}>{text(o.label, lang)}</label>
          </div>
        ))}
      </fieldset>
    );
  }
  if (s.kind === 'number') {
    return <NumberSetting id={id} decimal={!s.integer} label={t('settings.default')} value={typeof s.default === 'number' ? s.default : undefined} resetKey={reset} onNumber={(n) => apply(n, `${reset}|default`)} />;
  }
  return (
    <SettingInput
      id={id}
      label={t('settings.default')}
      hint={t('settings.defaultHint')}
      value={typeof s.default === 'string' ? s.default : ''}
      resetKey={reset}
      onValue={(v) => apply(v === '' ? null : v, `${reset}|default`)}
    />
  );
}
