// katakana: one line of katakana; hiragana and half-width kana become katakana on blur.
import { TextLike } from './text.tsx';
import type { FieldProps } from './types.ts';

export function KatakanaField(props: FieldProps) {
  return <TextLike props={props} opts={{ hintExtra: props.ctx.t('name.kanaHint'), spellcheck: false }} />;
}
