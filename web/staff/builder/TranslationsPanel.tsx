// 未翻訳の一覧: while a language other than Japanese is being edited, every text of the form
// still without that translation, each a button that opens the place to translate it.
import { missingTranslations, type TextTarget } from '../../../core/builder/index.ts';
import { useLang } from '../i18n/index.ts';
import { focusLater, elementDomId } from './dom.ts';
import { langName } from './LangSwitch.tsx';
import { useBuilder } from './use-builder.ts';

export function TranslationsPanel() {
  const { t } = useLang();
  const b = useBuilder();
  if (b.editLang === 'ja') return null;
  const missing = missingTranslations(b.def, b.editLang);
  const go = (target: TextTarget) => {
    if ('address' in target) {
      b.select(target.address);
      const suffix = target.kind === 'option' ? 'options' : target.kind;
      focusLater(target.kind === 'option' ? `${elementDomId(target.address)}-${suffix}-add` : `${elementDomId(target.address)}-${suffix}`);
    } else if ('page' in target) {
      b.showPage(target.page);
      focusLater(target.kind === 'pageDescription' ? 'page-description' : 'page-title');
    } else {
      b.select(null);
      focusLater(`form-${target.kind}`);
    }
  };
  const where = (target: TextTarget) => t(`texts.kind.${target.kind}` as 'texts.kind.label');
  return (
    <section class="panel translations" aria-labelledby="translations-title">
      <h2 id="translations-title">{t('texts.missingTitle', { lang: langName(b.editLang, t), n: missing.length })}</h2>
      {missing.length === 0 ? (
        <p>{t('texts.allDone')}</p>
      ) : (
        <ul class="translations__missing">
          {missing.slice(0, 200).map((m, i) => (
            <li key={i}>
              <button type="button" class="link-button" onClick={() => go(m.target)}>
                {where(m.target)}: {m.ja}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
