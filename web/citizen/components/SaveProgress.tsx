// Saving progress on the wizard page: the note after answers came back from this device
// (with a way to start over), and the 「一時保存」 control that opens the resume-link panel,
// loaded only when asked for.
import { useState } from 'preact/hooks';
import { useLang } from '../i18n/index.ts';
import { lazy } from '../lib/lazy.tsx';
import { navigate } from '../lib/router.ts';
import type { FormRuntime } from '../runtime.ts';
import { useSession } from '../store.ts';

const SavePanel = lazy(() => import('./SavePanel.tsx').then((m) => m.SavePanel));

export function RestoredNote({ formKey, firstPage, onDismiss }: { formKey: string; firstPage: string; onDismiss(): void }) {
  const { t } = useLang();
  const [, store] = useSession(formKey);
  return (
    <div class="notice" role="status">
      <p>{t('save.restored')}</p>
      <p>
        <button
          type="button"
          class="button button--secondary button--small"
          onClick={() => {
            store.startOver(formKey);
            onDismiss();
            navigate(firstPage);
          }}
        >
          {t('save.startOver')}
        </button>
      </p>
    </div>
  );
}

export function SaveControl({ rt, index }: { rt: FormRuntime; index: number }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  if (open) return <SavePanel rt={rt} index={index} onClose={() => setOpen(false)} />;
  return (
    <p class="save-progress">
      <button type="button" class="button button--secondary button--small" aria-haspopup="true" onClick={() => setOpen(true)}>
        {t('save.open')}
      </button>
    </p>
  );
}
