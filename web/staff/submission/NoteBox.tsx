// Internal notes (職員のみ, never shown to the applicant) and messages to the applicant
// (申請者に送信: status page and mail) look alike on purpose but are marked loudly apart:
// writing a staff remark into the applicant's box would be the worst mistake on this page.
import { useState } from 'preact/hooks';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { TextArea } from '../components/fields.tsx';
import { useLang } from '../i18n/index.ts';
import type { Note } from '../lib/backoffice-api.ts';
import { byField } from '../lib/field-errors.ts';
import { formatDateTime } from '../lib/format.ts';
import type { Response } from '../lib/api.ts';

export function NoteBox(props: { kind: 'notes' | 'messages'; items: Note[]; send(body: string): Promise<Response<unknown>>; onSent(text: string): void }) {
  const { t } = useLang();
  const notes = props.kind === 'notes';
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const id = `${props.kind}-body`;
  const fail = (message: string) => {
    setError(message);
    setAttempts((n) => n + 1);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!body.trim()) return fail(t(notes ? 'notes.empty' : 'messages.empty'));
    setBusy(true);
    try {
      const res = await props.send(body.trim());
      if (res.status >= 200 && res.status < 300) {
        setBody('');
        setError(undefined);
        props.onSent(t(notes ? 'notes.saved' : 'messages.sent'));
      } else fail(byField(res.body.errors).body ?? res.body.message ?? t('error.failed'));
    } catch {
      fail(t('error.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class={`panel notebox notebox--${props.kind}`} aria-labelledby={`${props.kind}-title`}>
      <h2 id={`${props.kind}-title`}>
        {t(notes ? 'notes.title' : 'messages.title')} <span class={`tag tag--${notes ? 'internal' : 'outgoing'}`}>{t(notes ? 'notes.badge' : 'messages.badge')}</span>
      </h2>
      <p class="hint">{t(notes ? 'notes.hint' : 'messages.hint')}</p>
      {props.items.length === 0 ? (
        <p class="muted">{t(notes ? 'notes.none' : 'messages.none')}</p>
      ) : (
        <ol class="plain-list notes">
          {props.items.map((n) => (
            <li key={n.id} class="note">
              <p class="note__meta">
                {formatDateTime(n.at)} · {n.author ?? t('history.applicant')}
              </p>
              <p class="multiline">{n.body}</p>
            </li>
          ))}
        </ol>
      )}
      <ErrorSummary items={error ? [{ message: error, target: id }] : []} focusKey={attempts} />
      <form noValidate onSubmit={submit}>
        <TextArea id={id} label={t(notes ? 'notes.new' : 'messages.new')} value={body} onValue={setBody} error={error} rows={3} />
        <button type="submit" class={notes ? 'button button--secondary' : 'button'} disabled={busy}>
          {t(notes ? 'notes.submit' : 'messages.submit')}
        </button>
      </form>
    </section>
  );
}
