// Who moved the submission where, when, and what they told the applicant.
import { useLang } from '../i18n/index.ts';
import type { HistoryEntry } from '../lib/backoffice-api.ts';
import { formatDateTime } from '../lib/format.ts';
import { statusLabel } from '../lib/status-labels.ts';

export function History({ items }: { items: HistoryEntry[] }) {
  const { t } = useLang();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <ol class="timeline">
        {items.map((h, i) => (
          <li key={i} class="timeline__item">
            <p class="timeline__head">
              <span class={`tag tag--state tag--${h.status}`}>{statusLabel(h.status, t)}</span> {formatDateTime(h.at)} · {h.actor ?? t('history.applicant')}
            </p>
            {h.comment && <p class="multiline timeline__comment">{h.comment}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
