// A definition read-only: its pages and elements with their kind and whether they are
// required or shown only under a condition. Used to look at an old version.
import { isFieldElement, type FormDefinition, type Rule } from '../../../core/definition.ts';
import { text } from '../../../core/i18n.ts';
import { kindInfo } from '../../../core/builder/element-kinds.ts';
import { kindOf } from '../../../core/builder/kind-of.ts';
import { useLang } from '../i18n/index.ts';

const shows = (rules: readonly Rule[] | undefined, key: string) => (rules ?? []).some((r) => (Array.isArray(r.show) ? r.show : [r.show]).includes(key));
const required = (schema: unknown, key: string) => Array.isArray((schema as { required?: unknown })?.required) && ((schema as { required: string[] }).required).includes(key);

export function Outline({ def }: { def: FormDefinition }) {
  const { lang, t } = useLang();
  const props = (def.schema.properties ?? {}) as Record<string, { items?: unknown }>;
  return (
    <ol class="outline">
      {def.ui.pages.map((page, p) => (
        <li key={p}>
          <h3>{t('outline.page', { n: p + 1, title: text(page.title, lang) })}</h3>
          <ol class="outline__elements">
            {page.elements.map((el, i) => (
              <li key={i}>
                <span class="outline__label">{isFieldElement(el) ? text(el.label, lang) : text(el.content, lang)}</span>{' '}
                <span class="tag">{text(kindInfo(kindOf(el)).label, lang)}</span>
                {isFieldElement(el) && required(def.schema, el.field) && <span class="tag">{t('field.required')}</span>}
                {isFieldElement(el) && shows(def.ui.rules, el.field) && <span class="tag tag--draft">{t('outline.conditional')}</span>}
                {isFieldElement(el) && el.widget === 'group' && (
                  <ul class="outline__elements">
                    {(el.elements ?? []).map((c, j) => (
                      <li key={j}>
                        {text(c.label, lang)} <span class="tag">{text(kindInfo(kindOf(c)).label, lang)}</span>
                        {required(props[el.field]?.items, c.field) && <span class="tag">{t('field.required')}</span>}
                        {shows(el.rules, c.field) && <span class="tag tag--draft">{t('outline.conditional')}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
