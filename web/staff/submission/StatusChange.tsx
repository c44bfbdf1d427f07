// Moving a submission on: only the transitions the server allows are offered; the comment
// goes to the applicant (status page and mail). 却下 asks once more: it ends the case.
import { useState } from 'preact/hooks';
import type { Status } from '../../../core/status.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { TextArea } from '../components/fields.tsx';
import { useLang } from '../i18n/index.ts';
import { backoffice } from '../lib/backoffice-api.ts';
import { byField } from '../lib/field-errors.ts';
import { statusLabel } from '../lib/status-labels.ts';

export function StatusChange(props: { receiptNumber: string; current: Status; allowed: Status[]; onChanged(text: string): void }) {
  const { t } = useLang();
  const [to, setTo] = useState<Status | ''>('');
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);

  if (props.allowed.length === 0) {
    return (
      <section aria-labelledby="status-title">
        <h2 id="status-title">{t('status.change')}</h2>
        <p>{t('status.final', { status: statusLabel(props.current, t) })}</p>
      </section>
    );
  }

  const fail = (found: Record<string, string>) => {
    setErrors(found);
    setAttempts((n) => n + 1);
  };
  const send = async () => {
    if (!to) return fail({ to: t('status.chooseOne') });
    setConfirming(false);
    setBusy(true);
    try {
      const res = await backoffice.setStatus(props.receiptNumber, to, comment.trim() || undefined);
      if (res.status >= 200 && res.status < 300) {
        setErrors({});
        props.onChanged(t('status.changed', { status: statusLabel(to, t) }));
        return;
      }
      const found = byField(res.body.errors);
      const out: Record<string, string> = {};
      if (found.comment) out.comment = found.comment;
      if (found.status) out.to = found.status;
      if (Object.keys(out).length === 0) out.to = res.body.message ?? t('error.failed');
      fail(out);
    } catch {
      fail({ to: t('error.network') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="status-title" class="panel">
      <h2 id="status-title">{t('status.change')}</h2>
      <ErrorSummary
        items={Object.entries(errors).map(([k, message]) => ({ message, target: k === 'to' ? `status-to-${props.allowed[0]}` : 'status-comment' }))}
        focusKey={attempts}
      />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (to === 'rejected') setConfirming(true);
          else send();
        }}
      >
        <fieldset class={`fieldset${errors.to ? ' field--error' : ''}`} aria-describedby={errors.to ? 'status-to-error' : undefined}>
          <legend class="legend">{t('status.to', { status: statusLabel(props.current, t) })}</legend>
          {errors.to && (
            <p class="error-message" id="status-to-error">
              <span class="visually-hidden">{t('field.errorPrefix')} </span>
              {errors.to}
            </p>
          )}
          {props.allowed.map((s) => (
            <div class="field--check" key={s}>
              <input type="radio" class="checkbox" name="status-to" id={`status-to-${s}`} checked={to === s} onChange={() => (setTo(s), setConfirming(false))} />
              <label for={`status-to-${s}`}>{statusLabel(s, t)}</label>
            </div>
          ))}
        </fieldset>
        <TextArea id="status-comment" label={t('status.comment')} hint={t('status.commentHint')} value={comment} onValue={setComment} error={errors.comment} />
        {!confirming && (
          <button type="submit" class="button" disabled={busy}>
            {t('status.submit')}
          </button>
        )}
      </form>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="reject-confirm-text" aria-modal="false">
          <p id="reject-confirm-text">{t('status.rejectConfirm', { rn: props.receiptNumber })}</p>
          <div class="actions actions--inline">
            <button type="button" class="button button--warning" ref={(b) => b?.focus()} onClick={send}>
              {t('status.rejectYes')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
