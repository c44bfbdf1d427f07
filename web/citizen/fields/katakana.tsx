// katakana: one line of katakana; hiragana and half-width kana become katakana on blur.
import { TextLike } from './text.tsx';
import type { FieldProps } from './types.ts';

// Someone who does not read Japanese is told what フリガナ is and where to get help.
export function KatakanaField(props: FieldProps) {
  const { t, lang } = props.ctx;
  const hint = lang === 'ja' ? t('name.kanaHint') : `${t('kana.help')} ${t('name.kanaHint')}`;
  return <TextLike props={props} opts={{ hintExtra: hint, spellcheck: false }} />;
}
