// 「入力内容の確認」: every visible answer per page with 「変更」, then 「送信する」. One
// Idempotency-Key per filing, reused by every retry, so a double press or a network
// retry never files twice; the button is disabled while sending. When correcting a
// returned application (scope.correction) the same page sends the answers back there.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { text } from '../../../core/i18n.ts';
import { Answers } from '../components/Answers.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { PageTitle } from '../components/Layout.tsx';
import { type MessageKey, useLang } from '../i18n/index.ts';
import { fallsBack } from '../i18n/fallback.ts';
import { api } from '../lib/api.ts';
import { inputId } from '../lib/pointer.ts';
import { navigate } from '../lib/router.ts';
import { type FormRuntime, evaluate, pageOfPointer } from '../runtime.ts';
import { useSession } from '../store.ts';
import { formPath } from './WizardPage.tsx';
import { L } from '../components/Local.tsx';
import { inPreview } from '../lib/preview.ts';
import { PreviewNoSubmit } from '../components/Preview.tsx';
import type { FormScope } from '../lib/scope.ts';
import { prepareProof, withProof } from '../lib/proof.ts';
import { inProxy, proxySubmit } from '../lib/proxy-mode.ts';
import { hasSlots, limitsPlaces } from '../../../core/capacity.ts';
import { lazy } from '../lib/lazy.tsx';

// Its own chunk: only forms with places (定員, 日時の枠) load it.
const SlotChoice = lazy(() => import('../components/SlotChoice.tsx').then((m) => m.SlotChoice));

// Preview mode's banner ships in this chunk too (FormPage loads it from here): a chunk of
// its own makes the bundler split preact out of the entry chunk, costing every citizen.
export { PreviewBanner } from '../components/Preview.tsx';
// The receipt too: the citizen reaches it only from here, so it costs nothing to open a form.
export { DonePage } from './DonePage.tsx';
// 窓口代理入力's banner, for the same reason as the preview's.
export { ProxyBanner } from '../components/ProxyBanner.tsx';

type Problem = { key: MessageKey } | { text: string };

export function CheckPage({ rt, scope }: { rt: FormRuntime; scope?: FormScope }) {
  const { def, form } = rt;
  const id = def.id;
  const { key, path, correction } = scope ?? { key: id, path: (rest: string) => formPath(id, rest) };
  const { lang, t } = useLang();
  const [session, store] = useSession(key);
  const ev = useMemo(() => evaluate(rt, session, lang), [rt, session.answers, session.drafts, session.serverErrors, lang]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [attempts, setAttempts] = useState(0);
  // The slot is a filing's, not an answer: chosen here, sent beside the answers (docs/adr/0014-capacity.md).
  const places = !correction && limitsPlaces(def.settings);
  const slotted = places && hasSlots(def.settings);
  const [slot, setSlot] = useState('');
  const [slotMissing, setSlotMissing] = useState(false);
  const [placesRead, setPlacesRead] = useState(0);
  const filing = !correction && !inPreview() && !inProxy() && Object.keys(session.answers).length > 0;
  // The spam proof is solved while the citizen reads their answers.
  useEffect(() => {
    if (filing) prepareProof(id, lang);
  }, [id, filing]);
  const formTitle = text(def.title, lang);
  const title = correction?.texts.title ?? t('check.title');

  if (Object.keys(session.answers).length === 0) {
    return (
      <>
        <p class="caption">{formTitle}</p>
        <PageTitle title={`${title} - ${formTitle}`}>{title}</PageTitle>
        <p>{t('check.empty')}</p>
        <p>
          <a class="button" href={path('p/1')}>
            {t('check.start')}
          </a>
        </p>
      </>
    );
  }

  const submit = async () => {
    const s = store.get(key);
    if (s.submitting) return;
    const fresh = evaluate(rt, s, lang);
    if (fresh.errors.length > 0) {
      setProblem(null);
      setAttempts((n) => n + 1);
      return;
    }
    setProblem(null);
    if (slotted && !slot) {
      setSlotMissing(true);
      document.querySelector<HTMLInputElement>('input[name="slot-choice"]:not(:disabled)')?.focus();
      return;
    }
    setSlotMissing(false);
    store.setSubmitting(key, true);
    const payload = { version: form.version, answers: fresh.filing, ...(slotted ? { slot } : {}) };
    try {
      if (correction) {
        const res = await correction.send(payload, lang);
        if (res.status >= 200 && res.status < 300) return correction.sent();
        if (res.status === 400 && Array.isArray(res.body?.errors) && res.body.errors.length > 0) {
          store.setServerErrors(key, res.body.errors);
          setAttempts((n) => n + 1);
        } else setProblem(res.body?.message ? { text: res.body.message } : { text: correction.texts.failed });
        return;
      }
      // At the counter the clerk's session stands in for the proof (server/auth/proxy-clerk.ts).
      const res = inProxy() ? await proxySubmit(id, payload, s.idempotencyKey, lang) : await withProof(id, lang, (proof) => api.submit(id, payload, s.idempotencyKey, lang, proof));
      if (res.status === 201 && res.body?.receiptNumber) {
        const { receiptNumber, statusUrl, status, waitingPosition, slotLabel } = res.body;
        store.filed(id, { receiptNumber, statusUrl, status, waitingPosition, slotLabel });
        navigate(formPath(id, 'done'), { replace: true });
        return;
      }
      if (res.status === 400 && Array.isArray(res.body?.errors)) {
        store.setServerErrors(id, res.body.errors);
        setAttempts((n) => n + 1);
      } else if (res.status === 409 && res.body?.message) {
        setProblem({ text: res.body.message });
        // Full since the page was read: show the places as they are now.
        if (places) setPlacesRead((n) => n + 1);
      }
      else if (res.status === 413) setProblem({ key: 'check.tooLarge' });
      else setProblem(res.body?.message ? { text: res.body.message } : { key: 'check.failed' });
    } catch {
      setProblem(correction ? { text: correction.texts.network } : { key: 'check.network' });
    } finally {
      store.setSubmitting(key, false);
    }
  };

  const items = ev.errors.map((error) => ({
    error,
    href: `${path(`p/${pageOfPointer(def, error.path) + 1}?from=check`)}#${error.target ?? inputId(error.path)}`,
  }));
  return (
    <>
      <p class="caption">
        <L value={def.title} lang={lang} />
      </p>
      {attempts > 0 && <ErrorSummary items={items} title={t('check.invalid')} focusKey={attempts} />}
      <PageTitle title={`${attempts > 0 && items.length > 0 ? t('title.errorPrefix') : ''}${title} - ${formTitle}`}>{title}</PageTitle>
      {fallsBack([def.title, def.ui.pages], lang) && <p class="notice">{t('lang.fallback')}</p>}
      {scope?.note}
      <p class="lead">{correction?.texts.intro ?? t('check.intro')}</p>
      <Answers def={def} answers={ev.filing} isHidden={ev.isHidden} lang={lang} t={t} changeHref={(i) => path(`p/${i + 1}?from=check`)} />
      {places && <SlotChoice def={def} value={slot} onChange={setSlot} missing={slotMissing} refresh={placesRead} />}
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
          {session.submitting ? correction?.texts.sending ?? t('check.sending') : correction?.texts.submit ?? t('check.submit')}
        </button>
      </div>
      )}
    </>
  );
}
