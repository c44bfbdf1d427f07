// The builder's kind of an existing element (its widget, or heading/paragraph).
import { isFieldElement, type Element } from '../definition.ts';
import type { ElementKind } from './element-kinds.ts';

/** The element's kind: the widget of a field, 'heading' or 'paragraph' for content. */
export function kindOf(element: Element): ElementKind {
  if (isFieldElement(element)) return element.widget;
  return element.kind === 'heading' ? 'heading' : 'paragraph';
}
