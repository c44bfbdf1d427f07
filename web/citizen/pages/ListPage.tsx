// 「手続きを選ぶ」: the procedures grouped by category, with keyword search.
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES } from '../../../core/definition.ts';
import { LoadError, Loading, PageTitle } from '../components/Layout.tsx';
import { type MessageKey, useLang } from '../i18n/index.ts';
import { api, type FormSummary } from '../lib/api.ts';
import { search } from '../lib/search.ts';
import { L } from '../components/Local.tsx';

let remembered = ''; // the query survives going into a form and back

export function groupByCategory(forms: readonly FormSummary[]): { category: string; forms: FormSummary[] }[] {
  const known = new Set<string>(CATEGORIES);
  return CATEGORIES.map((category) => ({
    category,
    forms: forms.filter((f) => (known.has(f.category) ? f.category === category : category === 'other')),
  })).filter((g) => g.forms.length > 0);
}

export function ListPage() {
  const { lang, t } = useLang();
  const [forms, setForms] = useState<FormSummary[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState(remembered);

  const load = () => {
    setFailed(false);
    api
      .forms(lang)
      .then((res) => {
        if (res.status !== 200 || !res.body?.forms) throw new Error(String(res.status));
        setForms(res.body.forms);
      })
      .catch(() => setFailed(true));
  };
  useEffect(load, []);

  const results = forms ? search(forms, query) : [];
  const groups = groupByCategory(results);
  return (
    <>
      <PageTitle title={t('list.title')}>{t('list.title')}</PageTitle>
      <p class="lead">{t('list.intro')}</p>
      <p>
        <a href="/my">{t('my.link')}</a>
      </p>
      <div class="field search">
        <label class="label" for="search">
          {t('search.label')}
        </label>
        <p class="hint" id="search-hint">
          {t('search.hint')}
        </p>
        <input
          id="search"
          class="input"
          type="search"
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby="search-hint"
          aria-controls="procedures"
          value={query}
          onInput={(e) => {
            remembered = e.currentTarget.value;
            setQuery(remembered);
          }}
        />
      </div>
      <p class="status-line" role="status">
        {forms && query.trim() !== '' ? (results.length > 0 ? t('search.count', { n: results.length }) : t('search.none')) : ''}
      </p>
      {failed && <LoadError retry={load} />}
      {!forms && !failed && <Loading />}
      <div id="procedures">
        {groups.map((g) => (
          <section class="category" key={g.category} aria-labelledby={`cat-${g.category}`}>
            <h2 class="category__title" id={`cat-${g.category}`}>
              {t(`category.${g.category}` as MessageKey)}
            </h2>
            <ul class="cards">
              {g.forms.map((f) => (
                <li class="card" key={f.id}>
                  <a class="card__link" href={`/forms/${encodeURIComponent(f.id)}`}>
                    <L value={f.title} lang={lang} />
                  </a>
                  {f.description && (
                    <p class="card__text">
                      <L value={f.description} lang={lang} />
                    </p>
                  )}
                  {f.department && <p class="card__meta">{f.department}</p>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
