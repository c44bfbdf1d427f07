// select: one of many options, in a drop-down.
import { choices } from './choices.ts';
import { FieldShell } from './shell.tsx';
import type { FieldProps } from './types.ts';

export function SelectField(props: FieldProps) {
  const { element, schema, pointer, ctx } = props;
  const all = choices(element, schema, ctx.lang);
  const value = ctx.get(pointer);
  const selected = all.find((c) => c.value === value)?.key ?? '';
  return (
    <FieldShell {...props}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={id}
          class="input select"
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
          onChange={(e) => ctx.set(pointer, all.find((c) => c.key === e.currentTarget.value)?.value)}
          onBlur={() => ctx.leave(pointer, element, schema)}
        >
          <option value="" selected={selected === ''}>
            {ctx.t('select.placeholder')}
          </option>
          {all.map((c) => (
            <option key={c.key} value={c.key} selected={c.key === selected} lang={c.lang}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
