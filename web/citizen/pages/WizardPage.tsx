// One page of the form at a time (/forms/:id/p/:n; /s/:token/fix/p/:n when correcting a
// returned application), GOV.UK style: errors show next to a field once the citizen leaves
// it, and for the whole page (with a summary) on 「次へ」.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { isFieldElement } from '../../../core/definition.ts';
import { text } from '../../../core/i18n.ts';
import { normalizeFieldValue } from '../../../core/normalize.ts';
import { deepEqual } from '../../../core/validator-runtime.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { PageTitle } from '../components/Layout.tsx';
import { WIDGET_COMPONENTS, type FieldContext } from '../fields/index.ts';
import { useLang } from '../i18n/index.ts';
import { fallsBack } from '../i18n/fallback.ts';
import { afterPointer } from '../lib/after-pointer.ts';
import { child, getIn, within } from '../lib/pointer.ts';
import { focusById, navigate, useLocation } from '../lib/router.ts';
import { type FormRuntime, type UiError, confirmDraftKey, evaluate, fieldSchema, isRequired, shownErrors } from '../runtime.ts';
import { useSession } from '../store.ts';
import { L } from '../components/Local.tsx';
import { inPreview } from '../lib/preview.ts';
import { inProxy } from '../lib/proxy-path.ts';
import type { FormScope } from '../lib/scope.ts';
import { deviceSaveAllowed } from '../lib/persist.ts';
import { useDeviceSave } from '../lib/persist-hook.ts';
import { RestoredNote, SaveControl } from '../components/SaveProgress.tsx';

export function formPath(id: string, rest: string): string {
  return `/${inPreview() ? 'preview' : inProxy() ? 'proxy/forms' : 'forms'}/${encodeURIComponent(id)}/${rest}`;
}

