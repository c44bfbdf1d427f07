// What still stops publishing, as the server reported it on the last save, each a link to
// the element, page or setting at fault. Drafts may be incomplete: this is a to-do list.
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
    </section>
  );
}
