// The structure lint relies on (objects where it expects objects, arrays where it expects
// arrays), checked first so an imported file of any shape gets a 400 listing where it is
// malformed, never a crash. Pure; messages in the caller's language.
import type { Problem } from '../../core/lint.ts';
import { message } from '../messages.ts';

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

function checkRules(rules: unknown, at: string, out: Problem[], lang: string): void {
  if (rules === undefined) return;
  if (!Array.isArray(rules)) return void out.push({ path: at, message: message('definition.array', lang) });
  rules.forEach((rule: unknown, i) => {
    const show = isObject(rule) ? rule.show : undefined;
    const okShow = typeof show === 'string' || (Array.isArray(show) && show.every((s) => typeof s === 'string'));
    if (!isObject(rule) || !okShow || !isObject(rule.when)) out.push({ path: `${at}/${i}`, message: message('definition.rule', lang) });
  });
}

function checkElements(elements: unknown, at: string, out: Problem[], lang: string, depth: number): void {
  if (!Array.isArray(elements)) return void out.push({ path: at, message: message('definition.array', lang) });
  elements.forEach((el: unknown, i) => {
    const path = `${at}/${i}`;
    if (!isObject(el)) return void out.push({ path, message: message('definition.object', lang) });
    if (typeof el.field !== 'string' && el.content === undefined) out.push({ path, message: message('definition.element', lang) });
    if (el.elements !== undefined) {
      // lint reports a group inside a group; deeper nesting is refused here already.
      if (depth > 1) out.push({ path: `${path}/elements`, message: message('definition.nesting', lang) });
      else checkElements(el.elements, `${path}/elements`, out, lang, depth + 1);
    }
    checkRules(el.rules, `${path}/rules`, out, lang);
  });
}

export function shapeProblems(def: unknown, lang: string): Problem[] {
  if (!isObject(def)) return [{ path: '', message: message('definition.object', lang) }];
  const out: Problem[] = [];
  for (const key of ['schema', 'ui', 'settings'] as const) {
    if (!isObject(def[key])) out.push({ path: `/${key}`, message: message('definition.object', lang) });
  }
  if (def.example !== undefined && !isObject(def.example)) out.push({ path: '/example', message: message('definition.object', lang) });
  const ui = def.ui;
  if (isObject(ui)) {
    if (!Array.isArray(ui.pages)) out.push({ path: '/ui/pages', message: message('definition.array', lang) });
    else {
      ui.pages.forEach((page: unknown, i) => {
        if (!isObject(page)) out.push({ path: `/ui/pages/${i}`, message: message('definition.object', lang) });
        else checkElements(page.elements, `/ui/pages/${i}/elements`, out, lang, 0);
      });
    }
    checkRules(ui.rules, '/ui/rules', out, lang);
  }
  return out;
}

/** Elements of every page, counting those inside repeating groups. */
export function countElements(def: { ui: { pages: { elements: unknown[] }[] } }): number {
  let n = 0;
  for (const page of def.ui.pages) {
    for (const el of page.elements) n += 1 + (Array.isArray((el as Obj).elements) ? ((el as Obj).elements as unknown[]).length : 0);
  }
  return n;
}
