// postal-address: 郵便番号 → address1 filled from madoguchi's own lookup the moment the 7th
// digit is typed (the citizen picks when a code has several towns); address2 typed.
// A polite live region says what was filled in, for screen reader users.
import { useRef, useState } from 'preact/hooks';
import { postalDigits } from '../../../core/jp/postal-code.ts';
import { api, type Address } from '../lib/api.ts';
import { child, inputId } from '../lib/pointer.ts';
import { FieldsetShell, Part } from './shell.tsx';
import type { FieldProps } from './types.ts';

// Up to this many candidate addresses are radios; more (some codes have 60+) a drop-down.
const MAX_RADIOS = 8;

type Lookup =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'filled'; address: string }
  | { kind: 'multiple'; addresses: Address[]; chosen?: string }
  | { kind: 'none' }
  | { kind: 'failed' };

export function addressLine(a: Address): string {
  const town = a.town.replace(/以下に掲載がない場合$/, '');
  return `${a.prefecture}${a.city}${town}`;
}

export function PostalAddressField(props: FieldProps) {
  const { element, schema, pointer, ctx } = props;
  const { t } = ctx;
  const id = inputId(pointer);
  const raw = ctx.get(pointer);
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const [lookup, setLookup] = useState<Lookup>({ kind: 'idle' });
  const asked = useRef<string | null>(null);
  const own = element.autocomplete ? element.autocomplete !== 'off' : pointer.split('/').length === 2;

  const setPart = (key: string, v: string) => ctx.update(pointer, (prev) => ({ ...(prev && typeof prev === 'object' ? prev : {}), [key]: v }));
  const fill = (a: Address) => {
    const line = addressLine(a);
    setPart('address1', line);
    setLookup({ kind: 'filled', address: line });
  };
  const find = async (digits: string) => {
    asked.current = digits;
    setLookup({ kind: 'searching' });
    try {
      const res = await api.postalCode(digits, ctx.lang);
      if (asked.current !== digits) return; // the code was changed meanwhile
      const addresses = res.status === 200 ? (res.body?.addresses ?? []) : [];
      if (res.status !== 200 && res.status !== 404) setLookup({ kind: 'failed' });
      else if (addresses.length === 1) fill(addresses[0]!);
      else if (addresses.length > 1) setLookup({ kind: 'multiple', addresses });
      else setLookup({ kind: 'none' });
    } catch {
      if (asked.current === digits) setLookup({ kind: 'failed' });
    }
  };
  // A code with several towns: the citizen picks one (the list stays, so focus stays put).
  const choose = (a: Address) => {
    if (lookup.kind !== 'multiple') return;
    setPart('address1', addressLine(a));
    setLookup({ ...lookup, chosen: addressLine(a) });
  };
  const onCode = (v: string) => {
    setPart('postalCode', v);
    const digits = postalDigits(v);
    if (digits && digits !== asked.current) void find(digits);
    if (!digits) asked.current = null;
  };

  const announcement =
    lookup.kind === 'searching'
      ? t('postal.searching')
      : lookup.kind === 'filled'
        ? t('postal.filled', { address: lookup.address })
        : lookup.kind === 'multiple'
          ? lookup.chosen
            ? t('postal.filled', { address: lookup.chosen })
            : t('postal.multiple', { n: lookup.addresses.length })
          : lookup.kind === 'none'
            ? t('postal.none')
            : lookup.kind === 'failed'
              ? t('postal.failed')
              : '';
  const str = (k: string) => (typeof value[k] === 'string' ? (value[k] as string) : '');
  const partInput = (key: 'postalCode' | 'address1' | 'address2', label: string, extra: { autocomplete: string; hint?: string; short?: boolean }) => {
    const partPointer = child(pointer, key);
    return (
      <Part pointer={partPointer} label={label} hint={extra.hint} errors={ctx.errorsAt(partPointer)} t={t}>
        {({ id: partId, describedBy, invalid }) => (
          <input
            id={partId}
            name={partId}
            class={extra.short ? 'input input--medium' : 'input'}
            type="text"
            inputMode={key === 'postalCode' ? 'numeric' : undefined}
            autoComplete={own ? extra.autocomplete : 'off'}
            value={str(key)}
            aria-describedby={describedBy}
            aria-invalid={invalid ? 'true' : undefined}
            onInput={(e) => (key === 'postalCode' ? onCode(e.currentTarget.value) : setPart(key, e.currentTarget.value))}
            onBlur={() => ctx.normalize(pointer, element, schema)}
          />
        )}
      </Part>
    );
  };

  return (
    <FieldsetShell {...props} partsShowErrors onLeave={() => ctx.reveal(pointer)}>
      <div class="parts">
        {partInput('postalCode', t('postal.code'), { autocomplete: 'postal-code', hint: t('postal.codeHint'), short: true })}
        <p id={`${id}-status`} class="status-line" role="status">
          {announcement}
        </p>
        {lookup.kind === 'multiple' && lookup.addresses.length > MAX_RADIOS && (
          <div class="part">
            <label class="part__label" for={`${id}-candidates`}>
              {t('postal.choose')}
            </label>
            <select
              id={`${id}-candidates`}
              class="input select"
              onChange={(e) => {
                const a = lookup.addresses[Number(e.currentTarget.value)];
                if (a) choose(a);
              }}
            >
              <option value="">{t('select.placeholder')}</option>
              {lookup.addresses.map((a, i) => (
                <option key={i} value={String(i)} selected={lookup.chosen === addressLine(a)}>
                  {addressLine(a)}
                </option>
              ))}
            </select>
          </div>
        )}
        {lookup.kind === 'multiple' && lookup.addresses.length <= MAX_RADIOS && (
          <fieldset class="candidates">
            <legend class="part__label">{t('postal.choose')}</legend>
            <div class="choices">
              {lookup.addresses.map((a, i) => (
                <div class="choice" key={i}>
                  <input
                    id={`${id}-candidate-${i}`}
                    class="choice__input"
                    type="radio"
                    name={`${id}-candidate`}
                    checked={lookup.chosen === addressLine(a)}
                    onChange={() => choose(a)}
                  />
                  <label class="choice__label" for={`${id}-candidate-${i}`}>
                    {addressLine(a)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        )}
        {partInput('address1', t('postal.address1'), { autocomplete: 'address-line1' })}
        {partInput('address2', t('postal.address2'), { autocomplete: 'address-line2' })}
      </div>
    </FieldsetShell>
  );
}
