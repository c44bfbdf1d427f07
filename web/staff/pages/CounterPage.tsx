// 書かない窓口: at the counter the clerk types the receipt number the applicant shows (with or
// without hyphens, full-width digits too) or scans the QR code on their phone or receipt
// mail, and the submission opens. The check digit is verified before the server is asked.
import { useEffect, useRef, useState } from 'preact/hooks';
import { navigate } from '../../citizen/lib/router.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { TextField } from '../components/fields.tsx';
import { PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { readReceiptInput, receiptFromScan } from '../lib/receipt-input.ts';
import { paths } from '../lib/routes.ts';
import type { Scanner } from '../counter/scanner.ts';
import { ProxyForms } from '../counter/ProxyForms.tsx';

export function CounterPage() {
  const { t } = useLang();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attempts, setAttempts] = useState(0);

  const submit = (e: Event) => {
    e.preventDefault();
    const r = readReceiptInput(value);
    if (r.kind === 'ok') return navigate(paths.submission(r.receiptNumber));
    setError(
      r.kind === 'empty'
        ? t('counter.empty')
        : r.kind === 'notDigits'
          ? t('counter.notDigits')
          : r.kind === 'length'
            ? t('counter.length', { n: r.digits })
            : t('counter.checkDigit'),
    );
    setAttempts((n) => n + 1);
  };

  return (
    <>
      <PageTitle title={t('counter.title')}>{t('counter.title')}</PageTitle>
      <p>{t('counter.intro')}</p>
      <ErrorSummary items={error ? [{ message: error, target: 'counter-rn' }] : []} focusKey={attempts} />
      <form class="counter-form narrow" noValidate onSubmit={submit}>
        <TextField
          id="counter-rn"
          label={t('counter.rn')}
          hint={t('counter.rnHint')}
          value={value}
          onValue={setValue}
          error={error}
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          class="field--receipt"
        />
        <button type="submit" class="button">
          {t('counter.open')}
        </button>
      </form>
      <Camera />
      <ProxyForms />
    </>
  );
}

function Camera() {
  const { t } = useLang();
  const video = useRef<HTMLVideoElement>(null);
  const scanner = useRef<Scanner | null>(null);
  const [state, setState] = useState<'off' | 'starting' | 'on' | 'failed' | 'unsupported'>('off');
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => () => scanner.current?.stop(), []);
  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) return setState('unsupported');
    setState('starting');
    setNotice(null);
    try {
      const { startScanner } = await import('../counter/scanner.ts');
      let last = '';
      scanner.current = await startScanner(video.current!, (text) => {
        const rn = receiptFromScan(text);
        if (rn) {
          scanner.current?.stop();
          scanner.current = null;
          navigate(paths.submission(rn));
        } else if (text !== last) {
          last = text;
          setNotice(t('counter.notReceipt'));
        }
      });
      setState('on');
    } catch {
      setState('failed');
    }
  };
  const stop = () => {
    scanner.current?.stop();
    scanner.current = null;
    setState('off');
  };

  return (
    <section class="camera" aria-labelledby="camera-title">
      <h2 id="camera-title">{t('counter.camera')}</h2>
      <p class="hint">{t('counter.cameraHint')}</p>
      {state === 'on' || state === 'starting' ? (
        <button type="button" class="button button--secondary" onClick={stop}>
          {t('counter.cameraStop')}
        </button>
      ) : (
        <button type="button" class="button button--secondary" onClick={start}>
          {t('counter.cameraStart')}
        </button>
      )}
      <div role="status" class="status-line">
        {state === 'starting' && <p>{t('counter.cameraStarting')}</p>}
        {state === 'on' && <p>{t('counter.cameraOn')}</p>}
        {state === 'failed' && <p class="notice notice--error">{t('counter.cameraFailed')}</p>}
        {state === 'unsupported' && <p class="notice notice--error">{t('counter.cameraUnsupported')}</p>}
        {notice && <p class="notice notice--error">{notice}</p>}
      </div>
      <video ref={video} class={state === 'on' || state === 'starting' ? 'camera__video' : 'camera__video camera__video--off'} aria-label={t('counter.cameraVideo')} muted playsInline />
    </section>
  );
}
