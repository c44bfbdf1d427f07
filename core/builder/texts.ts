// Texts per language: every text of a form (title, pages, labels, help, options, ...) is a
// LocalText. Japanese is required where the text is; other languages are optional and an
// empty string removes a translation (the citizen then sees the Japanese).
import { LANGS, isFieldElement, type Lang, type LocalText, type FormDefinition } from '../definition.ts';
import { hasText } from '../i18n.ts';
import { locate, pageAt, type ElementAddress } from './address.ts';
import { BuilderError } from './builder-error.ts';
import { ownContainer } from './field-schema.ts';

/** Which text of a form. `label` of a heading/paragraph is its content. */
export type TextTarget =
  | { kind: 'title' }
  | { kind: 'description' }
  | { kind: 'closedMessage' }
  | { kind: 'pageTitle'; page: number }
  | { kind: 'pageDescription'; page: number }
  | { kind: 'label' | 'help' | 'placeholder' | 'itemLabel'; address: ElementAddress }
  | { kind: 'option'; address: ElementAddress; value: string };

/** Texts that must exist with Japanese; the others may be removed. */
const REQUIRED = new Set<TextTarget['kind']>(['title', 'pageTitle', 'label', 'option']);

type Holder = { obj: Record<string, unknown>; name: string; what: string };

function holder(def: FormDefinition, target: TextTarget): Holder {
  switch (target.kind) {
    case 'title':
    case 'description':
      return { obj: def as unknown as Record<string, unknown>, name: target.kind, what: target.kind };
    case 'closedMessage':
      return { obj: def.settings as unknown as Record<string, unknown>, name: 'closedMessage', what: 'closedMessage' };
    case 'pageTitle':
      return { obj: pageAt(def, target.page) as unknown as Record<string, unknown>, name: 'title', what: 'pageTitle' };
    case 'pageDescription':
      return { obj: pageAt(def, target.page) as unknown as Record<string, unknown>, name: 'description', what: 'pageDescription' };
    case 'option': {
      const el = locate(def, target.address).element;
      if (!isFieldElement(el) || !el.options || !Object.hasOwn(el.options, target.value)) {
        throw new BuilderError('noSuchOption', { value: String(target.value) });
      }
      return { obj: el.options as Record<string, unknown>, name: target.value, what: 'option' };
    }
    default: {
      const el = locate(def, target.address).element;
      if (!isFieldElement(el)) {
        if (target.kind !== 'label') throw new BuilderError('notAField');
        return { obj: el as unknown as Record<string, unknown>, name: 'content', what: 'content' };
      }
      if (target.kind === 'itemLabel' && el.widget !== 'group') throw new BuilderError('notAGroup');
      return { obj: el as unknown as Record<string, unknown>, name: target.kind, what: target.kind };
    }
  }
}

/** The text at `target` (undefined when the optional text is absent). */
export function getText(def: FormDefinition, target: TextTarget): LocalText | undefined {
  const { obj, name } = holder(def, target);
  return obj[name] as LocalText | undefined;
}

/**
 * Sets the `lang` text at `target`. Japanese cannot be emptied on a required text
 * (BuilderError 'japaneseRequired'); emptying it on an optional text removes the text;
 * an empty other language removes that translation.
 */
export function setText(def: FormDefinition, target: TextTarget, lang: Lang, text: string): FormDefinition {
  if (!LANGS.includes(lang)) throw new BuilderError('badLang', { lang: String(lang) });
  const value = typeof text === 'string' ? text : '';
  const blank = value.trim() === '';
  const h0 = holder(def, target);
  const required = REQUIRED.has(target.kind) || h0.what === 'content';
  const current = h0.obj[h0.name] as LocalText | undefined;
  if (lang === 'ja' && blank && required) throw new BuilderError('japaneseRequired', { what: h0.what });
  if (lang !== 'ja' && !blank && !current) throw new BuilderError('japaneseRequired', { what: h0.what });
  if (!current && blank) return def;
  const next = structuredClone(def);
  const h = holder(next, target);
  if (lang === 'ja' && blank) {
    delete h.obj[h.name];
    return next;
  }
  const updated: Record<string, string> = { ...(current as Record<string, string>) };
  if (blank) delete updated[lang];
  else updated[lang] = value;
  h.obj[h.name] = updated;
  // Keep the Japanese `title` the schema carries for standard tools in step.
  if (lang === 'ja' && target.kind === 'title' && typeof next.schema.title === 'string') next.schema.title = value;
  if (lang === 'ja' && target.kind === 'label' && h.what === 'label') {
    const located = locate(next, target.address);
    if (isFieldElement(located.element)) {
      const prop = (ownContainer(next, located).properties as Record<string, Record<string, unknown>> | undefined)?.[located.element.field];
      if (prop && typeof prop.$ref !== 'string') prop.title = value;
    }
  }
  return next;
}

/** A text that has Japanese but no translation into the language asked about. */
export interface MissingTranslation {
  target: TextTarget;
  ja: string;
}

/** Every text of the form that lacks a `lang` translation, in reading order. */
export function missingTranslations(def: FormDefinition, lang: Lang): MissingTranslation[] {
  const out: MissingTranslation[] = [];
  const check = (t: LocalText | undefined, target: TextTarget) => {
    if (t && typeof t.ja === 'string' && t.ja.trim() !== '' && !hasText(t, lang)) out.push({ target, ja: t.ja });
  };
  if (lang === 'ja') return out;
  check(def.title, { kind: 'title' });
  check(def.description, { kind: 'description' });
  def.ui.pages.forEach((page, p) => {
    check(page.title, { kind: 'pageTitle', page: p });
    check(page.description, { kind: 'pageDescription', page: p });
    page.elements.forEach((el, i) => {
      const visit = (address: ElementAddress) => {
        const e = locate(def, address).element;
        if (!isFieldElement(e)) return check(e.content, { kind: 'label', address });
        check(e.label, { kind: 'label', address });
        check(e.help, { kind: 'help', address });
        check(e.placeholder, { kind: 'placeholder', address });
        check(e.itemLabel, { kind: 'itemLabel', address });
        for (const [value, t] of Object.entries(e.options ?? {})) check(t, { kind: 'option', address, value });
      };
      visit({ page: p, index: i });
      if (isFieldElement(el)) (el.elements ?? []).forEach((_, c) => visit({ page: p, index: i, child: c }));
    });
  });
  check(def.settings.closedMessage, { kind: 'closedMessage' });
  return out;
}
