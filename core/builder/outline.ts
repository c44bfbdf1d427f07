// The form at a glance, for the builder's canvas and the read-only view of old versions:
// pages, and per element its address, kind, key, label, required and conditional flags.
import type { FormDefinition, LocalText } from '../definition.ts';
import { isFieldElement } from '../definition.ts';
import type { ElementAddress } from './address.ts';
import type { ElementKind } from './element-kinds.ts';
import { containerOf, requiredIn } from './field-schema.ts';
import { kindOf } from './kind-of.ts';
import { ruleShowing } from './rule-utils.ts';

/** One element in the outline; `children` only for a repeating group. */
export interface OutlineItem {
  address: ElementAddress;
  kind: ElementKind;
  /** Field key, or null for heading/paragraph. */
  key: string | null;
  /** Label, or the text of a heading/paragraph. */
  label: LocalText;
  required: boolean;
  /** Shown only while a visibility rule holds. */
  shownByRule: boolean;
  children?: OutlineItem[];
}

/** One page in the outline. */
export interface OutlinePage {
  index: number;
  id: string;
  title: LocalText;
  elements: OutlineItem[];
}

/** Every page and element of the form with what the builder's canvas shows about it. */
export function outline(def: FormDefinition): OutlinePage[] {
  return def.ui.pages.map((page, p) => ({
    index: p,
    id: page.id,
    title: page.title,
    elements: page.elements.map((el, i): OutlineItem => {
      const address = { page: p, index: i };
      if (!isFieldElement(el)) return { address, kind: kindOf(el), key: null, label: el.content, required: false, shownByRule: false };
      const item: OutlineItem = {
        address,
        kind: el.widget,
        key: el.field,
        label: el.label,
        required: requiredIn(def.schema, el.field),
        shownByRule: ruleShowing(def.ui.rules, el.field).index >= 0,
      };
      if (el.widget === 'group') {
        const items = containerOf(def, { group: el });
        item.children = (el.elements ?? []).map((c, ci) => ({
          address: { page: p, index: i, child: ci },
          kind: c.widget,
          key: c.field,
          label: c.label,
          required: requiredIn(items, c.field),
          shownByRule: ruleShowing(el.rules, c.field).index >= 0,
        }));
      }
      return item;
    }),
  }));
}
