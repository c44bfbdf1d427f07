// /s/:token/fix/... — correcting a returned application (差戻し) in the same wizard, check
// page and validation as filing. The filed answers load into a session of their own, so a
// draft of a new application of the same form is never touched; the check page sends
// them back with PUT .../answers, and the status page then says they arrived.
import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { instantiateValidator, type ValidatorFactory } from '../../../core/validator-runtime.ts';
import { LoadError, Loading, NotFound, PageTitle } from '../components/Layout.tsx';
import { L } from '../components/Local.tsx';
import { useLang } from '../i18n/index.ts';
import { type StatusTranslate, useStatusText } from '../i18n/status.ts';
import { type PublishedForm, api, enc } from '../lib/api.ts';
import { lazy } from '../lib/lazy.tsx';
import { navigate } from '../lib/router.ts';
import type { FormView } from '../lib/routes.ts';
import type { FormScope } from '../lib/scope.ts';
import { type FiledAnswers, type SubmissionStatus, latestComment, setFlash, statusApi } from '../lib/status-api.ts';
import type { FormRuntime } from '../runtime.ts';
import { type Store, StoreContext } from '../store.ts';
import { WizardPage } from './WizardPage.tsx';

const CheckPage = lazy(() => import('./CheckPage.tsx').then((m) => m.CheckPage));
const ExamplePage = lazy(() => import('./ExamplePage.tsx').then((m) => m.ExamplePage));

type Loaded =
  | { kind: 'ok'; rt: FormRuntime; status: SubmissionStatus; key: string }
  | { kind: 'unavailable'; title?: SubmissionStatus['form']['title'] }
  | { kind: 'notFound' };

// One load per correction: moving between its pages keeps the answers being edited.
const loads = new Map<string, Promise<Loaded>>();

/** The session of a correction: never the form's own (a new application's draft). */
export const correctionKey = (receiptNumber: string) => `fix:${receiptNumber}`;

async function runtimeOf(form: PublishedForm): Promise<FormRuntime> {
  const mod = (await import(/* @vite-ignore */ form.validatorUrl)) as { default: ValidatorFactory };
  return { form, def: form.definition, validator: instantiateValidator(mod.default) };
}

/**
 * The form the answers were filed against (the server sends it with them), or else the
 * one published now; whether or not it still takes new applications.
 */
async function formFor(filed: FiledAnswers, id: string, lang: string): Promise<FormRuntime | null> {
  if (filed.form?.definition && filed.form.validatorUrl) return runtimeOf({ ...filed.form, open: true });
  const res = await api.form(id, lang);
  if (res.status === 404) return null;
  if (res.status !== 200 || !res.body?.definition) throw new Error(`GET form: ${res.status}`);
  return runtimeOf(res.body);
}

async function loadCorrection(token: string, lang: string, store: Store): Promise<Loaded> {
  const status = await statusApi.status(token, lang);
  if (status.status === 404) return { kind: 'notFound' };
  if (status.status !== 200 || !status.body?.receiptNumber) throw new Error(`GET status: ${status.status}`);
  const s = status.body;
  if (!s.canResubmit) return { kind: 'unavailable', title: s.form.title };
  const filed = await statusApi.answers(token, lang);
  if (filed.status === 404 || filed.status === 409) return { kind: 'unavailable', title: s.form.title };
  if (filed.status !== 200 || !filed.body?.answers) throw new Error(`GET answers: ${filed.status}`);
  const rt = await formFor(filed.body, s.form.id, lang);
  if (!rt) return { kind: 'unavailable', title: s.form.title };
  const key = correctionKey(s.receiptNumber);
  // Corrected the last time (the session was emptied then) or never: start from what was filed.
  if (Object.keys(store.get(key).answers).length === 0) {
    const answers = filed.body.answers;
    store.update(key, (x) => ({ ...x, answers, drafts: {}, revealed: [], serverErrors: [] }));
  }
  return { kind: 'ok', rt, status: s, key };
}

function load(token: string, lang: string, store: Store): Promise<Loaded> {
  let p = loads.get(token);
  if (!p) {
    p = loadCorrection(token, lang, store);
    loads.set(token, p);
    p.catch(() => loads.delete(token));
  }
  return p;
}

function scopeFor(token: string, key: string, store: Store, st: StatusTranslate, note: ComponentChildren): FormScope {
  const status = `/s/${enc(token)}`;
  return {
    key,
    note,
    path: (rest) => `${status}/fix/${rest}`,
    exit: { href: status, label: st('fix.backToStatus') },
    correction: {
      async send(payload, lang) {
        const res = await statusApi.resubmit(token, payload, lang);
        if (res.status === 409) {
          // Only a resubmission moves a returned application back to 受付: if it is there
          // now, an earlier attempt whose answer was lost on the way got through.
          const now = await statusApi.status(token, lang).catch(() => null);
          if (now?.status === 200 && now.body.status === 'received') return { status: 200, body: {} };
        }
        return res;
      },
      sent() {
        // Done with them: the corrected answers are personal data and now on the server.
        loads.delete(token);
        store.update(key, (x) => ({ ...x, answers: {}, drafts: {}, revealed: [], serverErrors: [], submitting: false }));
        setFlash(token, 'fix.sent');
        navigate(status, { replace: true });
      },
      texts: {
        title: st('fix.checkTitle'),
        intro: st('fix.checkIntro'),
        submit: st('fix.submit'),
        sending: st('fix.sending'),
        failed: st('fix.failed'),
        network: st('fix.network'),
      },
    },
  };
}

export function CorrectionPage({ token, view }: { token: string; view: FormView }) {
  const { lang } = useLang();
  const st = useStatusText();
  const store = useContext(StoreContext);
  const [result, setResult] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const retry = () => {
    setFailed(false);
    load(token, lang, store).then(setResult, () => setFailed(true));
  };
  useEffect(retry, [token]);

  if (failed) return <LoadError retry={retry} />;
  if (!result) return <Loading />;
  if (result.kind === 'notFound') return <NotFound message={st('status.notFound')} />;
  if (result.kind === 'unavailable') {
    return (
      <>
        {result.title && (
          <p class="caption">
            <L value={result.title} lang={lang} />
          </p>
        )}
        <PageTitle title={st('status.title')}>{st('status.title')}</PageTitle>
        <p class="notice">{st('fix.unavailable')}</p>
        <p>
          <a href={`/s/${enc(token)}`}>{st('fix.backToStatus')}</a>
        </p>
      </>
    );
  }
  const { rt, status, key } = result;
  const comment = latestComment(status);
  const banner = (
    <div class="notice notice--action">
      <p>{st('fix.banner', { n: status.receiptNumber })}</p>
      {comment && (
        <details class="fix-comment" open={view.kind === 'page' && view.index === 0}>
          <summary>{st('fix.showComment')}</summary>
          <p class="office-comment">{comment}</p>
        </details>
      )}
    </div>
  );
  const scope = scopeFor(token, key, store, st, banner);
  if (view.kind === 'check') return <CheckPage rt={rt} scope={scope} />;
  if (view.kind === 'example') return <ExamplePage rt={rt} from={view.from} scope={scope} />;
  if (view.kind !== 'page' || view.index < 0 || view.index >= rt.def.ui.pages.length) return <NotFound />;
  return <WizardPage rt={rt} index={view.index} fromCheck={view.fromCheck} scope={scope} />;
}
