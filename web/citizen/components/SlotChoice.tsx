// 日時の枠 on the check page: a radio group with the places left per slot (残り3席, 満員),
// or, for a form without slots, one line about its places. Loaded only for forms with
// places, in a chunk of its own. A full slot stays choosable only when the form keeps a
// waiting list; otherwise it is disabled, and its label says 満員 to a screen reader too.
import { useEffect, useState } from 'preact/hooks';
import { hasSlots } from '../../../core/capacity.ts';
import type { FormDefinition } from '../../../core/definition.ts';
import { text } from '../../../core/i18n.ts';
import { useLang } from '../i18n/index.ts';
import { useSlotTexts } from '../i18n/slot-texts.ts';
import { api, type Places } from '../lib/api.ts';

export const SLOT_INPUT_ID = 'slot-choice';

interface Props {
  def: FormDefinition;
  value: string;
  onChange: (slot: string) => void;
  /** Shows "choose one" (the citizen pressed 送信する without choosing). */
  missing: boolean;
  /** Changed after a 409 (full): the places are read again. */
  refresh: number;
}

export function SlotChoice({ def, value, onChange, missing, refresh }: Props) {
  const { lang } = useLang();
  const st = useSlotTexts();
  const [places, setPlaces] = useState<Places | null | 'failed'>(null);
  useEffect(() => {
    let live = true;
    api.places(def.id, lang).then(
      (res) => live && setPlaces(res.status === 200 && Array.isArray(res.body?.places) ? res.body : 'failed'),
      () => live && setPlaces('failed'),
    );
    return () => {
      live = false;
    };
  }, [def.id, refresh]);
  const known = places && places !== 'failed' ? places : undefined;
  const waiting = known?.waitingList ?? def.settings.waitingList === true;
  const left = (slot: string) => known?.places.find((p) => p.slot === slot)?.remaining;
  // A slot that filled up since it was chosen cannot stay chosen (it is disabled now).
  useEffect(() => {
    if (value && !waiting && left(value) === 0) onChange('');
  }, [places]);
  const status = places === null ? st('slot.loading') : places === 'failed' ? st('slot.unknownLeft') : '';

  if (!hasSlots(def.settings)) {
    const n = left('');
    if (n === undefined) return status ? <p class="hint">{status}</p> : null;
    return <p class={n === 0 ? 'notice' : 'hint'}>{n > 0 ? st('slot.formLeft', { n }) : waiting ? st('slot.formFullWaiting') : st('slot.formFull')}</p>;
  }
  const errorId = `${SLOT_INPUT_ID}-error`;
  return (
    <fieldset class={missing ? 'field field--error fieldset' : 'field fieldset'} aria-describedby={`${SLOT_INPUT_ID}-hint${missing ? ` ${errorId}` : ''}`}>
      <legend class="label">{st('slot.legend')}</legend>
      <p class="hint" id={`${SLOT_INPUT_ID}-hint`}>
        {status || st('slot.hint')}
      </p>
      {missing && (
        <p class="error-message" id={errorId}>
          {st('slot.required')}
        </p>
      )}
      <div class="choices">
        {def.settings.slots!.map((slot, i) => {
          const n = left(slot.id);
          const full = n === 0;
          const disabled = full && !waiting;
          const id = i === 0 ? SLOT_INPUT_ID : `${SLOT_INPUT_ID}-${i}`;
          const note = n === undefined ? '' : full ? (waiting ? st('slot.fullWaiting') : st('slot.full')) : st('slot.left', { n });
          return (
            <div class="choice" key={slot.id}>
              <input
                id={id}
                class="choice__input"
                type="radio"
                name={SLOT_INPUT_ID}
                value={slot.id}
                checked={value === slot.id}
                disabled={disabled}
                aria-invalid={missing ? 'true' : undefined}
                onChange={() => onChange(slot.id)}
              />
              <label class={disabled ? 'choice__label choice__label--disabled' : 'choice__label'} for={id}>
                {text(slot.label, lang)}
                {note && <span class={full ? 'slot-note slot-note--full' : 'slot-note'}>{note}</span>}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
