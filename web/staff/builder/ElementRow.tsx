// One element in the list. Selecting it opens its settings; the selected element shows
// 上へ / 下へ / 複製 / 削除. Alt+↑/↓ moves the focused element; rows can be dragged and
// dropped. Rows are memoised on what they show, so typing in a 200-element form re-renders
// one row, not all of them.
import type { ComponentChildren } from 'preact';
import { memo } from 'preact/compat';
import type { ElementAddress } from '../../../core/builder/index.ts';
import { useLang } from '../i18n/index.ts';
import { elementDomId } from './dom.ts';
import type { ElementActions } from './element-actions.ts';
import { dragEnd, dragOver, dragStart, drop, type DropSide } from './drag.ts';

export interface RowProps {
  address: ElementAddress;
  label: string;
  kind: string;
  required: boolean;
  conditional: boolean;
  selected: boolean;
  first: boolean;
  last: boolean;
  drop: DropSide | null;
  actions: ElementActions;
  setDrop(target: { address: ElementAddress; side: DropSide } | null): void;
  children?: ComponentChildren;
  /** A signature of the children, for the memo comparison. */
  childKey?: string;
}

function Row(p: RowProps) {
  const { t } = useLang();
  const id = elementDomId(p.address);
  const a = p.address;
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    if ((e.target as HTMLElement).closest('li') !== e.currentTarget) return; // a child row handles its own
    e.preventDefault();
    const control = (e.target as HTMLElement).id.endsWith('-down') ? 'down' : (e.target as HTMLElement).id.endsWith('-up') ? 'up' : 'select';
    if (e.key === 'ArrowUp') p.actions.up(a, control);
    else p.actions.down(a, control);
  };
  const cls = ['element', p.selected && 'element--selected', p.drop === 'before' && 'element--drop-before', p.drop === 'after' && 'element--drop-after']
    .filter(Boolean)
    .join(' ');
  return (
    <li
      id={id}
      class={cls}
      draggable
      onDragStart={(e) => dragStart(e, a)}
      onDragEnd={() => dragEnd(p.setDrop)}
      onDragOver={(e) => dragOver(e, a, p.setDrop)}
      onDrop={(e) => drop(e, a, p.actions, p.setDrop)}
      onKeyDown={onKeyDown}
    >
      <div class="element__main">
        <span class="element__handle" aria-hidden="true">
          ⠿
        </span>
        <button
          type="button"
          id={`${id}-select`}
          class="element__select"
          aria-pressed={p.selected ? 'true' : 'false'}
          aria-describedby="elements-keys"
          onClick={() => p.actions.select(a)}
        >
          <span class="element__label">{p.label || t('builder.untitled')}</span>{' '}
          <span class="element__kind">
            {p.kind}
            {p.required && ` · ${t('field.required')}`}
            {p.conditional && ` · ${t('outline.conditional')}`}
          </span>
        </button>
      </div>
      {p.selected && (
        <div class="element__tools" role="group" aria-label={t('builder.toolsFor', { label: p.label })}>
          <button type="button" id={`${id}-up`} class="button button--small button--secondary" disabled={p.first} onClick={() => p.actions.up(a)}>
            {t('builder.up')}
          </button>
          <button type="button" id={`${id}-down`} class="button button--small button--secondary" disabled={p.last} onClick={() => p.actions.down(a)}>
            {t('builder.down')}
          </button>
          <button type="button" id={`${id}-duplicate`} class="button button--small button--secondary" onClick={() => p.actions.duplicate(a)}>
            {t('builder.duplicate')}
          </button>
          <button type="button" id={`${id}-delete`} class="button button--small button--warning" onClick={() => p.actions.remove(a)}>
            {t('builder.delete')}
          </button>
        </div>
      )}
      {p.children}
    </li>
  );
}

const same = (a: ElementAddress, b: ElementAddress) => a.page === b.page && a.index === b.index && a.child === b.child;

export const ElementRow = memo(Row, (prev, next) =>
  same(prev.address, next.address) &&
  prev.label === next.label &&
  prev.kind === next.kind &&
  prev.required === next.required &&
  prev.conditional === next.conditional &&
  prev.selected === next.selected &&
  prev.first === next.first &&
  prev.last === next.last &&
  prev.drop === next.drop &&
  prev.childKey === next.childKey &&
  prev.actions === next.actions,
);
