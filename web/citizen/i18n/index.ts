// The UI text layer: t(key, params) in the current language, falling back to Japanese.
// Form content (labels, help, options) is LocalText and goes through core's text().
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ja, type MessageKey } from './ja.ts';

export type { MessageKey };
export const UI_LANGS = [
  { lang: 'ja', name: '日本語' },
  { lang: 'en', name: 'English' },
] as const;
export type UiLang = (typeof UI_LANGS)[number]['lang'];

type Catalogue = Partial<Record<MessageKey, string>>;
// Japanese is built in; other languages load when chosen (most citizens never need them,
// and every byte counts on the way to opening a form).
const catalogues: Record<string, Catalogue> = { ja };
const loaders: Record<string, () => Promise<Catalogue>> = {
  en: () => import('./en.ts').then((m) => m.en),
};

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
