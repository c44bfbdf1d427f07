// 「申請の一覧」 without an account: /my asks for the e-mail address the citizen applied with
// (the answer is the same whether or not it has applications: nobody learns who applied),
// and /my/:token, the link from the mail, lists them with status and the office's messages.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../../core/errors.ts';
import { LoadError, Loading, PageTitle } from '../components/Layout.tsx';
import { useApplicationsText } from '../i18n/applications.ts';
import { useLang } from '../i18n/index.ts';
import { type ApiError, enc, request } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';

interface Application {
  receiptNumber: string;
  formTitle: string;
  status: string;
  statusLabel: string;
  submittedAt: string;
  updatedAt: string;
  messages: { at: string; body: string; fromApplicant: boolean }[];
}

export function MyRequestPage() {
  const { lang, t } = useLang();
  const tx = useApplicationsText();
  const [email, setEmail] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const errorBox = useRef<HTMLParagraphElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const sentBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0 && error) input.current?.focus();
  }, [attempt]);
  useEffect(() => {
    if (state === 'sent') sentBox.current?.focus();
  }, [state]);

  const send = async (e: Event) => {
    e.preventDefault();
    if (state === 'sending') return;
    setState('sending');
    setError(null);
    try {
      const res = await request<ApiError & { errors?: FieldError[] }>('POST', '/api/my-applications', lang, {
        body: JSON.stringify({ email }),
        headers: { 'Content-Type': 'application/json' },
      });
      if (res.status === 202) return setState('sent');
      setError(res.body?.errors?.[0]?.message ?? res.body?.message ?? t('error.load'));
    } catch {
      setError(t('error.load'));
    }
    setState('idle');
    setAttempt((n) => n + 1);
  };

  return (
    <>
      <PageTitle title={tx('my.title')}>{tx('my.title')}</PageTitle>
      <p class="lead">{tx('my.intro')}</p>
      {state === 'sent' ? (
        <div class="notice notice--success" role="status" tabIndex={-1} ref={sentBox}>
          <p>{tx('my.sent')}</p>
        </div>
      ) : (
        <form onSubmit={send} noValidate>
          <div class={error ? 'field field--error' : 'field'}>
            <label class="label" for="my-email">
              {tx('my.email')}
            </label>
            {error && (
              <p id="my-email-error" class="error-message" ref={errorBox}>
                <span class="visually-hidden">{t('field.errorPrefix')} </span>
                {error}
              </p>
            )}
            <input
              id="my-email"
              ref={input}
              class="input"
              type="email"
              name="email"
              autoComplete="email"
              inputMode="email"
              spellcheck={false}
              value={email}
              onInput={(e) => setEmail(e.currentTarget.value)}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'my-email-error' : undefined}
            />
          </div>
          <div class="actions">
            <button type="submit" class="button" disabled={state === 'sending'}>
              {state === 'sending' ? tx('my.sending') : tx('my.send')}
            </button>
          </div>
        </form>
      )}
      <p>
        <a href="/">{t('app.home')}</a>
      </p>
    </>
  );
}

export function MyListPage({ token }: { token: string }) {
  const { lang, t } = useLang();
  const tx = useApplicationsText();
  const [data, setData] = useState<Application[] | 'notFound' | null>(null);
  const [failed, setFailed] = useState(false);
  const load = () => {
    setFailed(false);
    request<{ applications?: Application[] }>('GET', `/api/my-applications/${enc(token)}`, lang).then(
      (res) => {
        if (res.status === 404) setData('notFound');
        else if (res.status === 200 && Array.isArray(res.body?.applications)) setData(res.body.applications);
        else setFailed(true);
      },
      () => setFailed(true),
    );
  };
  useEffect(load, [token, lang]); // titles and status labels come in the requested language

  if (failed) return <LoadError retry={load} />;
  if (!data) return <Loading />;
  if (data === 'notFound') {
    return (
      <>
        <PageTitle title={tx('my.title')}>{tx('my.title')}</PageTitle>
        <p>{tx('my.expired')}</p>
        <p>
          <a class="button" href="/my">
            {tx('my.again')}
          </a>
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle title={tx('my.listTitle')}>{tx('my.listTitle')}</PageTitle>
      {data.length === 0 && <p>{tx('my.none')}</p>}
      <ol class="cards my-applications">
        {data.map((a) => (
          <li key={a.receiptNumber} class="card my-application">
            <h2 id={`app-${a.receiptNumber}`}>{a.formTitle}</h2>
            <dl class="summary">
              <div class="summary__row">
                <dt class="summary__key">{t('done.receipt')}</dt>
                <dd class="summary__value receipt-inline">{a.receiptNumber}</dd>
              </div>
              <div class="summary__row">
                <dt class="summary__key">{tx('my.status')}</dt>
                <dd class="summary__value">
                  <strong class="status-tag">{a.statusLabel}</strong>
                </dd>
              </div>
              <div class="summary__row">
                <dt class="summary__key">{tx('my.filed')}</dt>
                <dd class="summary__value">
                  <time dateTime={a.submittedAt}>{formatDateTime(a.submittedAt, lang)}</time>
                </dd>
              </div>
              <div class="summary__row">
                <dt class="summary__key">{tx('my.updated')}</dt>
                <dd class="summary__value">
                  <time dateTime={a.updatedAt}>{formatDateTime(a.updatedAt, lang)}</time>
                </dd>
              </div>
            </dl>
            {a.messages.length > 0 && (
              <section aria-labelledby={`msg-${a.receiptNumber}`}>
                <h3 id={`msg-${a.receiptNumber}`}>{tx('my.messages')}</h3>
                <ol class="messages">
                  {a.messages.map((m, i) => (
                    <li class={m.fromApplicant ? 'message message--own' : 'message'} key={i}>
                      <p class="message__meta">
                        {m.fromApplicant && <span class="message__from">{tx('my.fromYou')} </span>}
                        <time dateTime={m.at}>{formatDateTime(m.at, lang)}</time>
                      </p>
                      <p class="message__body">{m.body}</p>
                    </li>
                  ))}
                </ol>
              </section>
            )}
          </li>
        ))}
      </ol>
      <p>
        <a href="/">{t('app.home')}</a>
      </p>
    </>
  );
}
