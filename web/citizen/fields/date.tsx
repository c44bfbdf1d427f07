// date: a Gregorian date with the browser's date picker; stored as YYYY-MM-DD.
import { TextLike } from './text.tsx';
import type { FieldProps } from './types.ts';

export function DateField(props: FieldProps) {
  return <TextLike props={props} opts={{ type: 'date', class: 'input--medium', parse: (s) => (s === '' ? undefined : s) }} />;
}
