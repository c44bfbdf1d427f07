// yes-no: a boolean asked as はい / いいえ.
import { inputId } from '../lib/pointer.ts';
import { FieldsetShell } from './shell.tsx';
import type { FieldProps } from './types.ts';

export function YesNoField(props: FieldProps) {
  const { element, schema, pointer, ctx } = props;
  const id = inputId(pointer);
  const value = ctx.get(pointer);
  const invalid = ctx.errorsAt(pointer).length > 0;
  const options = [
    { v: true, id, label: ctx.t('yesNo.yes') },
    { v: false, id: `${id}-no`, label: ctx.t('yesNo.no') },
  ];
  return (
    <FieldsetShell {...props} onLeave={() => ctx.leave(pointer, element, schema)}>
      <div class="choices choices--inline">
        {options.map((o) => (
          <div class="choice" key={String(o.v)}>
            <input
              id={o.id}
              class="choice__input"
              type="radio"
              name={id}
              value={String(o.v)}
              checked={value === o.v}
              aria-invalid={invalid ? 'true' : undefined}
              onChange={() => ctx.set(pointer, o.v)}
            />
            <label class="choice__label" for={o.id}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </FieldsetShell>
  );
}
