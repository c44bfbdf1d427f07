// The page shown: its title (in the language being edited), move it before/after its
// neighbours, delete it (with its elements only after confirming, naming what goes with
// them), and add a page after it.
import { useState } from 'preact/hooks';
import { addPage, deletePage, getText, movePage, setText } from '../../../core/builder/index.ts';
import { text } from '../../../core/i18n.ts';
import { useLang } from '../i18n/index.ts';
import { SettingInput } from './controls.tsx';
import { describeRemovedRules } from './element-actions.ts';
import { focusLater } from './dom.ts';
import { refusal, useBuilder } from './use-builder.ts';

export function PageTools() {
  const { lang, t } = useLang();
  const b = useBuilder();
  const [confirm, setConfirm] = useState<{ page: number; rules: string[]; count: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const p = b.page;
  const page = b.def.ui.pages[p];
  if (!page) return null;
  const count = b.def.ui.pages.length;
  const title = text(page.title, lang);

  const run = (fn: () => string | null) => {
    const e = fn();
    setError(e);
    if (e) b.announce(e);
  };
  const move = (to: number) =>
    run(() =>
      b.apply(
        (def) => {
          const r = movePage(def, p, to);
          return { def: r.def, page: r.page, select: null, announce: t('pages.moved', { title, n: r.page + 1 }) };
        },
        { structural: true },
      ),
    );
  const add = () =>
    run(() =>
      b.apply(
        (def) => {
          const r = addPage(def, p + 1);
          focusLater('page-title');
          return { def: r.def, page: r.page, select: null, announce: t('pages.added', { n: r.page + 1 }) };
        },
        { structural: true },
      ),
    );
  const remove = (withElements: boolean) =>
    run(() =>
      b.apply(
        (def) => {
          const r = deletePage(def, p, { withElements });
          setConfirm(null);
          return { def: r.def, page: Math.max(0, p - 1), select: null, announce: [t('pages.deleted', { title }), ...describeRemovedRules(r.removedRules, r.def, title, lang, t)].join(' ') };
        },
        { structural: true },
      ),
    );
  const askDelete = () => {
    if (page.elements.length === 0) return remove(false);
    try {
      const r = deletePage(b.def, p, { withElements: true });
      setConfirm({ page: p, count: page.elements.length, rules: describeRemovedRules(r.removedRules, r.def, title, lang, t) });
      focusLater('page-delete-confirm');
    } catch (e) {
      run(() => refusal(e, lang, b.def));
    }
  };

  return (
    <div class="page-tools">
      <SettingInput
        id="page-title"
        label={t('pages.titleLabel', { n: p + 1 })}
        hint={b.editLang !== 'ja' ? t('texts.japanese', { text: page.title.ja }) : undefined}
        value={(getText(b.def, { kind: 'pageTitle', page: p }) as Record<string, string> | undefined)?.[b.editLang] ?? ''}
        resetKey={`${p}|${b.editLang}`}
        lang={b.editLang}
        onValue={(v) => b.apply((def) => setText(def, { kind: 'pageTitle', page: p }, b.editLang, v), { coalesce: `page-title-${p}-${b.editLang}` })}
      />
      <SettingInput
        id="page-description"
        label={t('pages.descriptionLabel', { n: p + 1 })}
        hint={b.editLang !== 'ja' ? (page.description ? t('texts.japanese', { text: page.description.ja }) : t('texts.noJapanese')) : undefined}
        value={(getText(b.def, { kind: 'pageDescription', page: p }) as Record<string, string> | undefined)?.[b.editLang] ?? ''}
        resetKey={`${p}|${b.editLang}`}
        lang={b.editLang}
        multiline
        onValue={(v) => b.apply((def) => setText(def, { kind: 'pageDescription', page: p }, b.editLang, v), { coalesce: `page-description-${p}-${b.editLang}` })}
      />
      <div class="actions actions--inline" role="group" aria-label={t('pages.tools', { title })}>
        <button type="button" class="button button--small button--secondary" disabled={p === 0} onClick={() => move(p - 1)}>
          {t('pages.moveEarlier')}
        </button>
        <button type="button" class="button button--small button--secondary" disabled={p === count - 1} onClick={() => move(p + 1)}>
          {t('pages.moveLater')}
        </button>
        <button type="button" class="button button--small button--secondary" onClick={add}>
          {t('pages.add')}
        </button>
        <button type="button" class="button button--small button--warning" disabled={count <= 1} onClick={askDelete}>
          {t('pages.delete')}
        </button>
      </div>
      {error && (
        <p class="error-message" role="alert">
          {error}
        </p>
      )}
      {confirm && confirm.page === p && (
        <div class="confirm" role="alertdialog" aria-labelledby="page-delete-text">
          <p id="page-delete-text">
            {t('pages.deleteConfirm', { title, count: confirm.count })} {confirm.rules.join(' ')}
          </p>
          <div class="actions actions--inline">
            <button type="button" id="page-delete-confirm" class="button button--small button--warning" onClick={() => remove(true)}>
              {t('pages.deleteWithElements')}
            </button>
            <button type="button" class="button button--small button--secondary" onClick={() => setConfirm(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
