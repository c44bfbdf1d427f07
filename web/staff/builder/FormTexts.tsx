// The form's own texts (title, description, closed message) in the language being edited:
// shown in the settings column while no element is selected, so translations of these
// are made in the builder like every other text.
import { setText, type TextTarget } from '../../../core/builder/index.ts';
import { useLang } from '../i18n/index.ts';
import { SettingInput } from './controls.tsx';
import { textIn } from './SettingsPanel.tsx';
import { useBuilder } from './use-builder.ts';

const TARGETS: { target: TextTarget; id: string; key: 'settings.formTitle' | 'settings.description' | 'settings.closedMessage'; multiline: boolean }[] = [
  { target: { kind: 'title' }, id: 'form-title', key: 'settings.formTitle', multiline: false },
  { target: { kind: 'description' }, id: 'form-description', key: 'settings.description', multiline: true },
  { target: { kind: 'closedMessage' }, id: 'form-closedMessage', key: 'settings.closedMessage', multiline: true },
];

export function FormTexts() {
  const { t } = useLang();
  const b = useBuilder();
  const lang = b.editLang;
  return (
    <fieldset class="fieldset">
      <legend class="legend">{t('builder.formTexts')}</legend>
      {TARGETS.map(({ target, id, key, multiline }) => {
        const ja = textIn(b.def, target, 'ja');
        if (lang !== 'ja' && !ja) return null; // nothing to translate
        return (
          <SettingInput
            key={id}
            id={id}
            label={t(key)}
            hint={lang !== 'ja' ? t('texts.japanese', { text: ja }) : undefined}
            value={textIn(b.def, target, lang)}
            resetKey={lang}
            lang={lang}
            multiline={multiline}
            onValue={(v) => b.apply((def) => setText(def, target, lang, v), { coalesce: `${id}|${lang}` })}
          />
        );
      })}
    </fieldset>
  );
}
