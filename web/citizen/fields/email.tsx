// email: optionally asked twice (confirm); the second entry is checked in the browser
// only and never sent.
import { text } from '../../../core/i18n.ts';
import { inputId } from '../lib/pointer.ts';
import { confirmDraftKey } from '../runtime.ts';
import { ErrorText, describedBy } from './shell.tsx';
import { TextLike, asString } from './text.tsx';
import type { FieldProps } from './types.ts';

export function EmailField(props: FieldProps) {
  const { element, pointer, ctx } = props;
  const main = <TextLike props={props} opts={{ type: 'email', inputMode: 'email', autocomplete: 'email', spellcheck: false }} />;
  if (!element.confirm) return main;
  const id = `${inputId(pointer)}-confirm`;
  const errors = ctx.errorsAt(pointer).filter((e) => e.target === id);
  const label = text(element.label, ctx.lang);
  return (
    <>
      {main}
      <div class={errors.length > 0 ? 'field field--error' : 'field'}>
        <label class="label" for={id}>
          {ctx.t('email.confirm', { label })}
        </label>
        <ErrorText id={`${id}-error`} errors={errors} t={ctx.t} />
        <input
          id={id}
          name={id}
          class="input"
          type="email"
          inputMode="email"
          autoComplete="off"
          spellcheck={false}
          value={asString(ctx.draft(confirmDraftKey(pointer)))}
          aria-describedby={describedBy(errors.length > 0 && `${id}-error`)}
          aria-invalid={errors.length > 0 ? 'true' : undefined}
          onInput={(e) => ctx.setDraft(confirmDraftKey(pointer), e.currentTarget.value)}
          onBlur={() => ctx.reveal(confirmDraftKey(pointer))}
        />
      </div>
    </>
  );
}
