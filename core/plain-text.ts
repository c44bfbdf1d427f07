// Control characters nobody means to type (NUL, bell, escape, …) arrive only from pasted or
// forged input. They mean nothing on a screen or on paper, PostgreSQL cannot store NUL in a
// text column nor in jsonb, so free text drops them. Tab and line feed stay.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

export function withoutControlCharacters(s: string): string {
  return s.replace(CONTROL, '');
}
