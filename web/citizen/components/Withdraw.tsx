// 取下げ on the status page: a button, then a confirmation that says what withdrawing
// means, with an optional reason. Errors the server finds in the reason show next to it
// and in a summary, as when filing.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLang } from '../i18n/index.ts';
import { useStatusText } from '../i18n/status.ts';
import { statusApi } from '../lib/status-api.ts';
import type { UiError } from '../runtime.ts';
import { ErrorText, describedBy } from '../fields/shell.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';

const REASON = 'withdraw-reason';

export function Withdraw({ token, onWithdrawn }: { token: string; onWithdrawn(): void }) {
  const { lang, t } = useLang();
  const st = useStatusText();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<UiError[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [problem, setProblem] = useState('');
  const [sending, setSending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const moved = useRef(false); // focus follows only the citizen's own open/close

  useEffect(() => {
    if (!moved.current) return;
    (open ? heading : start).current?.focus();
  }, [open]);

  const toggle = (next: boolean) => {
    moved.current = true;
    setOpen(next);
    setErrors([]);
    setProblem('');
  };

  const send = async (e: Event) => {
    e.preventDefault();
    if (sending) return;
    setSending(true);
    setProblem('');
    try {
      const res = await statusApi.withdraw(token, reason.trim(), lang);
      if (res.status >= 200 && res.status < 300) {
        onWithdrawn();
        return;
      }
      const fieldErrors = res.status === 400 ? (res.body?.errors ?? []) : [];
      if (fieldErrors.length > 0) {
        // The reason is the only thing the applicant sends: every field error is about it.
        setErrors(fieldErrors.map((err) => ({ ...err, target: REASON })));
        setAttempts((n) => n + 1);
      } else {
        setErrors([]);
        setProblem(res.body?.message ?? st('withdraw.failed'));
      }
    } catch {
      setProblem(st('status.network'));
    } finally {
      setSending(false);
    }
  };

  return (
    <section class="withdraw" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{st('withdraw.title')}</h2>
      {!open ? (
        <>
          <p>{st('withdraw.intro')}</p>
          <p>
            <button type="button" class="button button--secondary" ref={start} onClick={() => toggle(true)}>
              {st('withdraw.start')}
            </button>
          </p>
        </>
      ) : (
        <form class="withdraw__confirm" noValidate onSubmit={send}>
          {attempts > 0 && <ErrorSummary items={errors.map((error) => ({ error }))} title={st('withdraw.invalid')} focusKey={attempts} />}
          <h3 id="withdraw-confirm-title" ref={heading} tabIndex={-1}>
            {st('withdraw.confirmTitle')}
          </h3>
          <p>{st('withdraw.confirmText')}</p>
          <div class={errors.length > 0 ? 'field field--error' : 'field'}>
            <label class="label" for={REASON}>
              {st('withdraw.reason')} <span class="badge">{t('field.optional')}</span>
            </label>
            <p class="hint" id={`${REASON}-hint`}>
              {st('withdraw.reasonHint')}
            </p>
            <ErrorText id={`${REASON}-error`} errors={errors} t={t} />
            <textarea
              id={REASON}
              class="input textarea"
              rows={3}
              value={reason}
              aria-describedby={describedBy(`${REASON}-hint`, errors.length > 0 && `${REASON}-error`)}
              aria-invalid={errors.length > 0 ? 'true' : undefined}
              onInput={(e) => {
                setReason(e.currentTarget.value);
                if (errors.length > 0) setErrors([]);
              }}
            />
          </div>
          {problem && (
            <div class="notice notice--error" role="alert">
              <p>{problem}</p>
            </div>
          )}
          <div class="actions">
            <button type="submit" class="button button--danger" disabled={sending} aria-disabled={sending ? 'true' : undefined}>
              {sending ? st('withdraw.sending') : st('withdraw.confirm')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => toggle(false)}>
              {st('withdraw.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
