// Which language the builder edits: Japanese (required) or a translation. The inputs of the
// settings panel and page titles then read and write that language; the Japanese is shown
// beside each so translators see what they translate.
import type { Lang } from '../../../core/definition.ts';
import { LANGS } from '../../../core/definition.ts';
import { type MessageKey, useLang } from '../i18n/index.ts';
import { useBuilder } from './use-builder.ts';

export const langName = (l: Lang, t: (k: MessageKey) => string) => t(`lang.${l}` as MessageKey);

export function LangSwitch() {
  const { t } = useLang();
  const b = useBuilder();
  return (
    <div class="builder__lang">
      <label for="edit-lang" class="label--inline">
        {t('builder.editLang')}
      </label>{' '}
      <select id="edit-lang" class="input select input--inline" value={b.editLang} onChange={(e) => b.setEditLang(e.currentTarget.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {langName(l, t)}
          </option>
        ))}
      </select>
    </div>
  );
}
