// 記入例: the form's example answers, read-only, in the same layout as the check page.
import { useMemo } from 'preact/hooks';
import { text } from '../../../core/i18n.ts';
import { visibility } from '../../../core/visibility.ts';
import { Answers } from '../components/Answers.tsx';
import { PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import type { FormRuntime } from '../runtime.ts';
import { formPath } from './WizardPage.tsx';
import { L } from '../components/Local.tsx';
import type { FormScope } from '../lib/scope.ts';

export function ExamplePage({ rt, from, scope }: { rt: FormRuntime; from: number; scope?: FormScope }) {
  const { def } = rt;
  const { lang, t } = useLang();
  const vis = useMemo(() => visibility(rt.form.rules, rt.validator, def.example ?? {}), [rt]);
  const page = `p/${Math.min(Math.max(from, 1), def.ui.pages.length)}`;
  const back = scope ? scope.path(page) : formPath(def.id, page);
  const formTitle = text(def.title, lang);
  return (
    <>
      <p class="caption">
        <L value={def.title} lang={lang} />
      </p>
      <PageTitle title={`${t('example.title')} - ${formTitle}`}>{t('example.title')}</PageTitle>
      <p class="notice">{t('example.intro')}</p>
      <Answers def={def} answers={def.example ?? {}} isHidden={(p) => vis.isHidden(p)} lang={lang} t={t} />
      <p class="actions">
        <a class="button button--secondary" href={back}>
          {t('example.back')}
        </a>
      </p>
    </>
  );
}
