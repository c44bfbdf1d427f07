// What still stops publishing, as the server reported it on the last save, each a link to
// the element, page or setting at fault. Drafts may be incomplete: this is a to-do list.
// A 記入例 that no longer fits the questions can be made again in one go (generateExample
// keeps the answers that still fit).
import { generateExample } from '../../../core/builder/index.ts';
import { useLang } from '../i18n/index.ts';
import { locate } from '../lib/locate.ts';
import { useBuilder } from './use-builder.ts';

export function ProblemsPanel() {
  const { lang, t } = useLang();
  const b = useBuilder();
  if (b.problems.length === 0) return null;
  return (
    <section class="panel problems" aria-labelledby="problems-title">
      <h2 id="problems-title">{t('builder.problems', { n: b.problems.length })}</h2>
      <ul>
        {b.problems.map((p, i) => {
          const place = locate(b.def, p.path, lang, t);
          return (
            <li key={i}>
              {place.href ? <a href={place.href}>{place.where}</a> : place.where}: {p.message}
            </li>
          );
        })}
      </ul>
      {b.problems.some((p) => p.path.startsWith('/example')) && (
        <button
          type="button"
          class="button button--small"
          onClick={() => b.apply((def) => ({ def: generateExample(def), announce: t('example.regenerated') }), { structural: true })}
        >
          {t('example.regenerate')}
        </button>
      )}
    </section>
  );
}
