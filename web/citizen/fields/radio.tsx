// radio: one of a few options, all visible.
import { inputId } from '../lib/pointer.ts';
import { choices } from './choices.ts';
import { FieldsetShell } from './shell.tsx';
import type { FieldProps } from './types.ts';

export function RadioField(props: FieldProps) {
  const { element, schema, pointer, ctx } = props;
  const id = inputId(pointer);
  const value = ctx.get(pointer);
  const invalid = ctx.errorsAt(pointer).length > 0;
  return (
    <FieldsetShell {...props} onLeave={() => ctx.leave(pointer, element, schema)}>
      <div class="choices">
        {choices(element, schema, ctx.lang).map((c, i) => {
          const optionId = i === 0 ? id : `${id}-${i}`;
          return (
            <div class="choice" key={c.key}>
              <input
                id={optionId}
                class="choice__input"
                type="radio"
                name={id}
                value={c.key}
                checked={value === c.value}
                aria-invalid={invalid ? 'true' : undefined}
                onChange={() => ctx.set(pointer, c.value)}
              />
              <label class="choice__label" for={optionId} lang={c.lang}>
                {c.label}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetShell>
  );
}
