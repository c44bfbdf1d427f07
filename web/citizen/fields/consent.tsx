// consent: a statement the citizen must tick (schema const: true); unticked is no answer.
import { inputId } from '../lib/pointer.ts';
import { ErrorText, Hint, describedBy, ownErrors } from './shell.tsx';
import type { FieldProps } from './types.ts';
import { L } from '../components/Local.tsx';

export function ConsentField(props: FieldProps) {
  const { element, schema, pointer, ctx } = props;
  const id = inputId(pointer);
  const errors = ownErrors(props);
  return (
    <div class={errors.length > 0 ? 'field field--error' : 'field'}>
      <Hint id={`${id}-hint`} element={element} lang={ctx.lang} />
      <ErrorText id={`${id}-error`} errors={errors} t={ctx.t} />
      <div class="choice choice--consent">
        <input
          id={id}
          name={id}
          class="choice__input"
          type="checkbox"
          checked={ctx.get(pointer) === true}
          aria-describedby={describedBy(!!element.help && `${id}-hint`, errors.length > 0 && `${id}-error`)}
          aria-invalid={errors.length > 0 ? 'true' : undefined}
          onChange={(e) => ctx.set(pointer, e.currentTarget.checked ? true : undefined)}
          onBlur={() => ctx.leave(pointer, element, schema)}
        />
        <label class="choice__label" for={id}>
          <L value={element.label} lang={ctx.lang} />
          {props.required && <span class="badge badge--required">{ctx.t('field.required')}</span>}
        </label>
      </div>
    </div>
  );
}
