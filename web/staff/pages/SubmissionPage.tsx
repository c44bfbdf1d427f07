// One submission as a clerk works on it: what was filed (labels of the version it was filed
// against), attachments, history, the status change, internal notes, messages to the
// applicant, printing, and the earlier answers after a 差戻し. Opening it is audited by the
// server (submission.view).
import { useState } from 'preact/hooks';
import { AnswerList } from '../components/AnswerList.tsx';
import { LoadFailed, Loading, PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { backoffice, fileUrls, type SubmissionDetail } from '../lib/backoffice-api.ts';
import { formatDateTime, formatSize } from '../lib/format.ts';
import { paths } from '../lib/routes.ts';
import { statusLabel, titleText } from '../lib/status-labels.ts';
import { useLoad } from '../lib/use-load.ts';
import { History } from '../submission/History.tsx';
import { NoteBox } from '../submission/NoteBox.tsx';
import { PrintActions } from '../submission/PrintActions.tsx';
import { RevealScope } from '../submission/reveal.tsx';
import { Revisions } from '../submission/Revisions.tsx';
import { StatusChange } from '../submission/StatusChange.tsx';

export function SubmissionPage({ receiptNumber }: { receiptNumber: string }) {
  const { t } = useLang();
  const loaded = useLoad(() => backoffice.submission(receiptNumber), [receiptNumber]);
  const [done, setDone] = useState<string | null>(null);
  if (loaded.failed !== null) {
    return (
      <>
        <PageTitle title={t('submission.title', { rn: receiptNumber })}>{t('submission.title', { rn: receiptNumber })}</PageTitle>
        <LoadFailed retry={loaded.reload} status={loaded.failed} />
        <ul class="action-list">
          <li>
            <a href={paths.counter}>{t('submission.otherNumber')}</a>
          </li>
          <li>
            <a href={paths.inbox}>{t('nav.inbox')}</a>
          </li>
        </ul>
      </>
    );
  }
  if (!loaded.data) return <Loading />;
  const changed = (text: string) => {
    setDone(text);
    loaded.reload();
  };
  return <Detail s={loaded.data} done={done} onChanged={changed} />;
}

function Detail({ s, done, onChanged }: { s: SubmissionDetail; done: string | null; onChanged(text: string): void }) {
  const { lang, t } = useLang();
  const title = t('submission.title', { rn: s.receiptNumber });
  const formTitle = titleText(s.formTitle, lang) || titleText(s.definition.title, lang);
  return (
    <>
      <p class="breadcrumbs">
        <a href={paths.inbox}>{t('nav.inbox')}</a>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      <dl class="summary-list submission-meta">
        <div>
          <dt>{t('submission.form')}</dt>
          <dd>
            {formTitle} <span class="muted">{t('submission.version', { v: s.formVersion })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('submission.status')}</dt>
          <dd>
            <span class={`tag tag--state tag--${s.status}`}>{statusLabel(s.status, t)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('submission.createdAt')}</dt>
          <dd>{formatDateTime(s.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('submission.updatedAt')}</dt>
          <dd>{formatDateTime(s.updatedAt)}</dd>
        </div>
        {s.purgedAt && (
          <div>
            <dt>{t('submission.purgedAt')}</dt>
            <dd>{formatDateTime(s.purgedAt)}</dd>
          </div>
        )}
        {s.slot && (
          <div>
            <dt>{t('submission.slot')}</dt>
            <dd>{titleText(s.definition.settings.slots?.find((x) => x.id === s.slot)?.label ?? s.slot, lang)}</dd>
          </div>
        )}
        {s.proxyBy && (
          <div>
            <dt>{t('submission.proxyBy')}</dt>
            <dd>{s.proxyBy}</dd>
          </div>
        )}
        <div>
          <dt>{t('submission.lang')}</dt>
          <dd>{s.lang}</dd>
        </div>
      </dl>
      <div class="status-line" role="status">
        {done && <p class="notice notice--success">{done}</p>}
      </div>
      <PrintActions receiptNumber={s.receiptNumber} formId={s.formId} hasMasked={s.masked.length > 0} />

      <section aria-labelledby="answers-title">
        <h2 id="answers-title">{t('submission.answers')}</h2>
        {s.purgedAt && <p class="notice">{t('submission.purged', { at: formatDateTime(s.purgedAt) })}</p>}
        {/* Keyed by revision: a resubmission brings new answers, revealed afresh. */}
        <RevealScope receiptNumber={s.receiptNumber} key={`current-${s.revision}`}>
          <AnswerList def={s.definition} answers={s.answers} receiptNumber={s.receiptNumber} idPrefix="answers" />
        </RevealScope>
      </section>

      <section aria-labelledby="attachments-title">
        <h2 id="attachments-title">{t('submission.attachments')}</h2>
        {s.attachments.length === 0 ? (
          <p class="muted">{t('submission.noAttachments')}</p>
        ) : (
          <ul class="plain-list attachments">
            {s.attachments.map((a) => (
              <li key={a.id}>
                <a href={fileUrls.attachment(s.receiptNumber, a.id)} download={a.name}>
                  {a.name}
                </a>{' '}
                <span class="muted">
                  （{a.type}, {formatSize(a.size, t)}）
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <StatusChange key={`${s.status}-${s.history.length}`} receiptNumber={s.receiptNumber} current={s.status} allowed={s.allowedTransitions} onChanged={onChanged} />
      <History items={s.history} />
      {/* A purged case takes no new notes or messages (the server refuses them too). */}
      {!s.purgedAt && (
        <>
          <NoteBox kind="messages" items={s.messages} send={(b) => backoffice.addMessage(s.receiptNumber, b)} onSent={onChanged} />
          <NoteBox kind="notes" items={s.notes} send={(b) => backoffice.addNote(s.receiptNumber, b)} onSent={onChanged} />
        </>
      )}
      <Revisions receiptNumber={s.receiptNumber} def={s.definition} formVersion={s.formVersion} items={s.revisions} />
    </>
  );
}
