// /staff/forms/:id/build — the no-code builder. Left: the palette of element kinds; centre:
// the pages and the elements of the page shown; right: the selected element's settings and
// its visibility rule; far right: the live preview (the real citizen renderer in a frame).
// Work is saved as a draft automatically (use-builder.ts, draft-saver.ts).
import { useEffect, useState } from 'preact/hooks';
import type { FormDefinition } from '../../../core/definition.ts';
import { text } from '../../../core/i18n.ts';
import { navigate, useLocation } from '../../citizen/lib/router.ts';
import { LoadFailed, Loading, PageTitle } from '../components/Layout.tsx';
import { useLang } from '../i18n/index.ts';
import { canDesign } from '../lib/roles.ts';
import { paths } from '../lib/routes.ts';
import { useUser } from '../lib/session.ts';
import { useLoad } from '../lib/use-load.ts';
import { loadWorkingCopy } from '../lib/working-copy.ts';
import { readBackup, clearBackup, type Backup } from './backup.ts';
import { Canvas } from './Canvas.tsx';
import { parseElementParam } from './dom.ts';
import { LangSwitch } from './LangSwitch.tsx';
import { Palette } from './Palette.tsx';
import { Preview } from './Preview.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { TranslationsPanel } from './TranslationsPanel.tsx';
import { BuilderContext, useBuilderState } from './use-builder.ts';

export function BuilderPage({ id }: { id: string }) {
  const { t } = useLang();
  const user = useUser();
  const loaded = useLoad(() => loadWorkingCopy(id), [id]);
  if (loaded.failed !== null) return <LoadFailed retry={loaded.reload} status={loaded.failed} />;
  if (!loaded.data) return <Loading />;
  if (!canDesign(user, loaded.data.form.department)) {
    return (
      <>
        <PageTitle title={t('builder.title')}>{t('builder.title')}</PageTitle>
        <p>{t('error.forbidden')}</p>
      </>
    );
  }
  return <Builder id={id} initial={loaded.data.definition} />;
}

/** Pages that read the draft open once the last change is on the server. */
function saveThenGo(e: MouseEvent, b: { flush(): Promise<void> }): void {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  const href = (e.currentTarget as HTMLAnchorElement).getAttribute('href')!;
  void b.flush().then(() => navigate(href));
}

function Builder({ id, initial }: { id: string; initial: FormDefinition }) {
  const { lang, t } = useLang();
  const [backup, setBackup] = useState<Backup | null>(() => {
    const b = readBackup(id);
    return b && JSON.stringify(b.def) !== JSON.stringify(initial) ? b : null;
  });
  const b = useBuilderState(id, initial);
  const { query } = useLocation();

  // Links from problem lists (?el=1-2, ?page=1) select what they point at.
  useEffect(() => {
    const el = parseElementParam(query.get('el'));
    if (el) b.select(el);
    else if (query.get('page')) b.showPage(Number(query.get('page')) || 0);
  }, [query.toString()]);

  const title = text(b.def.title, lang);
  return (
    <BuilderContext.Provider value={b}>
      <div class="builder__top">
        <p class="breadcrumbs">
          <a href={paths.forms}>{t('nav.forms')}</a> › <a href={paths.form(id)}>{title}</a>
        </p>
        <PageTitle title={t('builder.titleNamed', { title })}>{t('builder.titleNamed', { title })}</PageTitle>
        <SaveStatus />
        <button type="button" class="button button--small button--secondary" disabled={!b.canUndo} onClick={() => b.undo()}>
          {t('builder.undo')}
        </button>
        <LangSwitch />
        <a class="button button--small button--secondary" href={paths.settings(id)} onClick={(e) => saveThenGo(e, b)}>
          {t('form.settings')}
        </a>
        <a class="button button--small" href={paths.publish(id)} onClick={(e) => saveThenGo(e, b)}>
          {t('builder.toPublish')}
        </a>
      </div>
      {backup && (
        <div class="notice" role="status">
          <p>{t('builder.backupFound')}</p>
          <div class="actions actions--inline">
            <button
              type="button"
              class="button button--small"
              onClick={() => {
                b.apply(() => ({ def: backup.def, select: null }), { structural: true });
                setBackup(null);
              }}
            >
              {t('builder.backupRestore')}
            </button>
            <button
              type="button"
              class="button button--small button--secondary"
              onClick={() => {
                clearBackup(id);
                setBackup(null);
              }}
            >
              {t('builder.backupDiscard')}
            </button>
          </div>
        </div>
      )}
      <div class="builder">
        <Palette />
        <div>
          <Canvas />
          <ProblemsPanel />
          <TranslationsPanel />
        </div>
        <SettingsPanel />
        <Preview />
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {b.announcement}
      </p>
    </BuilderContext.Provider>
  );
}
