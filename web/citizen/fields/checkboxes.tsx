// checkboxes: any number of options; stored as an array of enum values in enum order.
import { inputId } from '../lib/pointer.ts';
import { choices } from './choices.ts';
import { FieldsetShell } from './shell.tsx';
import type { FieldProps } from './types.ts';

export function CheckboxesField(props: FieldProps) {
  const { element, schema, pointer, ctx } = props;
  const id = inputId(pointer);
  const all = choices(element, schema, ctx.lang);
  const current = Array.isArray(ctx.get(pointer)) ? (ctx.get(pointer) as unknown[]) : [];
  const invalid = ctx.errorsAt(pointer).length > 0;
  const toggle = (value: unknown, on: boolean) => {
    ctx.update(pointer, (prev) => {
      const list = Array.isArray(prev) ? prev : [];
      const next = all.map((c) => c.value).filter((v) => (v === value ? on : list.includes(v)));
      return next.length > 0 ? next : undefined;
    });
  };
  return (
    <FieldsetShell {...props} onLeave={() => ctx.leave(pointer, element, schema)}>
      <div class="choices">
        {all.map((c, i) => {
          const optionId = i === 0 ? id : `${id}-${i}`;
          return (
            <div class="choice" key={c.key}>
              <input
                id={optionId}
                class="choice__input"
                type="checkbox"
                name={id}
                value={c.key}
                checked={current.includes(c.value)}
                aria-invalid={invalid ? 'true' : undefined}
                onChange={(e) => toggle(c.value, e.currentTarget.checked)}
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
