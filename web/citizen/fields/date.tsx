// date: a Gregorian date with the browser's date picker; stored as YYYY-MM-DD. A citizen who
// chose 和暦 gets the 元号 inputs instead (same stored value).
import { DateModeSwitch, useDateMode } from './date-mode.tsx';
import { FieldShell } from './shell.tsx';
import { asString } from './text.tsx';
import type { FieldProps } from './types.ts';
import { WarekiDateField } from './wareki-date.tsx';

export function DateField(props: FieldProps) {
  const mode = useDateMode('seireki');
  if (mode === 'wareki') return <WarekiDateField {...props} />;
  const { element, schema, pointer, ctx } = props;
  return (
    <FieldShell {...props}>
      {({ id, describedBy, invalid }) => (
        <>
          <DateModeSwitch mode={mode} t={ctx.t} />
          <input
            id={id}
            name={id}
            class="input input--medium"
            type="date"
            autoComplete={element.autocomplete ?? 'off'}
            value={asString(ctx.get(pointer))}
            aria-describedby={describedBy}
            aria-invalid={invalid ? 'true' : undefined}
            onInput={(e) => ctx.set(pointer, e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
            onBlur={() => ctx.leave(pointer, element, schema)}
          />
        </>
      )}
    </FieldShell>
  );
}
