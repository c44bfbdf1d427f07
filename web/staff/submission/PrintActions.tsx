// Print: the standard A4 PDF, or the form printed on one of the city's paper layouts. Both
// open as files from the server (audited there as submission.print). Sensitive answers print
// as 「（非表示）」 unless the clerk picks the print that includes them (audited as a reveal too).
import { useState } from 'preact/hooks';
import { SelectField } from '../components/fields.tsx';
import { useLang } from '../i18n/index.ts';
import { backoffice, fileUrls } from '../lib/backoffice-api.ts';
import { useLoad } from '../lib/use-load.ts';

export function PrintActions({ receiptNumber, formId, hasMasked = false }: { receiptNumber: string; formId: string; hasMasked?: boolean }) {
  const { t } = useLang();
  // Designers manage layouts; a clerk who may not list them simply gets the standard PDF.
  const layouts = useLoad(() => backoffice.layouts(formId), [formId]);
  const list = layouts.data?.layouts ?? [];
  const [layout, setLayout] = useState('');
  const chosen = layout || list[0]?.id || '';
  return (
    <div class="print-actions">
      <a class="button" id="print-pdf" href={fileUrls.pdf(receiptNumber)} target="_blank" rel="noopener">
        {t('print.pdf')}
        <span class="visually-hidden"> {t('newWindow')}</span>
      </a>
      {hasMasked && (
        <a class="button button--secondary" id="print-pdf-sensitive" href={fileUrls.pdf(receiptNumber, undefined, true)} target="_blank" rel="noopener" aria-describedby="print-pdf-sensitive-hint">
          {t('print.withSensitive')}
          <span class="visually-hidden"> {t('newWindow')}</span>
        </a>
      )}
      {hasMasked && (
        <p class="hint" id="print-pdf-sensitive-hint">
          {t('print.withSensitiveHint')}
        </p>
      )}
      {list.length > 0 && (
        <div class="print-actions__layout">
          <SelectField id="print-layout" label={t('print.layout')} value={chosen} onValue={setLayout} options={list.map((l) => ({ value: l.id, label: l.name }))} />
          <a class="button button--secondary" id="print-layout-pdf" href={fileUrls.pdf(receiptNumber, chosen)} target="_blank" rel="noopener">
            {t('print.onLayout')}
            <span class="visually-hidden"> {t('newWindow')}</span>
          </a>
        </div>
      )}
    </div>
  );
}
