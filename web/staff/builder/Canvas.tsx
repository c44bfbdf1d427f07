// The centre of the builder: the pages (tabs; add, rename, reorder, delete) and the
// elements of the page shown, nested for repeating groups. A deletion shows what went with
// it (visibility rules) and offers to undo it.
import { useMemo, useRef, useState } from 'preact/hooks';
import { kindInfo, outline, type ElementAddress } from '../../../core/builder/index.ts';
import { text } from '../../../core/i18n.ts';
import { useLang } from '../i18n/index.ts';
import { elementDomId, focusLater } from './dom.ts';
import { dragOverPage, dropOnPage, type DropSide } from './drag.ts';
import { createActions, type Deleted } from './element-actions.ts';
import { ElementRow } from './ElementRow.tsx';
import { PageTools } from './PageTools.tsx';
import { useBuilder, type Builder } from './use-builder.ts';

const same = (a: ElementAddress | null | undefined, b: ElementAddress | null | undefined) =>
  !!a && !!b && a.page === b.page && a.index === b.index && a.child === b.child;

export function Canvas() {
  const { lang, t } = useLang();
  const b = useBuilder();
  const current = useRef<Builder>(b);
  current.current = b;
  const langRef = useRef(lang);
  langRef.current = lang;
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [dropAt, setDropAt] = useState<{ address: ElementAddress; side: DropSide } | null>(null);
  // Stable across renders, so memoised rows are not re-rendered for a new callback.
  const actions = useMemo(() => createActions(() => current.current, t, () => langRef.current, setDeleted), [t]);
  const pages = useMemo(() => outline(b.def), [b.def]);
  const page = pages[b.page];
  const kindName = (k: Parameters<typeof kindInfo>[0]) => text(kindInfo(k).label, lang);
  const dropFor = (a: ElementAddress) => (dropAt && same(dropAt.address, a) ? dropAt.side : null);
  const showUndo = deleted && deleted.after === b.def;

  return (
    <section class="panel canvas" aria-labelledby="canvas-title">
      <h2 id="canvas-title">{t('canvas.title')}</h2>
      <ul class="page-tabs" aria-label={t('canvas.pages')}>
        {pages.map((p) => (
          <li key={p.index}>
            <button
              type="button"
              class="button button--small button--secondary"
              aria-pressed={p.index === b.page ? 'true' : 'false'}
              onClick={() => b.showPage(p.index)}
              onDragOver={dragOverPage}
              onDrop={(e) => dropOnPage(e, p.index, p.elements.length, actions)}
            >
              {t('canvas.pageTab', { n: p.index + 1, title: text(p.title, lang) })}
            </button>
          </li>
        ))}
      </ul>
      <PageTools />
      {showUndo && (
        <div class="notice undo" role="status">
          <p>
            {t('delete.done', { label: deleted.label })} {deleted.rules.join(' ')}
          </p>
          <button
            type="button"
            id="undo-delete"
            class="button button--small"
            onClick={() => {
              b.apply(() => ({ def: deleted.before, select: deleted.address, announce: t('delete.undone', { label: deleted.label }) }), { structural: true });
              setDeleted(null);
              focusLater(`${elementDomId(deleted.address)}-select`);
            }}
          >
            {t('delete.undo')}
          </button>
        </div>
      )}
      <p class="hint" id="elements-keys">
        {t('canvas.keys')}
      </p>
      {page && page.elements.length === 0 ? (
        <p class="muted">{t('canvas.empty')}</p>
      ) : (
        <ol class="elements" aria-label={t('canvas.elementsOf', { title: text(page?.title, lang) })}>
          {page?.elements.map((item, i) => (
            <ElementRow
              key={item.key ?? `c${i}`}
              address={item.address}
              label={text(item.label, lang)}
              kind={kindName(item.kind)}
              required={item.required}
              conditional={item.shownByRule}
              selected={same(b.selected, item.address)}
              first={b.page === 0 && i === 0}
              last={b.page === pages.length - 1 && i === page.elements.length - 1}
              drop={dropFor(item.address)}
              actions={actions}
              setDrop={setDropAt}
              childKey={item.children
                ?.map((c) => `${c.key}|${text(c.label, lang)}|${c.required}|${c.shownByRule}|${same(b.selected, c.address)}|${dropFor(c.address) ?? ''}`)
                .join('\n')}
            >
              {item.children && (
                <ol class="element__children" aria-label={t('canvas.childrenOf', { label: text(item.label, lang) })}>
                  {item.children.length === 0 && <li class="muted">{t('canvas.groupEmpty')}</li>}
                  {item.children.map((c, ci) => (
                    <ElementRow
                      key={c.key ?? ci}
                      address={c.address}
                      label={text(c.label, lang)}
                      kind={kindName(c.kind)}
                      required={c.required}
                      conditional={c.shownByRule}
                      selected={same(b.selected, c.address)}
                      first={ci === 0}
                      last={ci === item.children!.length - 1}
                      drop={dropFor(c.address)}
                      actions={actions}
                      setDrop={setDropAt}
                    />
                  ))}
                </ol>
              )}
            </ElementRow>
          ))}
        </ol>
      )}
    </section>
  );
}
