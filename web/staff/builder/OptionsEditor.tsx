// The options of a choice field: each label (in the language being edited), reorder,
// remove, add one, or paste a whole list (a column copied from Excel, or 「A、B、C」).
// Values never change with labels, so submissions already filed keep their meaning.
import { useState } from 'preact/hooks';
import { appendOptions, parseOptionList, setText, updateField, type ChoiceOption, type ElementAddress } from '../../../core/builder/index.ts';
import { useLang } from '../i18n/index.ts';
import { ControlError, SettingInput } from './controls.tsx';
import { elementDomId, focusLater } from './dom.ts';
import { textIn } from './SettingsPanel.tsx';
import { useBuilder } from './use-builder.ts';

export function OptionsEditor({ a, options }: { a: ElementAddress; options: ChoiceOption[] }) {
  const { t } = useLang();
  const b = useBuilder();
  const id = `${elementDomId(a)}-options`;
  const [paste, setPaste] = useState('');
  const [error, setError] = useState<string | null>(null);
  const lang = b.editLang;
  const set = (next: ChoiceOption[], announce?: string, focus?: string) => {
    const e = b.apply((def) => ({ def: updateField(def, a, { options: next }), announce }), { structural: true });
    setError(e);
    if (e) b.announce(e);
    else if (focus) focusLater(focus);
    return e;
  };
  const move = (i: number, by: number) => {
    const next = [...options];
    const [o] = next.splice(i, 1);
    next.splice(i + by, 0, o!);
    set(next, t('options.moved', { label: o!.label.ja, n: i + by + 1 }), `${id}-${i + by}-${by < 0 ? 'up' : 'down'}`);
  };
  const addOne = () => {
    let n = options.length + 1;
    while (options.some((o) => o.label.ja === t('options.newLabel', { n }))) n++;
    const next = appendOptions(options, t('options.newLabel', { n }));
    set(next, t('options.added'), `${id}-${next.length - 1}-label`);
  };
  const pasteList = (replace: boolean) => {
    const next = replace ? parseOptionList(paste, options) : appendOptions(options, paste);
    if (next.length === 0) {
      setError(t('options.pasteEmpty'));
      return;
    }
    if (!set(next, t('options.pasted', { n: next.length }))) setPaste('');
  };

  return (
    <fieldset class="fieldset options" aria-describedby={error ? `${id}-error` : undefined}>
      <legend class="legend">{t('options.title')}</legend>
      <ControlError id={id} error={error} />
      <ol class="plain-list">
        {options.map((o, i) => {
          const target = { kind: 'option' as const, address: a, value: o.value };
          return (
            <li key={o.value} class="options__row">
              <SettingInput
                id={`${id}-${i}-label`}
                label={t('options.label', { n: i + 1 })}
                hint={lang !== 'ja' ? t('texts.japanese', { text: o.label.ja }) : undefined}
                value={textIn(b.def, target, lang)}
                resetKey={`${o.value}|${lang}`}
                lang={lang}
                onValue={(v) => b.apply((def) => setText(def, target, lang, v), { coalesce: `${id}|${o.value}|${lang}` })}
              />
              <div class="actions actions--inline" role="group" aria-label={t('options.toolsFor', { label: o.label.ja })}>
                <button type="button" id={`${id}-${i}-up`} class="button button--small button--secondary" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t('builder.up')}
                </button>
                <button type="button" id={`${id}-${i}-down`} class="button button--small button--secondary" disabled={i === options.length - 1} onClick={() => move(i, 1)}>
                  {t('builder.down')}
                </button>
                <button
                  type="button"
                  class="button button--small button--warning"
                  disabled={options.length <= 1}
                  onClick={() => set(options.filter((_, j) => j !== i), t('options.removed', { label: o.label.ja }), `${id}-add`)}
                >
                  {t('builder.delete')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" id={`${id}-add`} class="button button--small button--secondary" onClick={addOne}>
        {t('options.add')}
      </button>
      <div class="field">
        <label class="label" for={`${id}-paste`}>
          {t('options.paste')}
        </label>
        <p class="hint" id={`${id}-paste-hint`}>
          {t('options.pasteHint')}
        </p>
        <textarea id={`${id}-paste`} class="input textarea" rows={4} value={paste} aria-describedby={`${id}-paste-hint`} onInput={(e) => setPaste(e.currentTarget.value)} />
        <div class="actions actions--inline">
          <button type="button" class="button button--small" disabled={!paste.trim()} onClick={() => pasteList(false)}>
            {t('options.pasteAppend')}
          </button>
          <button type="button" class="button button--small button--secondary" disabled={!paste.trim()} onClick={() => pasteList(true)}>
            {t('options.pasteReplace')}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
