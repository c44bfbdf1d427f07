// tel: a Japanese phone number; hyphens optional, 全角 digits accepted (normalised by core).
import { TextLike } from './text.tsx';
import type { FieldProps } from './types.ts';

export function TelField(props: FieldProps) {
  return <TextLike props={props} opts={{ type: 'tel', inputMode: 'tel', autocomplete: 'tel', class: 'input--medium' }} />;
}