export function WizardPage({ rt, index, fromCheck, scope }: { rt: FormRuntime; index: number; fromCheck: boolean; scope?: FormScope }) {
  const { def } = rt;
  const id = def.id;
  const { key, path, exit } = scope ?? { key: id, path: (rest: string) => formPath(id, rest) };
  const { lang, t } = useLang();
  // Before the session is read: answers kept on this device come back first (not when correcting).
  const onDevice = useDeviceSave(rt, key, !scope);
  const [session, store] = useSession(key);
  const { hash } = useLocation();
  const [attempts, setAttempts] = useState(0);
  const [cameForError] = useState(() => hash !== '');
  const ev = useMemo(() => evaluate(rt, session, lang), [rt, session.answers, session.drafts, session.serverErrors, lang]);
  const shown = shownErrors(ev.errors, session.revealed);
  const page = def.ui.pages[index]!;
  const total = def.ui.pages.length;

  const visibleFields = (e = ev) => page.elements.filter(isFieldElement).filter((f) => !e.isHidden(child('', f.field)));
  const onThisPage = (error: UiError, e = ev) => visibleFields(e).some((f) => within(error.path, child('', f.field)));
  const revealPage = () =>
    store.reveal(
      key,
      visibleFields().flatMap((f) => {
        const p = child('', f.field);
        return f.widget === 'email' && f.confirm ? [p, confirmDraftKey(p)] : [p];
      }),
    );
  const pageErrors = shown.filter((e) => onThisPage(e));
  // A page whose questions are all hidden by the answers so far is skipped.
  const asked = (j: number, e = ev) => {
    const fields = def.ui.pages[j]!.elements.filter(isFieldElement);
    return fields.length === 0 || fields.some((f) => !e.isHidden(child('', f.field)));
  };
  const nextIndex = (e = ev) => {
    let j = index + 1;
    while (j < total && !asked(j, e)) j++;
    return j;
  };
  let previous = index - 1;
  while (previous >= 0 && !asked(previous)) previous--;

  // Answers staff pre-filled in the builder (schema `default`), once, into an empty session.
  useEffect(() => {
    if (Object.keys(session.answers).length > 0) return;
    for (const [k, p] of Object.entries((def.schema.properties ?? {}) as Record<string, { default?: unknown }>)) {
      if (p.default !== undefined) store.setValue(key, child('', k), p.default);
    }
  }, []);

  // A corrected answer hides its message; a new mistake shows when the field is left again.
  useEffect(() => {
    for (const r of session.revealed) {
      if (!ev.errors.some((e) => within(e.revealAs ?? e.path, r))) store.conceal(key, r);
    }
  }, [ev, session.revealed]);

  // Arriving from an error link on the check page: show this page's errors, focus the field.
  useEffect(() => {
    if (cameForError) {
      revealPage();
      setTimeout(() => focusById(decodeURIComponent(hash)), 0);
    }
  }, []);

  const ctx: FieldContext = {
    formId: id,
    def,
    lang,
    t,
    errorsAt: (p) => shown.filter((e) => within(e.path, p)),
    isHidden: ev.isHidden,
    get: (p) => getIn(session.answers, p),
    set: (p, v) => store.setValue(key, p, v),
    update: (p, fn) => store.updateValue(key, p, fn),
    draft: (k) => store.get(key).drafts[k],
    setDraft: (k, v) => store.setDraft(key, k, v),
    normalize: (p, element, schema) => {
      const current = getIn(store.get(key).answers, p);
      const normalized = normalizeFieldValue(element, schema, current, def.schema);
      if (!deepEqual(normalized, current)) store.setValue(key, p, normalized);
    },
    leave: (p, element, schema) => {
      ctx.normalize(p, element, schema);
      ctx.reveal(p);
    },
    reveal: (k) => afterPointer(() => store.reveal(key, [k])),
    render: (props) => {
      const Widget = WIDGET_COMPONENTS[props.element.widget];
      return Widget ? <Widget {...props} /> : null;
    },
  };

  const next = (e: Event) => {
    e.preventDefault();
    revealPage();
    const fresh = evaluate(rt, store.get(key), lang);
    if (fresh.errors.some((err) => onThisPage(err, fresh))) {
      setAttempts((n) => n + 1);
      return;
    }
    const j = nextIndex(fresh);
    if (fromCheck || j >= total) {
      // Back to the check page, unless the change needs answers on a later page.
      const firstBad = fresh.errors.find((err) => err.path !== '');
      const badPage = firstBad ? def.ui.pages.findIndex((pg) => pg.elements.some((el) => isFieldElement(el) && within(firstBad.path, child('', el.field)))) : -1;
      if (badPage > index) navigate(path(`p/${badPage + 1}${fromCheck ? '?from=check' : ''}`));
      else navigate(path('check'));
      return;
    }
    navigate(path(`p/${j + 1}`));
  };

  const pageTitle = text(page.title, lang);
  const formTitle = text(def.title, lang);
  // The summary takes focus only after 「次へ」 (attempts); arriving from an error link on
  // the check page, the field itself gets focus.
  const showSummary = attempts > 0 || cameForError || pageErrors.some((err) => err.server);
  return (
    <>
      <p class="caption">
        <L value={def.title} lang={lang} />
      </p>
      <p class="progress">
        <span aria-hidden="true">{t('wizard.progress', { current: index + 1, total })}</span>
        <span class="visually-hidden">{t('wizard.progressLabel', { current: index + 1, total })}</span>
      </p>
      {showSummary && <ErrorSummary items={pageErrors.map((error) => ({ error }))} focusKey={attempts} />}
      <PageTitle title={`${showSummary && pageErrors.length > 0 ? t('title.errorPrefix') : ''}${pageTitle} - ${formTitle}`} focus={!cameForError}>
        <L value={page.title} lang={lang} />
      </PageTitle>
      {fallsBack([def.title, page], lang) && <p class="notice">{t('lang.fallback')}</p>}
      {scope?.note}
      {onDevice.restored && <RestoredNote formKey={key} firstPage={path('p/1')} onDismiss={onDevice.dismiss} />}
      {index === 0 && def.description && (
        <p class="lead">
          <L value={def.description} lang={lang} />
        </p>
      )}
      {page.description && (
        <p class="lead">
          <L value={page.description} lang={lang} />
        </p>
      )}
      {Object.keys(def.example ?? {}).length > 0 && (
        <p class="example-link">
          <a href={path(`example?from=${index + 1}`)}>{t('wizard.example')}</a>
        </p>
      )}
      <form class="wizard" noValidate onSubmit={next}>
        {page.elements.map((el, i) => {
          if (!isFieldElement(el)) {
            return el.kind === 'heading' ? (
              <h2 class="content-heading" key={i}>
                <L value={el.content} lang={lang} />
              </h2>
            ) : (
              <p class="content" key={i}>
                <L value={el.content} lang={lang} />
              </p>
            );
          }
          const pointer = child('', el.field);
          if (ev.isHidden(pointer)) return null;
          return (
            <div key={el.field}>
              {ctx.render({ element: el, schema: fieldSchema(def, el.field) ?? {}, pointer, required: isRequired(def.schema, el.field), ctx })}
            </div>
          );
        })}
        <div class="actions">
          <button type="submit" class="button">
            {fromCheck ? t('wizard.backToCheck') : t('wizard.next')}
          </button>
          <a class="button button--secondary" href={previous >= 0 ? path(`p/${previous + 1}${fromCheck ? '?from=check' : ''}`) : exit?.href ?? '/'}>
            {previous >= 0 ? t('wizard.back') : exit?.label ?? t('wizard.backToList')}
          </a>
        </div>
      </form>
      {!scope && deviceSaveAllowed() && <SaveControl rt={rt} index={index} />}
    </>
  );
}
