// wareki-date: 元号 + 年 + 月 + 日 (元年 accepted), with the Gregorian date beside it.
// Stored as ISO YYYY-MM-DD; while incomplete or impossible, the parts stay in a draft and
// the answer holds what was typed so that validation reports "enter a real date".
import { ERAS, isoToWareki, warekiToIso } from '../../../core/jp/wareki.ts';
import { toHalfWidthDigits } from '../../../core/jp/width.ts';
import { inputId } from '../lib/pointer.ts';
import { formatDate } from '../lib/format.ts';
import { FieldsetShell, describedBy, ownErrors } from './shell.tsx';
import type { FieldProps } from './types.ts';

export interface WarekiParts {
  era: string;
  year: string;
  month: string;
  day: string;
}

const EMPTY: WarekiParts = { era: '', year: '', month: '', day: '' };

function num(s: string): number {
  const t = toHalfWidthDigits(s).trim();
  if (t === '元') return 1;
  return /^\d{1,4}$/.test(t) ? Number(t) : NaN;
}

/** The answer for the typed parts: an ISO date, what was typed, or nothing. */
export function warekiValue(p: WarekiParts): string | undefined {
  if (!p.era && !p.year.trim() && !p.month.trim() && !p.day.trim()) return undefined;
  const era = ERAS.find((e) => e.id === p.era);
  const iso = era ? warekiToIso(era.id, num(p.year), num(p.month), num(p.day)) : null;
  return iso ?? `${era?.name ?? ''}${p.year.trim()}年${p.month.trim()}月${p.day.trim()}日`;
}

export function partsOf(value: unknown): WarekiParts {
  const w = typeof value === 'string' ? isoToWareki(value) : null;
  return w ? { era: w.era, year: String(w.year), month: String(w.month), day: String(w.day) } : EMPTY;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function WarekiDateField(props: FieldProps) {
  const { element, schema, pointer, ctx } = props;
  const id = inputId(pointer);
  const key = `${pointer}#wareki`;
  const value = ctx.get(pointer);
  const draft = ctx.draft(key) as WarekiParts | undefined;
  const parts = draft && warekiValue(draft) === value ? draft : partsOf(value);
  const iso = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  const errors = ownErrors(props);
  const invalid = errors.length > 0;
  const described = describedBy(invalid && `${id}-error`, `${id}-hint`);
  const change = (part: keyof WarekiParts, v: string) => {
    const next = { ...parts, [part]: v };
    ctx.setDraft(key, next);
    ctx.set(pointer, warekiValue(next));
  };
  const seireki = iso
    ? ctx.t('wareki.seireki', {
        date: ctx.lang === 'ja' ? `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8))}日` : formatDate(iso, ctx.lang),
      })
    : '';
  const numberInput = (part: 'year' | 'month' | 'day', label: string) => (
    <span class="wareki__part">
      <input
        id={`${id}-${part}`}
        class="input input--digits"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={part === 'year' ? 4 : 2}
        value={parts[part]}
        aria-describedby={described}
        aria-invalid={invalid ? 'true' : undefined}
        onInput={(e) => change(part, e.currentTarget.value)}
      />
      <label class="wareki__unit" for={`${id}-${part}`}>
        {label}
      </label>
    </span>
  );
  return (
    <FieldsetShell {...props} hintExtra={<p>{ctx.t('wareki.hint')}</p>} onLeave={() => ctx.leave(pointer, element, schema)}>
      <div class="wareki">
        <span class="wareki__part">
          <label class="visually-hidden" for={id}>
            {ctx.t('wareki.era')}
          </label>
          <select
            id={id}
            class="input select select--era"
            aria-describedby={described}
            aria-invalid={invalid ? 'true' : undefined}
            onChange={(e) => change('era', e.currentTarget.value)}
          >
            <option value="" selected={parts.era === ''}>
              {ctx.t('wareki.era')}
            </option>
            {[...ERAS].reverse().map((e) => (
              <option key={e.id} value={e.id} selected={parts.era === e.id}>
                {ctx.lang === 'ja' ? e.name : `${cap(e.id)} ${e.name}`}
              </option>
            ))}
          </select>
        </span>
        {numberInput('year', ctx.t('wareki.year'))}
        {numberInput('month', ctx.t('wareki.month'))}
        {numberInput('day', ctx.t('wareki.day'))}
      </div>
      <p class="wareki__seireki" aria-live="polite">
        {seireki}
      </p>
    </FieldsetShell>
  );
}

