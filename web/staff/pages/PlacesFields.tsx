// 定員・日時の枠 on the settings page (docs/adr/0014-capacity.md): either one number of
// places for the whole form (settings.capacity), or a list of 日時の枠 (settings.slots), each
// with its Japanese label and places; plus the waiting list (settings.waitingList). A slot
// keeps its id for good (filings store it); a new row gets `slot-N` with N above every id
// of the draft, of the current version and handed out on this page (older versions are not
// read), so an id just removed is not handed out again. With slots the whole-form number is not offered and saving drops it
// (the definition refuses both). Pure helpers (values, validation, applying them to the
// settings) are exported for the page; the page owns the state and the ErrorSummary.
import { useEffect, useRef } from 'preact/hooks';
import type { LocalText, Settings, Slot } from '../../../core/definition.ts';
import { CheckboxField, TextField } from '../components/fields.tsx';
import { type Translate, useLang } from '../i18n/index.ts';
import { focusById } from '../../citizen/lib/router.ts';

export interface SlotRow {
  /** The stored id: an existing slot's, or a fresh `slot-N`. Also the key of its inputs. */
  id: string;
  label: string;
  capacity: string;
}

export interface PlacesValues {
  capacity: string;
  slots: SlotRow[];
  waitingList: boolean;
}

export function placesValuesOf(s: Settings): PlacesValues {
  return {
    capacity: s.capacity === undefined ? '' : String(s.capacity),
    slots: (s.slots ?? []).map((slot) => ({ id: slot.id, label: slot.label.ja ?? '', capacity: String(slot.capacity) })),
    waitingList: s.waitingList === true,
  };
}

/** Ids of the inputs (and of the ErrorSummary targets, with the page's `settings-` prefix). */
export const slotLabelKey = (id: string) => `slot-${id}-label`;
export const slotCapacityKey = (id: string) => `slot-${id}-capacity`;
const ADD_ID = 'settings-slot-add';

