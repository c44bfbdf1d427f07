// group: repeating rows (お子さん 1, お子さん 2, ...) with 「追加」「削除」, between minItems
// and maxItems rows; each row's fields follow the group's own visibility rules.
import { useEffect, useRef } from 'preact/hooks';
import { propertySchema, itemSchema } from '../../../core/fields.ts';
import { text } from '../../../core/i18n.ts';
import { child, inputId } from '../lib/pointer.ts';
import { isRequired } from '../runtime.ts';
import { FieldsetShell } from './shell.tsx';
import type { FieldProps } from './types.ts';

const FOCUSABLE = 'input:not([type=hidden]), select, textarea, button';

export function GroupField(props: FieldProps) {
  const { element, schema, pointer, ctx } = props;
  const { t } = ctx;
  const id = inputId(pointer);
  const value = ctx.get(pointer);
  const rows = Array.isArray(value) ? value : [];
  const items = itemSchema(ctx.def.schema, schema) ?? {};
  const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : undefined;
  const itemLabel = text(element.itemLabel ?? element.label, ctx.lang);
  const addButton = useRef<HTMLButtonElement>(null);

  // A required group starts with its minimum number of (empty) rows.
  useEffect(() => {
    if (!Array.isArray(value) && min > 0) ctx.set(pointer, Array.from({ length: min }, () => ({})));
  }, [value === undefined]);

  const focusLater = (fn: () => HTMLElement | null | undefined) => setTimeout(() => fn()?.focus(), 0);

  const add = () => {
    const index = rows.length;
    ctx.update(pointer, (prev) => [...(Array.isArray(prev) ? prev : []), {}]);
    focusLater(() => document.getElementById(`${id}-row-${index}`)?.querySelector<HTMLElement>(FOCUSABLE));
  };
  const remove = (index: number) => {
    ctx.update(pointer, (prev) => (Array.isArray(prev) ? prev.filter((_, i) => i !== index) : prev));
    focusLater(() => addButton.current ?? document.getElementById(`${id}-row-${Math.max(0, index - 1)}`)?.querySelector<HTMLElement>(FOCUSABLE));
  };

  return (
    <FieldsetShell
      {...props}
      partsShowErrors
      hintExtra={max !== undefined && max > 1 ? <p>{t('group.range', { min, max })}</p> : undefined}
    >
      {rows.length === 0 && <p class="hint">{t('group.empty')}</p>}
      {rows.map((_, i) => {
        const rowPointer = child(pointer, i);
        const rowTitle = t('group.row', { label: itemLabel, n: i + 1 });
        return (
          <fieldset class="group-row" key={i} id={`${id}-row-${i}`}>
            <legend class="group-row__title">{rowTitle}</legend>
            {(element.elements ?? []).map((el) => {
              const p = child(rowPointer, el.field);
              if (ctx.isHidden(p)) return null;
              return (
                <div key={el.field}>
                  {ctx.render({ element: el, schema: propertySchema(ctx.def.schema, items, el.field) ?? {}, pointer: p, required: isRequired(items, el.field), ctx })}
                </div>
              );
            })}
            {rows.length > min && (
              <button type="button" class="button button--secondary" onClick={() => remove(i)}>
                {t('group.remove', { label: itemLabel })}
                <span class="visually-hidden">（{rowTitle}）</span>
              </button>
            )}
          </fieldset>
        );
      })}
      {(max === undefined || rows.length < max) && (
        <button ref={addButton} type="button" class="button button--secondary" onClick={add}>
          {t('group.add', { label: itemLabel })}
        </button>
      )}
    </FieldsetShell>
  );
}
