// What the element list's buttons and keys do: select, move (buttons, Alt+↑/↓, drag and
// drop), duplicate and delete. Each runs a core/builder operation, announces the result and
// puts focus back on the control the user was on, at the element's new place.
import {
  deleteElement,
  duplicateElement,
  moveDown,
  moveElement,
  moveUp,
  type ElementAddress,
  type RemovedRule,
} from '../../../core/builder/index.ts';
import { isFieldElement, type FormDefinition } from '../../../core/definition.ts';
import { text } from '../../../core/i18n.ts';
import type { Translate } from '../i18n/index.ts';
import { elementDomId, focusLater } from './dom.ts';
import { refusal, type Builder } from './use-builder.ts';

export interface Deleted {
  label: string;
  /** Where it was, so undoing puts focus back on it. */
  address: ElementAddress;
  before: FormDefinition;
  after: FormDefinition;
  /** Sentences naming the rules removed with the element. */
  rules: string[];
}

export function elementLabel(def: FormDefinition, a: ElementAddress, lang: string): string {
  const page = def.ui.pages[a.page];
  const top = page?.elements[a.index];
  const el = a.child !== undefined && top && isFieldElement(top) ? top.elements?.[a.child] : top;
  if (!el) return '';
  return text(isFieldElement(el) ? el.label : el.content, lang);
}

function fieldLabel(def: FormDefinition, key: string, scope: string, lang: string): string {
  for (const page of def.ui.pages) {
    for (const el of page.elements) {
      if (!isFieldElement(el)) continue;
      if (!scope && el.field === key) return text(el.label, lang);
      if (scope && el.field === scope) {
        const c = el.elements?.find((x) => x.field === key);
        if (c) return text(c.label, lang);
      }
    }
  }
  return key;
}

/** "「連絡先」の表示条件（「連絡方法」を見ていた）を削除しました。「連絡先」は常に表示されます。" */
export function describeRemovedRules(removed: RemovedRule[], after: FormDefinition, deletedLabel: string, lang: string, t: Translate): string[] {
  return removed.map((r) => {
    const shown = (Array.isArray(r.rule.show) ? r.rule.show : [r.rule.show]).map((k) => `「${fieldLabel(after, k, r.scope, lang)}」`).join('');
    return r.reason === 'watched' ? t('delete.ruleWatched', { fields: shown, deleted: deletedLabel }) : t('delete.ruleShown', { deleted: deletedLabel });
  });
}

export type Control = 'select' | 'up' | 'down';

export function createActions(get: () => Builder, t: Translate, lang: () => string, onDeleted: (d: Deleted) => void) {
  const moved = (r: { def: FormDefinition; address: ElementAddress }, control: Control) => {
    const b = get();
    if (r.def === b.def) return; // already first/last: nothing to do
    const label = elementLabel(r.def, r.address, lang());
    b.apply(
      () => ({
        def: r.def,
        select: r.address,
        page: r.address.page,
        announce: t('builder.moved', { label, page: r.address.page + 1, n: (r.address.child ?? r.address.index) + 1 }),
      }),
      { structural: true },
    );
    focusLater(`${elementDomId(r.address)}-${control}`);
  };
  const run = (op: () => { def: FormDefinition; address: ElementAddress }, control: Control) => {
    const b = get();
    try {
      moved(op(), control);
    } catch (e) {
      b.announce(refusal(e, lang(), b.def));
    }
  };
  return {
    select(a: ElementAddress) {
      get().select(a);
    },
    up(a: ElementAddress, control: Control = 'up') {
      run(() => moveUp(get().def, a), control);
    },
    down(a: ElementAddress, control: Control = 'down') {
      run(() => moveDown(get().def, a), control);
    },
    moveTo(from: ElementAddress, to: ElementAddress) {
      run(() => moveElement(get().def, from, to), 'select');
    },
    duplicate(a: ElementAddress) {
      const b = get();
      let at: ElementAddress | null = null;
      const error = b.apply(
        (def) => {
          const r = duplicateElement(def, a);
          at = r.address;
          return { def: r.def, select: r.address, announce: t('builder.duplicated', { label: elementLabel(def, a, lang()) }) };
        },
        { structural: true },
      );
      if (error) b.announce(error);
      else if (at) focusLater(`${elementDomId(at)}-select`);
    },
    remove(a: ElementAddress) {
      const b = get();
      const before = b.def;
      const label = elementLabel(before, a, lang());
      let deleted: Deleted | null = null;
      const error = b.apply(
        (def) => {
          const r = deleteElement(def, a);
          deleted = { label, address: a, before, after: r.def, rules: describeRemovedRules(r.removedRules, r.def, label, lang(), t) };
          return { def: r.def, select: null, announce: [t('delete.done', { label }), ...deleted.rules].join(' ') };
        },
        { structural: true },
      );
      if (error) b.announce(error);
      else if (deleted) {
        onDeleted(deleted);
        focusLater('undo-delete');
      }
    },
  };
}

export type ElementActions = ReturnType<typeof createActions>;
