// 一時保存: saves the answers on the server and hands out the resume link, copied or mailed
// (server/drafts). The same link is updated by later saves from this session. Also the note
// after answers came back from this device. Loaded just after a wizard page shows
// (components/SaveProgress.tsx), to keep the bytes needed to open a form small.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../../core/errors.ts';
import { useSaveText } from '../i18n/save-texts.ts';
import { useLang } from '../i18n/index.ts';
import { type ApiError, enc, request } from '../lib/api.ts';
import { navigate } from '../lib/router.ts';
import type { FormRuntime } from '../runtime.ts';
import { useSession } from '../store.ts';

interface Saved {
  resumeUrl: string;
  expiresAt: string;
}

function formatExpiry(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : lang, {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function SavePanel({ rt, index, onClose }: { rt: FormRuntime; index: number; onClose(): void }) {
  const { lang, t } = useLang();
  const st = useSaveText();
  const id = rt.def.id;
  const [session, store] = useSession(id);
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<(Saved & { mailed: boolean }) | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [emailError, setEmailError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [days, setDays] = useState<number | null>(null);
  useEffect(() => {
    request<{ ttlDays?: number }>('GET', '/api/drafts/policy', lang).then(
      (res) => typeof res.body?.ttlDays === 'number' && setDays(res.body.ttlDays),
      () => {},
    );
  }, []);
  useEffect(() => {
    if (saved) result.current?.focus();
  }, [saved]);

  const save = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    setEmailError(null);
    setCopied(false);
    const body = JSON.stringify({ version: rt.form.version, answers: session.answers, page: index, ...(email.trim() ? { email: email.trim() } : {}) });
    const init = { body, headers: { 'Content-Type': 'application/json' } };
    try {
      let res = session.resumeToken
        ? await request<Saved & ApiError>('PUT', `/api/drafts/${enc(session.resumeToken)}`, lang, init)
        : await request<Saved & ApiError>('POST', `/api/forms/${enc(id)}/drafts`, lang, init);
      // The old link expired meanwhile: make a new one.
      if (res.status === 404 && session.resumeToken) res = await request<Saved & ApiError>('POST', `/api/forms/${enc(id)}/drafts`, lang, init);
      if ((res.status === 200 || res.status === 201) && res.body?.resumeUrl) {
        const token = res.body.resumeUrl.split('/resume/')[1];
        if (token) store.setResumeToken(id, token);
        setSaved({ resumeUrl: res.body.resumeUrl, expiresAt: res.body.expiresAt, mailed: !!email.trim() });
        return;
      }
      const field = (res.body?.errors as FieldError[] | undefined)?.find((x) => x.path === '/email');
      if (field) setEmailError(field.message);
      else setProblem(res.body?.message ?? st('save.failed'));
    } catch {
      setProblem(st('save.failed'));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!saved) return;
    try {
      await navigator.clipboard.writeText(saved.resumeUrl);
      setCopied(true);
    } catch {
      // No clipboard (old browser, no permission): the link is selected for copying by hand.
      (document.getElementById('save-link') as HTMLInputElement | null)?.select();
    }
  };

  return (
    <section class="notice" aria-labelledby="save-title">
      <h2 id="save-title" tabIndex={-1} ref={heading}>
        {st('save.title')}
      </h2>
      <p>{st('save.intro')}</p>
      {days !== null && <p>{st('save.validity', { days })}</p>}
      <form noValidate onSubmit={save}>
        <div class={emailError ? 'field field--error' : 'field'}>
          <label class="label" for="save-email">
            {st('save.email')}
          </label>
          <p id="save-email-hint" class="hint">
            {st('save.emailHint')}
          </p>
          {emailError && (
            <p id="save-email-error" class="error-message">
              {emailError}
            </p>
          )}
          <input
            id="save-email"
            class="input"
            type="email"
            autoComplete="email"
            inputMode="email"
            value={email}
            aria-invalid={emailError ? 'true' : undefined}
            aria-describedby={emailError ? 'save-email-hint save-email-error' : 'save-email-hint'}
            onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
          />
        </div>
        {problem && (
          <p class="error-message" role="alert">
            {problem}
          </p>
        )}
        <div class="actions actions--inline">
          <button type="submit" class="button" disabled={busy}>
            {busy ? st('save.saving') : st('save.submit')}
          </button>
          <button type="button" class="button button--secondary" onClick={onClose}>
            {st('save.close')}
          </button>
        </div>
      </form>
      {saved && (
        <div ref={result} tabIndex={-1} role="status">
          <p>{st('save.done', { date: formatExpiry(saved.expiresAt, lang) })}</p>
          {saved.mailed && <p>{st('save.mailed')}</p>}
          <div class="field">
            <label class="label" for="save-link">
              {st('save.link')}
            </label>
            <p id="save-link-hint" class="hint">
              {st('save.secret')}
            </p>
            <input id="save-link" class="input" type="url" readOnly value={saved.resumeUrl} aria-describedby="save-link-hint" onFocus={(e) => (e.target as HTMLInputElement).select()} />
          </div>
          <p>
            <button type="button" class="button button--secondary button--small" onClick={copy}>
              {st('save.copy')}
            </button>
            {copied && <span role="status"> {st('save.copied')}</span>}
          </p>
        </div>
      )}
    </section>
  );
}

export function RestoredNote({ formKey, firstPage, onDismiss }: { formKey: string; firstPage: string; onDismiss(): void }) {
  const { t } = useLang();
  const st = useSaveText();
  const [, store] = useSession(formKey);
  return (
    <div class="notice" role="status">
      <p>{st('save.restored')}</p>
      <p>
        <button
          type="button"
          class="button button--secondary button--small"
          onClick={() => {
            store.startOver(formKey);
            onDismiss();
            navigate(firstPage);
          }}
        >
          {st('save.startOver')}
        </button>
      </p>
    </div>
  );
}
