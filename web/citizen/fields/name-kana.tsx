// name-kana: 姓 名 and their readings セイ メイ; readings typed in hiragana or half-width
// kana are converted to full-width katakana when the citizen leaves the input.
import { child } from '../lib/pointer.ts';
import { FieldsetShell, Part } from './shell.tsx';
import type { FieldProps } from './types.ts';
import type { MessageKey } from '../i18n/index.ts';

const PARTS: { key: 'family' | 'given' | 'familyKana' | 'givenKana'; label: MessageKey; autocomplete: string }[] = [
  { key: 'family', label: 'name.family', autocomplete: 'family-name' },
  { key: 'given', label: 'name.given', autocomplete: 'given-name' },
  { key: 'familyKana', label: 'name.familyKana', autocomplete: 'off' },
  { key: 'givenKana', label: 'name.givenKana', autocomplete: 'off' },
];

export function NameKanaField(props: FieldProps) {
  const { element, schema, pointer, ctx } = props;
  const raw = ctx.get(pointer);
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  // Autofill tokens describe the citizen's own name: not for rows of a group (children),
  // and not when the form turns them off.
  const own = element.autocomplete ? element.autocomplete !== 'off' : pointer.split('/').length === 2;
  return (
    <FieldsetShell
      {...props}
      partsShowErrors
      hintExtra={
        <>
          {ctx.lang !== 'ja' && <p>{ctx.t('kana.help')}</p>}
          <p>{ctx.t('name.kanaHint')}</p>
        </>
      }
      onLeave={() => ctx.reveal(pointer)}
    >
      <div class="parts parts--two">
        {PARTS.map((p) => {
          const partPointer = child(pointer, p.key);
          return (
            <Part key={p.key} pointer={partPointer} label={ctx.t(p.label)} errors={ctx.errorsAt(partPointer)} t={ctx.t}>
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  name={id}
                  class="input"
                  type="text"
                  autoComplete={own ? p.autocomplete : 'off'}
                  spellcheck={false}
                  value={typeof value[p.key] === 'string' ? (value[p.key] as string) : ''}
                  aria-describedby={describedBy}
                  aria-invalid={invalid ? 'true' : undefined}
                  onInput={(e) => {
                    const v = e.currentTarget.value;
                    ctx.update(pointer, (prev) => ({ ...(prev && typeof prev === 'object' ? prev : {}), [p.key]: v }));
                  }}
                  onBlur={() => ctx.normalize(pointer, element, schema)}
                />
              )}
            </Part>
          );
        })}
      </div>
    </FieldsetShell>
  );
}
