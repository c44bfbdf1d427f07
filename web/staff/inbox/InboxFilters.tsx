// The inbox filter: form, statuses, filing dates (Japan time), receipt number or free text,
// sort. Applying it changes the page URL (bookmarkable); the server's 400 for a bad value
// is shown next to the input it names.
import { useState } from 'preact/hooks';
import { STATUSES } from '../../../core/status.ts';
import { SelectField, TextField } from '../components/fields.tsx';
import { useLang } from '../i18n/index.ts';
import type { FormListItem } from '../lib/api.ts';
import type { FieldErrors } from '../lib/field-errors.ts';
import { EMPTY_FILTER, type InboxFilter, SORTS, type Sort } from '../lib/inbox-query.ts';
import { statusLabel, titleText } from '../lib/status-labels.ts';
import type { MessageKey } from '../i18n/index.ts';

export const filterId = (param: string) => `inbox-${param}`;

export function InboxFilters(props: { filter: InboxFilter; forms: FormListItem[]; errors: FieldErrors; onApply(f: InboxFilter): void }) {
  const { lang, t } = useLang();
  const [f, setF] = useState<InboxFilter>(props.filter);
  const set = <K extends keyof InboxFilter>(k: K) => (v: InboxFilter[K]) => setF({ ...f, [k]: v });
  const toggle = (s: (typeof STATUSES)[number], on: boolean) => setF({ ...f, status: on ? [...f.status, s] : f.status.filter((x) => x !== s) });

  return (
    <form
      class="filters"
      role="search"
      aria-label={t('inbox.filters')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onApply({ ...f, q: f.q.trim(), page: 1 });
      }}
    >
      <div class="filters__grid">
        <TextField
          id={filterId('q')}
          label={t('inbox.q')}
          hint={t('inbox.qHint')}
          value={f.q}
          onValue={set('q')}
          error={props.errors.q}
          autoComplete="off"
        />
        <SelectField
          id={filterId('form')}
          label={t('inbox.form')}
          value={f.form}
          onValue={set('form')}
          error={props.errors.form}
          options={[{ value: '', label: t('inbox.allForms') }, ...props.forms.map((x) => ({ value: x.id, label: titleText(x.title, lang) }))]}
        />
        <TextField id={filterId('from')} type="date" label={t('inbox.from')} value={f.from} onValue={set('from')} error={props.errors.from} />
        <TextField id={filterId('to')} type="date" label={t('inbox.to')} value={f.to} onValue={set('to')} error={props.errors.to} />
        <SelectField
          id={filterId('sort')}
          label={t('inbox.sort')}
          value={f.sort}
          onValue={(v) => set('sort')(v as Sort)}
          error={props.errors.sort}
          options={SORTS.map((s) => ({ value: s, label: t(`inbox.sort.${s}` as MessageKey) }))}
        />
      </div>
      <fieldset class={`fieldset${props.errors.status ? ' field--error' : ''}`} id={filterId('status')} aria-describedby={props.errors.status ? 'inbox-status-error' : undefined}>
        <legend class="legend">{t('inbox.status')}</legend>
        {props.errors.status && (
          <p class="error-message" id="inbox-status-error">
            {props.errors.status}
          </p>
        )}
        <div class="check-row">
          {STATUSES.map((s) => (
            <div class="field--check" key={s}>
              <input type="checkbox" class="checkbox" id={`inbox-status-${s}`} checked={f.status.includes(s)} onChange={(e) => toggle(s, e.currentTarget.checked)} />
              <label for={`inbox-status-${s}`}>{statusLabel(s, t)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div class="actions actions--inline">
        <button type="submit" class="button">
          {t('inbox.apply')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            setF(EMPTY_FILTER);
            props.onApply(EMPTY_FILTER);
          }}
        >
          {t('inbox.clear')}
        </button>
      </div>
    </form>
  );
}
