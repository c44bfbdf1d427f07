// Turns a JSON Pointer into a definition (how the server names a problem: /ui/pages/0/
// elements/3) into words staff understand ("2ページ目 3番目の項目「氏名」") and a link to
// the place in the builder or the settings page where it is fixed.
import { isFieldElement, type FieldElement, type FormDefinition } from '../../../core/definition.ts';
import { text } from '../../../core/i18n.ts';
import { decodePointerSegment } from '../../../core/fields.ts';
import type { Translate } from '../i18n/index.ts';
import { paths } from './routes.ts';

export interface Place {
  where: string;
  href?: string;
}

/** Builder address of an element, as the builder reads it from ?el= */
export const elementParam = (page: number, index: number, child?: number) => (child === undefined ? `${page}-${index}` : `${page}-${index}-${child}`);

function fieldPlace(def: FormDefinition, key: string): { page: number; index: number } | undefined {
  for (let p = 0; p < def.ui.pages.length; p++) {
    const i = def.ui.pages[p]!.elements.findIndex((e) => isFieldElement(e) && e.field === key);
    if (i >= 0) return { page: p, index: i };
  }
  return undefined;
}

function elementName(el: unknown, lang: string): string {
  if (!el || typeof el !== 'object') return '';
  const e = el as FieldElement & { content?: FieldElement['label'] };
  return text(e.label ?? e.content, lang);
}

export function locate(def: FormDefinition | null | undefined, path: string, lang: string, t: Translate): Place {
  const seg = path.split('/').slice(1).map(decodePointerSegment);
  const id = def?.id ?? '';
  const build = (q = '') => `${paths.build(id)}${q}`;
  if (!def) return { where: path || t('locate.form') };
  if (seg[0] === 'ui' && seg[1] === 'pages' && seg[2] !== undefined) {
    const p = Number(seg[2]);
    const page = def.ui.pages[p];
    if (seg[3] === 'elements' && seg[4] !== undefined) {
      const i = Number(seg[4]);
      const el = page?.elements[i];
      if (seg[5] === 'elements' && seg[6] !== undefined) {
        const c = Number(seg[6]);
        const childEl = el && isFieldElement(el) ? el.elements?.[c] : undefined;
        return {
          where: t('locate.child', { page: p + 1, n: i + 1, name: elementName(el, lang), child: c + 1, childName: elementName(childEl, lang) }),
          href: build(`?el=${elementParam(p, i, c)}`),
        };
      }
      if (seg[5] === 'rules') return { where: t('locate.groupRule', { page: p + 1, name: elementName(el, lang) }), href: build(`?el=${elementParam(p, i)}`) };
      return { where: t('locate.element', { page: p + 1, n: i + 1, name: elementName(el, lang) }), href: build(`?el=${elementParam(p, i)}`) };
    }
    return { where: t('locate.page', { page: p + 1, name: text(page?.title, lang) }), href: build(`?page=${p}`) };
  }
  if (seg[0] === 'ui' && seg[1] === 'rules' && seg[2] !== undefined) {
    const rule = def.ui.rules?.[Number(seg[2])];
    const shown = rule ? (Array.isArray(rule.show) ? rule.show[0] : rule.show) : undefined;
    const at = shown ? fieldPlace(def, shown) : undefined;
    const el = at ? def.ui.pages[at.page]!.elements[at.index] : undefined;
    return { where: t('locate.rule', { name: elementName(el, lang) || shown || '' }), href: at ? build(`?el=${elementParam(at.page, at.index)}`) : build() };
  }
  if (seg[0] === 'schema' && seg[1] === 'properties' && seg[2]) {
    const at = fieldPlace(def, seg[2]);
    if (at) {
      const el = def.ui.pages[at.page]!.elements[at.index];
      return { where: t('locate.element', { page: at.page + 1, n: at.index + 1, name: elementName(el, lang) }), href: build(`?el=${elementParam(at.page, at.index)}`) };
    }
  }
  if (seg[0] === 'example') {
    const at = seg[1] ? fieldPlace(def, seg[1]) : undefined;
    return { where: t('locate.example'), href: at ? build(`?el=${elementParam(at.page, at.index)}`) : build() };
  }
  if (seg[0] === 'settings' || seg[0] === 'category' || seg[0] === 'id') return { where: t('locate.settings'), href: paths.settings(id) };
  if (seg[0] === 'title' || seg[0] === 'description') return { where: t('locate.title'), href: paths.settings(id) };
  return { where: path || t('locate.form') };
}
