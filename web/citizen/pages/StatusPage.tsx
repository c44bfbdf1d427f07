// /s/:token — the applicant's view of one submission: status, history with the office's
// comments, messages, and what the applicant may do now: correct it after 差戻し, or
// withdraw it (取下げ). The result of an action is announced and takes focus.
import { useEffect, useRef, useState } from 'preact/hooks';
import { LoadError, Loading, NotFound, PageTitle } from '../components/Layout.tsx';
import { L } from '../components/Local.tsx';
import { Withdraw } from '../components/Withdraw.tsx';
import { useLang } from '../i18n/index.ts';
import { type StatusKey, useStatusText } from '../i18n/status.ts';
import { enc } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { useSlotTexts } from '../i18n/slot-texts.ts';
import { type SubmissionStatus, latestComment, statusApi, takeFlash } from '../lib/status-api.ts';

export function StatusPage({ token }: { token: string }) {
  const { lang } = useLang();
  const st = useStatusText();
  const slotTexts = useSlotTexts();
  const [data, setData] = useState<SubmissionStatus | null | 'notFound'>(null);
  const [failed, setFailed] = useState(false);
  // What the last action did (also what correcting did, announced on arrival here).
  const [done, setDone] = useState<StatusKey | null>(() => takeFlash(token));
  const [focusDone, setFocusDone] = useState(done !== null);
  const doneBox = useRef<HTMLDivElement>(null);

  const load = () => {
    setFailed(false);
    statusApi.status(token, lang).then(
      (res) => {
        if (res.status === 404) setData('notFound');
        else if (res.status === 200 && res.body?.receiptNumber) setData(res.body);
        else setFailed(true);
      },
      () => setFailed(true),
    );
  };
  useEffect(load, [token, lang]); // status labels come in the requested language
  useEffect(() => {
    if (focusDone && done && data && data !== 'notFound') {
      doneBox.current?.focus();
      setFocusDone(false);
    }
  }, [focusDone, done, data]);

  if (failed) return <LoadError retry={load} />;
  if (data === 'notFound') return <NotFound message={st('status.notFound')} />;
  if (!data) return <Loading />;
  const comment = latestComment(data);
  const messages = data.messages ?? [];
  return (
    <>
      <p class="caption">
        <L value={data.form.title} lang={lang} />
      </p>
      <PageTitle title={st('status.title')} focus={!focusDone}>
        {st('status.title')}
      </PageTitle>
      <div role="status" class="status-line">
        {done && (
          <div class="notice notice--success" tabIndex={-1} ref={doneBox}>
            <p>{st(done)}</p>
          </div>
        )}
      </div>
      {data.canResubmit && (
        <section class="notice notice--action" aria-labelledby="returned-title">
          <h2 id="returned-title">{st('returned.title')}</h2>
          <p>{st('returned.intro')}</p>
          {comment && (
            <>
              <p class="notice__label">{st('returned.comment')}</p>
              <p class="office-comment">{comment}</p>
            </>
          )}
          <p>
            <a class="button" href={`/s/${enc(token)}/fix/p/1`}>
              {st('returned.fix')}
            </a>
          </p>
        </section>
      )}
      <dl class="summary">
        <div class="summary__row">
          <dt class="summary__key">{st('status.form')}</dt>
          <dd class="summary__value">
            <L value={data.form.title} lang={lang} />
          </dd>
        </div>
        <div class="summary__row">
          <dt class="summary__key">{st('status.receipt')}</dt>
          <dd class="summary__value receipt-inline">{data.receiptNumber}</dd>
        </div>
        <div class="summary__row">
          <dt class="summary__key">{st('status.status')}</dt>
          <dd class="summary__value">
            <strong class="status-tag">{data.statusLabel}</strong>
            {data.place?.waitingPosition !== undefined && <p class="status-position">{slotTexts('slot.position', { n: data.place.waitingPosition })}</p>}
          </dd>
        </div>
        {data.place?.slotLabel && (
          <div class="summary__row">
            <dt class="summary__key">{slotTexts('slot.legend')}</dt>
            <dd class="summary__value">{data.place.slotLabel}</dd>
          </div>
        )}
        <div class="summary__row">
          <dt class="summary__key">{st('status.filed')}</dt>
          <dd class="summary__value">
            <time dateTime={data.submittedAt}>{formatDateTime(data.submittedAt, lang)}</time>
          </dd>
        </div>
      </dl>
      {messages.length > 0 && (
        <section aria-labelledby="messages-title">
          <h2 id="messages-title">{st('messages.title')}</h2>
          <ol class="messages">
            {messages.map((m, i) => (
              <li class={m.fromApplicant ? 'message message--own' : 'message'} key={i}>
                <p class="message__meta">
                  <span class="message__from">{st(m.fromApplicant ? 'messages.you' : 'messages.office')}</span>{' '}
                  <time dateTime={m.at}>{formatDateTime(m.at, lang)}</time>
                </p>
                <p class="message__body">{m.body}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {data.history.length > 0 && (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{st('status.history')}</h2>
          <ol class="timeline">
            {data.history.map((h, i) => (
              <li class="timeline__item" key={i}>
                <time class="timeline__time" dateTime={h.at}>
                  {formatDateTime(h.at, lang)}
                </time>
                <span class="timeline__status">{h.statusLabel}</span>
                {h.comment && <p class="timeline__comment">{h.comment}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {data.canWithdraw && (
        <Withdraw
          token={token}
          onWithdrawn={() => {
            setDone('withdraw.done');
            setFocusDone(true);
            load();
          }}
        />
      )}
    </>
  );
}
