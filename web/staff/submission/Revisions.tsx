// The answers as they were before each resubmission after 差戻し: the history keeps both.
import type { FormDefinition } from '../../../core/definition.ts';
import { AnswerList } from '../components/AnswerList.tsx';
import { useLang } from '../i18n/index.ts';
import type { Revision } from '../lib/backoffice-api.ts';
import { formatDateTime } from '../lib/format.ts';
import { RevealScope } from './reveal.tsx';

export function Revisions(props: { receiptNumber: string; def: FormDefinition; formVersion: number; items: Revision[] }) {
  const { t } = useLang();
  if (props.items.length === 0) return null;
  return (
    <section aria-labelledby="revisions-title">
      <h2 id="revisions-title">{t('revisions.title')}</h2>
      <p class="hint">{t('revisions.hint')}</p>
      {props.items.map((r) => (
        <details key={r.revision} class="revision">
          <summary>{t('revisions.item', { n: r.revision + 1, at: formatDateTime(r.replacedAt) })}</summary>
          {r.formVersion !== props.formVersion && <p class="muted">{t('revisions.otherVersion', { v: r.formVersion })}</p>}
          <RevealScope receiptNumber={props.receiptNumber} revision={r.revision}>
            <AnswerList def={props.def} answers={r.answers} receiptNumber={props.receiptNumber} idPrefix={`rev-${r.revision}`} />
          </RevealScope>
        </details>
      ))}
    </section>
  );
}
