// The palette: one button per element kind. Click (or Enter/Space on it) adds a new
// element after the selected one, or at the end of the page shown; inside a repeating
// group when one of its fields is selected. The new element is selected and its label
// input focused, so the next thing typed is its question.
import { PALETTE, addElement, type ElementAddress, type ElementKind, type InsertAt } from '../../../core/builder/index.ts';
import { isFieldElement, type FormDefinition } from '../../../core/definition.ts';
import { text } from '../../../core/i18n.ts';
import { useLang } from '../i18n/index.ts';
import { elementDomId, focusLater } from './dom.ts';
import { useBuilder } from './use-builder.ts';

const IN_GROUP_NOT_ALLOWED = new Set<ElementKind>(['group', 'heading', 'paragraph']);

/** Where a new element of `kind` goes, given the selection. */
export function insertionPoint(def: FormDefinition, selected: ElementAddress | null, page: number, kind: ElementKind): InsertAt {
  if (!selected || selected.page >= def.ui.pages.length) return { page, index: def.ui.pages[page]?.elements.length ?? 0 };
  if (selected.child !== undefined && !IN_GROUP_NOT_ALLOWED.has(kind)) return { page: selected.page, group: selected.index, index: selected.child + 1 };
  return { page: selected.page, index: selected.index + 1 };
}

export function Palette() {
  const { lang, t } = useLang();
  const b = useBuilder();
  const add = (kind: ElementKind) => {
    const info = PALETTE.find((k) => k.kind === kind)!;
    let added: ElementAddress | null = null;
    const error = b.apply(
      (def) => {
        const r = addElement(def, insertionPoint(def, b.selected, b.page, kind), kind);
        added = r.address;
        return { def: r.def, select: r.address, page: r.address.page, announce: t('builder.added', { kind: text(info.label, lang), n: (r.address.child ?? r.address.index) + 1 }) };
      },
      { structural: true },
    );
    if (error) b.announce(error);
    else if (added) focusLater(`${elementDomId(added)}-label`, { select: true });
  };
  const selectedIsGroupChild = b.selected?.child !== undefined;
  const selectedGroup = b.selected && b.selected.child === undefined ? b.def.ui.pages[b.selected.page]?.elements[b.selected.index] : undefined;
  return (
    <section class="panel palette" aria-labelledby="palette-title">
      <h2 id="palette-title">{t('palette.title')}</h2>
      <p class="hint" id="palette-hint">
        {selectedIsGroupChild ? t('palette.hintGroup') : b.selected ? t('palette.hintAfter') : t('palette.hintEnd')}
      </p>
      {selectedGroup && isFieldElement(selectedGroup) && selectedGroup.widget === 'group' && <p class="hint">{t('palette.hintGroupSelected')}</p>}
      <ul class="palette__list">
        {PALETTE.map((k) => (
          <li key={k.kind}>
            <button
              type="button"
              class="button button--secondary button--small palette__button"
              aria-describedby="palette-hint"
              title={text(k.description, lang)}
              onClick={() => add(k.kind)}
            >
              {text(k.label, lang)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
