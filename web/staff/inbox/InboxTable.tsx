// The inbox list: one row per submission, a checkbox to select it for the bulk PDF. Below
// 40rem the table reflows into stacked cards (each cell says what it is), so a tablet or a
// phone at 200% zoom never scrolls sideways.
import { useLang } from '../i18n/index.ts';
import type { InboxItem } from '../lib/backoffice-api.ts';
import { formatDateTime } from '../lib/format.ts';
import { paths } from '../lib/routes.ts';
import { statusLabel, titleText } from '../lib/status-labels.ts';

export function InboxTable(props: { items: InboxItem[]; selected: Set<string>; onSelect(rns: string[], on: boolean): void }) {
  const { lang, t } = useLang();
  const all = props.items.length > 0 && props.items.every((i) => props.selected.has(i.receiptNumber));
  return (
    <table class="table table--cards" aria-labelledby="inbox-results-title">
      <thead>
        <tr>
          <th scope="col" class="table__check">
            <input
              type="checkbox"
              class="checkbox"
              id="inbox-select-all"
              aria-label={t('inbox.selectAll')}
              checked={all}
              onChange={(e) => props.onSelect(props.items.map((i) => i.receiptNumber), e.currentTarget.checked)}
            />
          </th>
          <th scope="col">{t('inbox.col.receiptNumber')}</th>
          <th scope="col">{t('inbox.col.form')}</th>
          <th scope="col">{t('inbox.col.applicant')}</th>
          <th scope="col">{t('inbox.col.status')}</th>
          <th scope="col">{t('inbox.col.createdAt')}</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((item) => (
          <tr key={item.receiptNumber}>
            <td class="table__check">
              <input
                type="checkbox"
                class="checkbox"
                id={`select-${item.receiptNumber}`}
                aria-label={t('inbox.select', { rn: item.receiptNumber })}
                checked={props.selected.has(item.receiptNumber)}
                onChange={(e) => props.onSelect([item.receiptNumber], e.currentTarget.checked)}
              />
            </td>
            <th scope="row" data-label={t('inbox.col.receiptNumber')}>
              <a class="receipt-number" href={paths.submission(item.receiptNumber)}>
                {item.receiptNumber}
              </a>
            </th>
            <td data-label={t('inbox.col.form')}>{titleText(item.formTitle, lang)}</td>
            <td data-label={t('inbox.col.applicant')}>
              {item.applicant ?? <span class="muted">{t('inbox.noName')}</span>}
              {item.proxyBy && <span class="muted"> {t('inbox.proxy', { by: item.proxyBy })}</span>}
            </td>
            <td data-label={t('inbox.col.status')}>
              <span class={`tag tag--state tag--${item.status}`}>{statusLabel(item.status, t)}</span>
              {item.slot && <span class="inbox-slot">{item.slotLabel ?? item.slot}</span>}
            </td>
            <td data-label={t('inbox.col.createdAt')}>{formatDateTime(item.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