/** `slot-N` with N above every `slot-<number>` in used. */
export function nextSlotId(used: Iterable<string>): string {
  let n = 0;
  for (const id of used) {
    const m = /^slot-(\d+)$/.exec(id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return `slot-${n + 1}`;
}

const wholeNumber = (raw: string): number | undefined => {
  const n = raw.trim() === '' ? NaN : Number(raw.trim());
  return Number.isSafeInteger(n) && n >= 1 ? n : undefined;
};

export const hasPlaces = (v: PlacesValues): boolean => v.slots.length > 0 || v.capacity.trim() !== '';

/** Problems, keyed like the page's errors (`capacity`, `slot-<id>-label`, `slot-<id>-capacity`), in page order. */
export function placesErrors(v: PlacesValues, t: Translate): Record<string, string> {
  const found: Record<string, string> = {};
  if (v.slots.length === 0) {
    if (v.capacity.trim() !== '' && wholeNumber(v.capacity) === undefined) found.capacity = t('settings.capacityInvalid');
    return found;
  }
  const seen = new Map<string, number>();
  v.slots.forEach((row, i) => {
    const n = i + 1;
    const label = row.label.trim();
    if (!label) found[slotLabelKey(row.id)] = t('settings.slotLabelMissing', { n });
    else if (seen.has(label)) found[slotLabelKey(row.id)] = t('settings.slotLabelDuplicate', { n, other: seen.get(label)!, label });
    else seen.set(label, n);
    if (wholeNumber(row.capacity) === undefined) found[slotCapacityKey(row.id)] = t('settings.slotCapacityInvalid', { n });
  });
  return found;
}

/**
 * Writes capacity, slots and waitingList into settings (validated values). Other languages
 * of an existing slot's label are kept; only Japanese is edited here.
 */
export function applyPlaces(settings: Settings, v: PlacesValues, before: Slot[] | undefined): void {
  const labels = new Map<string, LocalText>((before ?? []).map((s) => [s.id, s.label]));
  delete settings.capacity;
  delete settings.slots;
  delete settings.waitingList;
  if (v.slots.length > 0) {
    settings.slots = v.slots.map((row) => ({ id: row.id, label: { ...labels.get(row.id), ja: row.label.trim() }, capacity: wholeNumber(row.capacity)! }));
  } else if (v.capacity.trim() !== '') {
    settings.capacity = wholeNumber(v.capacity)!;
  }
  if (v.waitingList && hasPlaces(v)) settings.waitingList = true;
}

/** One line for the publish and version pages: 定員 30 / 日時の枠 2件（定員 計30）, and the waiting list. */
export function placesSummary(s: Settings, t: Translate): string {
  const slots = s.slots ?? [];
  const places =
    slots.length > 0
      ? t('settings.placesSlots', { n: slots.length, total: slots.reduce((sum, x) => sum + x.capacity, 0) })
      : s.capacity !== undefined
        ? t('settings.placesWhole', { n: s.capacity })
        : t('publish.unlimited');
  return (slots.length > 0 || s.capacity !== undefined) && s.waitingList ? `${places}${t('settings.placesWaiting')}` : places;
}

export function PlacesFields(props: { values: PlacesValues; onValues(v: PlacesValues): void; errors: Record<string, string | undefined>; newSlotId(): string }) {
  const { t } = useLang();
  const { values: v, onValues, errors } = props;
  // Focus after the rows re-render: a new row's label, or 「枠を追加」 once a row is gone.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current && focusById(focusNext.current)) focusNext.current = null;
  });
  const setRow = (i: number, patch: Partial<SlotRow>) => onValues({ ...v, slots: v.slots.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const add = () => {
    const id = props.newSlotId();
    focusNext.current = `settings-${slotLabelKey(id)}`;
    onValues({ ...v, slots: [...v.slots, { id, label: '', capacity: '' }] });
  };
  const remove = (i: number) => {
    focusNext.current = ADD_ID;
    onValues({ ...v, slots: v.slots.filter((_, j) => j !== i) });
  };
  const withSlots = v.slots.length > 0;
  const places = hasPlaces(v);
  return (
    <fieldset class="fieldset">
      <legend class="legend">{t('settings.places')}</legend>
      <p class="hint">{t('settings.placesHint')}</p>
      {withSlots ? (
        <p class="hint">
          {t('settings.capacityWithSlots')}
        </p>
      ) : (
        <TextField
          id="settings-capacity"
          type="number"
          inputMode="numeric"
          min={1}
          label={t('settings.capacity')}
          hint={t('settings.capacityHint')}
          value={v.capacity}
          onValue={(capacity) => onValues({ ...v, capacity })}
          error={errors.capacity}
          class="field--short"
        />
      )}
      <fieldset class="fieldset">
        <legend class="legend">{t('settings.slots')}</legend>
        <p class="hint">{t('settings.slotsHint')}</p>
        {v.slots.map((row, i) => {
          const n = i + 1;
          return (
            <div class="role-row slot-row" key={row.id}>
              <TextField
                id={`settings-${slotLabelKey(row.id)}`}
                label={t('settings.slotLabel', { n })}
                value={row.label}
                onValue={(label) => setRow(i, { label })}
                error={errors[slotLabelKey(row.id)]}
                autoComplete="off"
                required
              />
              <TextField
                id={`settings-${slotCapacityKey(row.id)}`}
                type="number"
                inputMode="numeric"
                min={1}
                label={t('settings.slotCapacity', { n })}
                value={row.capacity}
                onValue={(capacity) => setRow(i, { capacity })}
                error={errors[slotCapacityKey(row.id)]}
                class="field--short slot-row__places"
                required
              />
              <button type="button" class="button button--small button--secondary" onClick={() => remove(i)}>
                {row.label.trim() ? t('settings.slotRemoveNamed', { n, label: row.label.trim() }) : t('settings.slotRemove', { n })}
              </button>
            </div>
          );
        })}
        <button type="button" id={ADD_ID} class="button button--small button--secondary" onClick={add}>
          {t('settings.slotAdd')}
        </button>
      </fieldset>
      <CheckboxField
        id="settings-waitingList"
        label={t('settings.waitingList')}
        hint={places ? t('settings.waitingListHint') : `${t('settings.waitingListHint')} ${t('settings.waitingListNeedsPlaces')}`}
        checked={places && v.waitingList}
        disabled={!places}
        onValue={(waitingList) => onValues({ ...v, waitingList })}
      />
    </fieldset>
  );
}
