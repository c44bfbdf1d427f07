// wareki-date: 元号 + 年 + 月 + 日 (元年 accepted), with the Gregorian date beside it; or, when
// the citizen chose 西暦 (date-mode.tsx), 年 + 月 + 日 of the Gregorian calendar.
// Stored as ISO YYYY-MM-DD; while incomplete or impossible, the parts stay in a draft and
// the answer holds what was typed so that validation reports "enter a real date".
import { ERAS, isoToWareki, warekiToIso } from '../../../core/jp/wareki.ts';
import { toHalfWidthDigits } from '../../../core/jp/width.ts';
import { inputId } from '../lib/pointer.ts';
import { formatDate } from '../lib/format.ts';
import { readsJapanese } from '../i18n/index.ts';
import { DateModeSwitch, useDateMode } from './date-mode.tsx';
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

/** The answer for typed Gregorian parts: an ISO date, what was typed, or nothing. */
export function seirekiValue(p: WarekiParts): string | undefined {
  if (!p.year.trim() && !p.month.trim() && !p.day.trim()) return undefined;
  const [y, m, d] = [num(p.year), num(p.month), num(p.day)];
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = y >= 1000 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real ? date.toISOString().slice(0, 10) : `${p.year.trim()}-${p.month.trim()}-${p.day.trim()}`;
}

function seirekiPartsOf(value: unknown): WarekiParts {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return m ? { era: '', year: m[1]!, month: String(Number(m[2])), day: String(Number(m[3])) } : EMPTY;
}

export function partsOf(value: unknown): WarekiParts {
  const w = typeof value === 'string' ? isoToWareki(value) : null;
  return w ? { era: w.era, year: String(w.year), month: String(w.month), day: String(w.day) } : EMPTY;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function WarekiDateField(props: FieldProps) {
  const { element, schema, pointer, ctx } = props;
  const id = inputId(pointer);
  const mode = useDateMode('wareki');
  const seireki = mode === 'seireki';
  const key = `${pointer}#${mode}`;
  const valueOf = seireki ? seirekiValue : warekiValue;
  const value = ctx.get(pointer);
  const draft = ctx.draft(key) as WarekiParts | undefined;
  const parts = draft && valueOf(draft) === value ? draft : seireki ? seirekiPartsOf(value) : partsOf(value);
  const iso = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  const errors = ownErrors(props);
  const invalid = errors.length > 0;
  const described = describedBy(invalid && `${id}-error`, (!seireki || !!element.help) && `${id}-hint`);
  const change = (part: keyof WarekiParts, v: string) => {
    const next = { ...parts, [part]: v };
    ctx.setDraft(key, next);
    ctx.set(pointer, valueOf(next));
  };
  const seirekiText =
    iso && !seireki
      ? ctx.t('wareki.seireki', {
          date: readsJapanese(ctx.lang) ? `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8))}日` : formatDate(iso, ctx.lang),
        })
      : '';
  // The first input carries the field's id (the error summary links to it).
  const partId = (part: 'year' | 'month' | 'day') => (seireki && part === 'year' ? id : `${id}-${part}`);
  const numberInput = (part: 'year' | 'month' | 'day', label: string) => (
    <span class="wareki__part">
      <input
        id={partId(part)}
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
      <label class="wareki__unit" for={partId(part)}>
        {label}
      </label>
    </span>
  );
  return (
    <FieldsetShell {...props} hintExtra={seireki ? undefined : <p>{ctx.t('wareki.hint')}</p>} onLeave={() => ctx.leave(pointer, element, schema)}>
      <DateModeSwitch mode={mode} t={ctx.t} />
      <div class="wareki">
        {!seireki && (
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
                  {readsJapanese(ctx.lang) ? e.name : `${cap(e.id)} ${e.name}`}
                </option>
              ))}
            </select>
          </span>
        )}
        {numberInput('year', ctx.t('wareki.year'))}
        {numberInput('month', ctx.t('wareki.month'))}
        {numberInput('day', ctx.t('wareki.day'))}
      </div>
      <p class="wareki__seireki" aria-live="polite">
        {seirekiText}
      </p>
    </FieldsetShell>
  );
}

