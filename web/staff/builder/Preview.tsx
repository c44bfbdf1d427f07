// The live preview: the real citizen renderer (/preview/:id/) in a 360×740 frame, showing
// the page being edited. After each save the frame is asked to fetch the draft again
// (same-origin postMessage), keeping the page and the answers typed into it.
import { useEffect, useRef } from 'preact/hooks';
import { useLang } from '../i18n/index.ts';
import { paths } from '../lib/routes.ts';
import { useBuilder } from './use-builder.ts';

export const PREVIEW_RELOAD = { type: 'madoguchi:preview-reload' } as const;

export function Preview() {
  const { t } = useLang();
  const b = useBuilder();
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(
    () =>
      b.onSaved(() => {
        frame.current?.contentWindow?.postMessage(PREVIEW_RELOAD, location.origin);
      }),
    [b.onSaved],
  );
  // The frame follows the page being edited (page 1 is the form's own address).
  const src = b.page === 0 ? paths.preview(b.id) : `${paths.preview(b.id)}p/${b.page + 1}`;
  return (
    <section class="builder__preview" aria-labelledby="preview-title">
      <h2 id="preview-title" class="visually-hidden">
        {t('preview.title')}
      </h2>
      <iframe ref={frame} class="preview-frame" src={src} title={t('preview.frameTitle')} width={360} height={740} />
      <p class="hint">{t('preview.hint')}</p>
    </section>
  );
}
