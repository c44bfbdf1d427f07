// 「入力内容の確認」: every visible answer per page with 「変更」, then 「送信する」. One
// Idempotency-Key per filing, reused by every retry, so a double press or a network
// retry never files twice; the button is disabled while sending.
import { useMemo, useState } from 'preact/hooks';
import { text } from '../../../core/i18n.ts';
import { Answers } from '../components/Answers.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { PageTitle } from '../components/Layout.tsx';
import { type MessageKey, useLang } from '../i18n/index.ts';
import { api } from '../lib/api.ts';
import { inputId } from '../lib/pointer.ts';
import { navigate } from '../lib/router.ts';
import { type FormRuntime, evaluate, pageOfPointer } from '../runtime.ts';
import { useSession } from '../store.ts';
import { formPath } from './WizardPage.tsx';
import { L } from '../components/Local.tsx';
import { inPreview } from '../lib/preview.ts';
import { PreviewNoSubmit } from '../components/Preview.tsx';

// Preview mode's banner ships in this chunk too (FormPage loads it from here): a chunk of
// its own makes the bundler split preact out of the entry chunk, costing every citizen.
export { PreviewBanner } from '../components/Preview.tsx';

type Problem = { key: MessageKey } | { text: string };

export function CheckPage({ rt }: { rt: FormRuntime }) {
  const { def, form } = rt;
  const id = def.id;
  const { lang, t } = useLang();
  const [session, store] = useSession(id);
  const ev = useMemo(() => evaluate(rt, session, lang), [rt, session.answers, session.drafts, session.serverErrors, lang]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [attempts, setAttempts] = useState(0);
  const formTitle = text(def.title, lang);
  const title = t('check.title');

  if (Object.keys(session.answers).length === 0) {
    return (
      <>
        <p class="caption">{formTitle}</p>
        <PageTitle title={`${title} - ${formTitle}`}>{title}</PageTitle>
        <p>{t('check.empty')}</p>
        <p>
          <a class="button" href={formPath(id, 'p/1')}>
            {t('check.start')}
          </a>
        </p>
      </>
    );
  }

  const submit = async () => {
    const s = store.get(id);
    if (s.submitting) return;
    const fresh = evaluate(rt, s, lang);
    if (fresh.errors.length > 0) {
      setProblem(null);
      setAttempts((n) => n + 1);
      return;
    }
    setProblem(null);
    store.setSubmitting(id, true);
    try {
      const res = await api.submit(id, { version: form.version, answers: fresh.filing }, s.idempotencyKey, lang);
      if (res.status === 201 && res.body?.receiptNumber) {
        store.filed(id, { receiptNumber: res.body.receiptNumber, statusUrl: res.body.statusUrl });
        navigate(formPath(id, 'done'), { replace: true });
        return;
      }
      if (res.status === 400 && Array.isArray(res.body?.errors)) {
        store.setServerErrors(id, res.body.errors);
        setAttempts((n) => n + 1);
      } else if (res.status === 409 && res.body?.message) setProblem({ text: res.body.message });
      else if (res.status === 413) setProblem({ key: 'check.tooLarge' });
      else setProblem(res.body?.message ? { text: res.body.message } : { key: 'check.failed' });
    } catch {
      setProblem({ key: 'check.network' });
    } finally {
      store.setSubmitting(id, false);
    }
  };

  const items = ev.errors.map((error) => ({
    error,
    href: `${formPath(id, `p/${pageOfPointer(def, error.path) + 1}?from=check`)}#${error.target ?? inputId(error.path)}`,
  }));
  return (
    <>
      <p class="caption">
        <L value={def.title} lang={lang} />
      </p>
      {attempts > 0 && <ErrorSummary items={items} title={t('check.invalid')} focusKey={attempts} />}
      <PageTitle title={`${attempts > 0 && items.length > 0 ? t('title.errorPrefix') : ''}${title} - ${formTitle}`}>{title}</PageTitle>
      <p class="lead">{t('check.intro')}</p>
      <Answers def={def} answers={ev.filing} isHidden={ev.isHidden} lang={lang} t={t} changeHref={(i) => formPath(id, `p/${i + 1}?from=check`)} />
      {problem && (
        <div class="notice notice--error" role="alert">
          <p>{'key' in problem ? t(problem.key) : problem.text}</p>
        </div>
      )}
      {inPreview() ? (
        <PreviewNoSubmit />
      ) : (
      <div class="actions">
        <button type="button" class="button" disabled={session.submitting} aria-disabled={session.submitting ? 'true' : undefined} onClick={submit}>
          {session.submitting ? t('check.sending') : t('check.submit')}
        </button>
      </div>
      )}
    </>
  );
}
