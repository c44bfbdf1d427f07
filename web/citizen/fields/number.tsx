// number: typed as text (type=number loses what was typed and ignores 全角 digits);
// stored as a number when it reads as one, otherwise as typed so validation names it.
import { toHalfWidthDigits } from '../../../core/jp/width.ts';
import { TextLike } from './text.tsx';
import type { FieldProps } from './types.ts';

export function parseNumber(typed: string): number | string | undefined {
  const s = toHalfWidthDigits(typed).replace(/[,，]/g, '').replace(/[−－]/g, '-').trim();
  if (s === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : typed;
}

export function NumberField(props: FieldProps) {
  const integer = props.schema.type === 'integer';
  return <TextLike props={props} opts={{ inputMode: integer ? 'numeric' : 'decimal', class: 'input--short', parse: parseNumber }} />;
}
