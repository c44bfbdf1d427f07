// The UI text layer: t(key, params) in the current language, falling back to Japanese.
// Form content (labels, help, options) is LocalText and goes through core's text().
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { addMessages } from '../../../core/messages.ts';
import { ja, type MessageKey } from './ja.ts';

export type { MessageKey };
// Each language by its own name, in the order of core/definition.ts LANGS.
export const UI_LANGS = [
  { lang: 'ja', name: '日本語' },
  { lang: 'ja-easy', name: 'やさしい日本語' },
  { lang: 'en', name: 'English' },
  { lang: 'zh-CN', name: '简体中文' },
  { lang: 'ko', name: '한국어' },
  { lang: 'vi', name: 'Tiếng Việt' },
  { lang: 'pt-BR', name: 'Português (Brasil)' },
] as const;
export type UiLang = (typeof UI_LANGS)[number]['lang'];

type Catalogue = Partial<Record<MessageKey, string>>;
// Japanese is built in; other languages load when chosen (most citizens never need them,
// and every byte counts on the way to opening a form).
const catalogues: Record<string, Catalogue> = { ja };
// Each language's module carries its validation messages (core) too; they are registered
// before the switch, so errors never show in Japanese by accident.
const use = (lang: string, ui: Catalogue, core: Record<string, string>): Catalogue => {
  addMessages(lang, core);
  return ui;
};
const loaders: Record<string, () => Promise<Catalogue>> = {
  en: () => import('./en.ts').then((m) => use('en', m.en, m.core)),
  'ja-easy': () => import('./ja-easy.ts').then((m) => use('ja-easy', m.jaEasy, m.core)),
  'zh-CN': () => import('./zh-CN.ts').then((m) => use('zh-CN', m.zhCN, m.core)),
  ko: () => import('./ko.ts').then((m) => use('ko', m.ko, m.core)),
  vi: () => import('./vi.ts').then((m) => use('vi', m.vi, m.core)),
  'pt-BR': () => import('./pt-BR.ts').then((m) => use('pt-BR', m.ptBR, m.core)),
};

/** The BCP 47 tag for lang="": やさしい日本語 is Japanese to a screen reader. */
export function htmlLang(lang: string): string {
  return lang === 'ja-easy' ? 'ja' : lang;
}

/** Whether form content falls back silently: やさしい日本語 readers read the Japanese text. */
export function readsJapanese(lang: string): boolean {
  return lang === 'ja' || lang === 'ja-easy';
}

export function hasCatalogue(lang: string): boolean {
  return lang in catalogues;
}

export async function loadCatalogue(lang: string): Promise<void> {
  const load = loaders[lang];
  if (!hasCatalogue(lang) && load) catalogues[lang] = await load();
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function translate(lang: string, key: MessageKey, params: Params = {}): string {
  const template = catalogues[lang]?.[key] ?? ja[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(lang: string): Translate {
  return (key, params) => translate(lang, key, params);
}

export function isUiLang(lang: unknown): lang is UiLang {
  return UI_LANGS.some((l) => l.lang === lang);
}

export interface LangState {
  lang: UiLang;
  t: Translate;
  setLang(lang: UiLang): void;
}

export const LangContext = createContext<LangState>({ lang: 'ja', t: translator('ja'), setLang: () => {} });

export function useLang(): LangState {
  return useContext(LangContext);
}
