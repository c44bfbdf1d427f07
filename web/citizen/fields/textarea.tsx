// textarea: several lines of free text (line breaks are kept and shown on the check page).
import { text } from '../../../core/i18n.ts';
import { FieldShell } from './shell.tsx';
import { asString } from './text.tsx';
import type { FieldProps } from './types.ts';

export function TextareaField(props: FieldProps) {
  const { element, schema, pointer, ctx } = props;
  return (
    <FieldShell {...props}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={id}
          class="input textarea"
          rows={5}
          autoComplete={element.autocomplete ?? 'off'}
          placeholder={element.placeholder ? text(element.placeholder, ctx.lang) : undefined}
          value={asString(ctx.get(pointer))}
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
          onInput={(e) => ctx.set(pointer, e.currentTarget.value)}
          onBlur={() => ctx.leave(pointer, element, schema)}
        />
      )}
    </FieldShell>
  );
}
