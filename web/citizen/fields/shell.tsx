// The frame around every input: label, 必須/任意, help, error message, and the ids that
// tie them together (aria-describedby, aria-invalid).
import type { ComponentChildren } from 'preact';
import type { FieldElement } from '../../../core/definition.ts';
import { inputId } from '../lib/pointer.ts';
import type { UiError } from '../runtime.ts';
import type { FieldProps } from './types.ts';
import { L } from '../components/Local.tsx';

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string' && x !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

export function RequiredBadge({ required, t }: { required: boolean; t: FieldProps['ctx']['t'] }) {
  return required ? <span class="badge badge--required">{t('field.required')}</span> : <span class="badge">{t('field.optional')}</span>;
}

export function ErrorText({ id, errors, t }: { id: string; errors: readonly UiError[]; t: FieldProps['ctx']['t'] }) {
  if (errors.length === 0) return null;
  return (
    <p id={id} class="error-message">
      {errors.map((e, i) => (
        <span key={i} class="error-message__line">
          <span class="visually-hidden">{t('field.errorPrefix')} </span>
          {e.message}
        </span>
      ))}
    </p>
  );
}

export function Hint({ id, element, lang, extra }: { id: string; element: FieldElement; lang: string; extra?: ComponentChildren }) {
  if (!element.help && !extra) return null;
  return (
    <div id={id} class="hint">
      {element.help && <p><L value={element.help} lang={lang} /></p>}
      {extra}
    </div>
  );
}

/** Errors for the input itself (not those targeted at another input such as a confirmation). */
export function ownErrors(props: FieldProps): UiError[] {
  return props.ctx.errorsAt(props.pointer).filter((e) => !e.target);
}

interface ShellProps extends FieldProps {
  hintExtra?: ComponentChildren;
  children: (a: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
}

/** One labelled input. */
export function FieldShell(props: ShellProps) {
  const { element, pointer, required, ctx } = props;
  const id = inputId(pointer);
  const errors = ownErrors(props);
  const hasHint = !!element.help || !!props.hintExtra;
  return (
    <div class={errors.length > 0 ? 'field field--error' : 'field'}>
      <label class="label" for={id}>
        <L value={element.label} lang={ctx.lang} /> <RequiredBadge required={required} t={ctx.t} />
      </label>
      <Hint id={`${id}-hint`} element={element} lang={ctx.lang} extra={props.hintExtra} />
      <ErrorText id={`${id}-error`} errors={errors} t={ctx.t} />
      {props.children({ id, describedBy: describedBy(hasHint && `${id}-hint`, errors.length > 0 && `${id}-error`), invalid: errors.length > 0 })}
    </div>
  );
}

interface FieldsetProps extends FieldProps {
  hintExtra?: ComponentChildren;
  /** Only errors at exactly the field's pointer are shown here; parts show their own. */
  partsShowErrors?: boolean;
  /** Shows errors when focus leaves the whole group of inputs, not each one. */
  onLeave?: () => void;
  children: ComponentChildren;
}

/** Several inputs answering one question: fieldset + legend. */
export function FieldsetShell(props: FieldsetProps) {
  const { element, pointer, required, ctx } = props;
  const id = inputId(pointer);
  const all = ownErrors(props);
  const errors = props.partsShowErrors ? all.filter((e) => e.path === pointer) : all;
  const hasHint = !!element.help || !!props.hintExtra;
  const onFocusOut = props.onLeave
    ? (e: FocusEvent) => {
        const next = e.relatedTarget as Node | null;
        if (!next || !(e.currentTarget as HTMLElement).contains(next)) props.onLeave!();
      }
    : undefined;
  return (
    <fieldset
      id={`${id}-fieldset`}
      class={all.length > 0 ? 'field fieldset field--error' : 'field fieldset'}
      aria-describedby={describedBy(hasHint && `${id}-hint`, errors.length > 0 && `${id}-error`)}
      onFocusOut={onFocusOut}
    >
      <legend class="label">
        <L value={element.label} lang={ctx.lang} /> <RequiredBadge required={required} t={ctx.t} />
      </legend>
      <Hint id={`${id}-hint`} element={element} lang={ctx.lang} extra={props.hintExtra} />
      <ErrorText id={`${id}-error`} errors={errors} t={ctx.t} />
      {props.children}
    </fieldset>
  );
}

/** One labelled part of a composite widget (姓, 郵便番号, ...), with its own error. */
export function Part(props: {
  pointer: string;
  label: string;
  errors: readonly UiError[];
  t: FieldProps['ctx']['t'];
  class?: string;
  hint?: string;
  children: (a: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
}) {
  const id = inputId(props.pointer);
  const errs = props.errors;
  return (
    <div class={`part${props.class ? ` ${props.class}` : ''}${errs.length > 0 ? ' part--error' : ''}`}>
      <label class="part__label" for={id}>
        {props.label}
      </label>
      {props.hint && (
        <p id={`${id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
      <ErrorText id={`${id}-error`} errors={errs} t={props.t} />
      {props.children({ id, describedBy: describedBy(props.hint && `${id}-hint`, errs.length > 0 && `${id}-error`), invalid: errs.length > 0 })}
    </div>
  );
}
