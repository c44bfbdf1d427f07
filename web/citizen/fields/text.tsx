// text: one short line. TextLike is shared by the other single-line widgets.
import { text } from '../../../core/i18n.ts';
import { FieldShell } from './shell.tsx';
import type { FieldProps } from './types.ts';

export const asString = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

interface TextLikeOptions {
  type?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'url';
  autocomplete?: string;
  class?: string;
  /** Converts what was typed into the stored value (default: as typed). */
  parse?: (typed: string) => unknown;
  hintExtra?: string;
  spellcheck?: boolean;
}

export function TextLike({ props, opts = {} }: { props: FieldProps; opts?: TextLikeOptions }) {
  const { element, schema, pointer, ctx } = props;
  const value = ctx.get(pointer);
  const parse = opts.parse ?? ((s: string) => s);
  return (
    <FieldShell {...props} hintExtra={opts.hintExtra}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={id}
          class={`input${opts.class ? ` ${opts.class}` : ''}`}
          type={opts.type ?? 'text'}
          inputMode={opts.inputMode}
          autoComplete={element.autocomplete ?? opts.autocomplete ?? 'off'}
          spellcheck={opts.spellcheck}
          placeholder={element.placeholder ? text(element.placeholder, ctx.lang) : undefined}
          value={asString(value)}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
          onInput={(e) => ctx.set(pointer, parse(e.currentTarget.value))}
          onBlur={() => ctx.leave(pointer, element, schema)}
        />
      )}
    </FieldShell>
  );
}

export function TextField(props: FieldProps) {
  return <TextLike props={props} />;
}
