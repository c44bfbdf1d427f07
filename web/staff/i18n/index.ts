// The staff app's UI text layer: t(key, params) in the chosen language, falling back to
// Japanese. Both catalogues are bundled: staff use desktops on the city network, and the
// staff bundle is never what a citizen downloads. Form content (labels, help) is LocalText
// and goes through core's text().
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from './en.ts';
import { ja, type MessageKey } from './ja.ts';

export type { MessageKey };
export const UI_LANGS = [
  { lang: 'ja', name: '日本語' },
  { lang: 'en', name: 'English' },
] as const;
export type UiLang = (typeof UI_LANGS)[number]['lang'];

const catalogues: Record<UiLang, Partial<Record<MessageKey, string>>> = { ja, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function translate(lang: string, key: MessageKey, params: Params = {}): string {
  const template = catalogues[lang as UiLang]?.[key] ?? ja[key];
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
