// 「保存しました 14:05」: the autosave's state, read out politely when it changes, with a
// retry button when saving failed (the work is kept and retried automatically as well).
import { useLang } from '../i18n/index.ts';
import { formatTime } from '../lib/format.ts';
import { useBuilder } from './use-builder.ts';

export function SaveStatus() {
  const { t } = useLang();
  const b = useBuilder();
  const s = b.saveState;
  const message =
    s.kind === 'saved'
      ? t('autosave.saved', { time: formatTime(s.at) })
      : s.kind === 'saving'
        ? t('autosave.saving')
        : s.kind === 'pending'
          ? t('autosave.pending')
          : s.kind === 'failed'
            ? s.reason === 'session'
              ? t('autosave.session')
              : s.reason === 'refused'
                ? t('autosave.refused', { reason: s.message ?? '' })
                : t('autosave.network', { seconds: Math.round((s.retryInMs ?? 0) / 1000) })
            : '';
  return (
    <div class="builder__save-wrap">
      <p class={s.kind === 'failed' ? 'builder__save builder__save--failed' : 'builder__save'} role="status" id="save-status">
        {message}
      </p>
      {s.kind === 'failed' && s.reason !== 'session' && (
        <button type="button" class="button button--small button--secondary" onClick={() => b.retrySave()}>
          {t('autosave.retry')}
        </button>
      )}
    </div>
  );
}
