// The status pages' texts in the citizen's language, falling back to Japanese, filled like
// the app's t(). The catalogues are small and come with those pages only.
import { useMemo } from 'preact/hooks';
import { type Params, useLang } from './index.ts';
import { statusEn } from './status-en.ts';
import { statusJaEasy } from './status-ja-easy.ts';
import { statusKo } from './status-ko.ts';
import { statusPtBR } from './status-pt-BR.ts';
import { statusVi } from './status-vi.ts';
import { statusZhCN } from './status-zh-CN.ts';
import { type StatusKey, statusJa } from './status-ja.ts';

export type { StatusKey };
export type StatusTranslate = (key: StatusKey, params?: Params) => string;

export const statusCatalogues: Record<string, Partial<Record<StatusKey, string>>> = {
  ja: statusJa,
  'ja-easy': statusJaEasy,
  en: statusEn,
  'zh-CN': statusZhCN,
  ko: statusKo,
  vi: statusVi,
  'pt-BR': statusPtBR,
};

export function statusText(lang: string, key: StatusKey, params: Params = {}): string {
  const template = statusCatalogues[lang]?.[key] ?? statusJa[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function useStatusText(): StatusTranslate {
  const { lang } = useLang();
  return useMemo(() => (key: StatusKey, params?: Params) => statusText(lang, key, params), [lang]);
}
