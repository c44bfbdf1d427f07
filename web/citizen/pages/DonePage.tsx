// The receipt: 受付番号 (large, easy to read aloud), its QR code for the counter (書かない窓口:
// a clerk scans it to open the application) and the secret status link.
import { useState } from 'preact/hooks';
import type { LocalText } from '../../../core/definition.ts';
import { PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { useSession } from '../store.ts';
import { L } from '../components/Local.tsx';
import { ProxyDone } from '../components/ProxyDone.tsx';
import { inProxy } from '../lib/proxy-path.ts';
import { useSlotTexts } from '../i18n/slot-texts.ts';

export function DonePage({ formId, title }: { formId: string; title: LocalText | undefined }) {
  const { lang, t } = useLang();
  const [session] = useSession(formId);
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const st = useSlotTexts();
  const receipt = session.receipt;
  if (!receipt) {
    return (
      <>
        <PageTitle title={t('done.title')}>{t('done.title')}</PageTitle>
        <p>{t('done.missing')}</p>
        <p>
          <a class="link-target" href="/">
            {t('done.home')}
          </a>
        </p>
      </>
    );
  }
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(receipt.statusUrl);
      setCopied('ok');
    } catch {
      const input = document.getElementById('status-url') as HTMLInputElement | null;
      input?.select();
      setCopied('failed');
    }
  };
  return (
    <>
      {title && (
        <p class="caption">
          <L value={title} lang={lang} />
        </p>
      )}
      <div class="panel">
        <PageTitle title={receipt.status === 'waitlisted' ? st('slot.waitlisted') : t('done.title')}>
          {receipt.status === 'waitlisted' ? st('slot.waitlisted') : t('done.title')}
        </PageTitle>
        <p class="panel__label" id="receipt-label">
          {t('done.receipt')}
        </p>
        <p class="receipt-number" aria-labelledby="receipt-label">
          {receipt.receiptNumber}
        </p>
      </div>
      {receipt.slotLabel && <p>{st('slot.booked', { slot: receipt.slotLabel })}</p>}
      {receipt.status === 'waitlisted' && (
        <div class="notice" id="waitlisted">
          <p>{st('slot.waitlistedBody')}</p>
          {receipt.waitingPosition !== undefined && (
            <p>
              <strong>{st('slot.position', { n: receipt.waitingPosition })}</strong>
            </p>
          )}
        </div>
      )}
      {inProxy() && <ProxyDone formId={formId} receiptNumber={receipt.receiptNumber} />}
      <figure class="qr">
        <img
          class="qr__image"
          src={`/api/receipts/${encodeURIComponent(receipt.receiptNumber)}/qr.svg`}
          width={176}
          height={176}
          alt={t('done.qrAlt', { n: receipt.receiptNumber })}
        />
        <figcaption class="qr__caption">{t('done.qrHint')}</figcaption>
      </figure>
      <div class="field">
        <label class="label" for="status-url">
          {t('done.statusLink')}
        </label>
        <p class="hint" id="status-url-hint">
          {t('done.secret')}
        </p>
        <input id="status-url" class="input input--url" type="text" readOnly value={receipt.statusUrl} aria-describedby="status-url-hint" onFocus={(e) => e.currentTarget.select()} />
        <div class="actions actions--inline">
          <button type="button" class="button button--secondary" onClick={copy}>
            {t('done.copy')}
          </button>
          <a class="button button--secondary" href={receipt.statusUrl}>
            {t('done.openStatus')}
          </a>
        </div>
        <p class="status-line" role="status">
          {copied === 'ok' ? t('done.copied') : copied === 'failed' ? t('done.copyFailed') : ''}
        </p>
      </div>
      <h2>{t('done.next')}</h2>
      <ul class="bullets">
        <li>{t('done.keep')}</li>
        <li>{t('done.review')}</li>
      </ul>
      {!inProxy() && (
        <p>
          <a href="/my">{t('my.link')}</a>
        </p>
      )}
      <p>
        <a class="link-target" href="/">
          {t('done.home')}
        </a>
      </p>
    </>
  );
}
