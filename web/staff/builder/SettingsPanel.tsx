// The selected element's settings: what core/builder's readField says is editable for it,
// each applied at once through updateField or setText (texts in the language being edited).
import {
  KIND_SWITCHES,
  PALETTE,
  PATTERN_PRESETS,
  CUSTOM_PATTERN,
  addElement,
  getText,
  kindInfo,
  readField,
  setText,
  updateField,
  type ElementAddress,
  type ElementKind,
  type FieldPatch,
  type FieldSettings,
  type TextTarget,
} from '../../../core/builder/index.ts';
import type { FormDefinition, Lang } from '../../../core/definition.ts';
import { text } from '../../../core/i18n.ts';
import { useState } from 'preact/hooks';
import { useLang } from '../i18n/index.ts';
import { ControlError, NumberSetting, SettingInput } from './controls.tsx';
import { DefaultEditor } from './DefaultEditor.tsx';
import { FormTexts } from './FormTexts.tsx';
import { elementDomId, focusLater } from './dom.ts';
import { OptionsEditor } from './OptionsEditor.tsx';
import { RuleEditor } from './RuleEditor.tsx';
import { useBuilder } from './use-builder.ts';

/** The `lang` text at `target`, '' when absent. */
export function textIn(def: FormDefinition, target: TextTarget, lang: Lang): string {
  const t = getText(def, target) as Record<string, string> | undefined;
  return t?.[lang] ?? '';
}

const addressKey = (a: ElementAddress) => `${a.page}-${a.index}-${a.child ?? ''}`;

export function SettingsPanel() {
  const { lang, t } = useLang();
  const b = useBuilder();
  const a = b.selected;
  let s: FieldSettings | null = null;
  try {
    s = a ? readField(b.def, a) : null;
  } catch {
    s = null; // the selection no longer exists (undo, restore)
  }
  if (!a || !s) {
    return (
      <section class="panel settings" aria-labelledby="settings-title">
        <h2 id="settings-title">{t('settings.panelTitle')}</h2>
        <p class="muted">{t('settings.nothingSelected')}</p>
        <FormTexts />
      </section>
    );
  }
  return <Settings a={a} s={s} key={`${addressKey(a)}|${s.key ?? ''}`} />;
}

function Settings({ a, s }: { a: ElementAddress; s: FieldSettings }) {
  const { lang, t } = useLang();
  const b = useBuilder();
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const id = elementDomId(a);
  const editLang = b.editLang;
  const reset = `${addressKey(a)}|${editLang}`;
  const can = (name: FieldSettings['editable'][number]) => s.editable.includes(name);
  const patch = (p: FieldPatch, coalesce?: string) => b.apply((def) => updateField(def, a, p), { coalesce, structural: coalesce === undefined });
  const patchWithError = (name: string, p: FieldPatch) => {
    const e = patch(p);
    setErrors({ ...errors, [name]: e });
    if (e) b.announce(e);
  };
  const textSetting = (kind: 'label' | 'help' | 'placeholder' | 'itemLabel', label: string, multiline = false) => {
    const target: TextTarget = { kind, address: a };
    const ja = textIn(b.def, target, 'ja');
    return (
      <SettingInput
        id={`${id}-${kind}`}
        label={label}
        hint={editLang !== 'ja' ? (ja ? t('texts.japanese', { text: ja }) : t('texts.noJapanese')) : undefined}
        value={textIn(b.def, target, editLang)}
        resetKey={reset}
        lang={editLang}
        multiline={multiline}
        onValue={(v) => b.apply((def) => setText(def, target, editLang, v), { coalesce: `${reset}|${kind}` })}
      />
    );
  };
  const kindName = text(kindInfo(s.kind).label, lang);
  const content = s.key === null;
  const switches = KIND_SWITCHES[s.kind] ?? [];

  return (
    <section class="panel settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.of', { kind: kindName })}</h2>
      {editLang !== 'ja' && <p class="notice">{t('texts.editing', { lang: t(`lang.${editLang}` as 'lang.en') })}</p>}

      {can('calendar') ? (
        <fieldset class="fieldset">
          <legend class="legend">{t('settings.calendar')}</legend>
          <div class="choices">
            {(['wareki', 'seireki'] as const).map((c) => (
              <div class="choice" key={c}>
                <input type="radio" id={`${id}-calendar-${c}`} name={`${id}-calendar`} checked={s.calendar === c} onChange={() => patchWithError('calendar', { calendar: c })} />
                <label for={`${id}-calendar-${c}`}>{t(`settings.calendar.${c}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      ) : (
        can('kind') &&
        switches.length > 0 && (
          <div class="field">
            <label class="label" for={`${id}-kind`}>
              {t('settings.kind')}
            </label>
            <select id={`${id}-kind`} class="input select" value={s.kind} onChange={(e) => patchWithError('kind', { kind: e.currentTarget.value as ElementKind })}>
              {[s.kind, ...switches].map((k) => (
                <option key={k} value={k}>
                  {text(kindInfo(k).label, lang)}
                </option>
              ))}
            </select>
            <ControlError id={`${id}-kind`} error={errors.kind ?? null} />
          </div>
        )
      )}

      {textSetting('label', content ? t('settings.content') : t('settings.label'), s.kind === 'paragraph')}
      {can('help') && textSetting('help', t('settings.help'), true)}
      {can('placeholder') && textSetting('placeholder', t('settings.placeholder'))}
      {can('required') && (
        <div class="field field--check">
          <input type="checkbox" id={`${id}-required`} class="checkbox" checked={s.required} aria-describedby={s.shownByRule ? `${id}-required-hint` : undefined} onChange={(e) => patchWithError('required', { required: e.currentTarget.checked })} />
          <label for={`${id}-required`}>{t('settings.required')}</label>
          {s.shownByRule && (
            <p class="hint" id={`${id}-required-hint`}>
              {t('settings.requiredWhenShown')}
            </p>
          )}
          <ControlError id={`${id}-required`} error={errors.required ?? null} />
        </div>
      )}
      {can('options') && s.options && <OptionsEditor a={a} options={s.options} />}
      {can('minLength') && <NumberSetting id={`${id}-minLength`} label={t('settings.minLength')} value={s.minLength} resetKey={reset} onNumber={(n) => patch({ minLength: n }, `${reset}|minLength`)} />}
      {can('maxLength') && <NumberSetting id={`${id}-maxLength`} label={t('settings.maxLength')} value={s.maxLength} resetKey={reset} onNumber={(n) => patch({ maxLength: n }, `${reset}|maxLength`)} />}
      {can('pattern') && (
        <div class="field">
          <label class="label" for={`${id}-pattern`}>
            {t('settings.pattern')}
          </label>
          <select id={`${id}-pattern`} class="input select" value={s.pattern ?? ''} onChange={(e) => patchWithError('pattern', { pattern: e.currentTarget.value || null })}>
            <option value="">{t('settings.patternNone')}</option>
            {PATTERN_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {text(p.label, lang)}
              </option>
            ))}
            {s.pattern === CUSTOM_PATTERN && <option value={CUSTOM_PATTERN}>{t('settings.patternCustom')}</option>}
          </select>
          <ControlError id={`${id}-pattern`} error={errors.pattern ?? null} />
        </div>
      )}
      {can('integer') && (
        <div class="field field--check">
          <input type="checkbox" id={`${id}-integer`} class="checkbox" checked={!!s.integer} onChange={(e) => patchWithError('integer', { integer: e.currentTarget.checked })} />
          <label for={`${id}-integer`}>{t('settings.integer')}</label>
          <ControlError id={`${id}-integer`} error={errors.integer ?? null} />
        </div>
      )}
      {can('minimum') && <NumberSetting id={`${id}-minimum`} decimal label={t('settings.minimum')} value={s.minimum} resetKey={reset} onNumber={(n) => patch({ minimum: n }, `${reset}|minimum`)} />}
      {can('maximum') && <NumberSetting id={`${id}-maximum`} decimal label={t('settings.maximum')} value={s.maximum} resetKey={reset} onNumber={(n) => patch({ maximum: n }, `${reset}|maximum`)} />}
      {can('minItems') && (
        <NumberSetting id={`${id}-minItems`} label={s.kind === 'group' ? t('settings.minRows') : s.kind === 'attachments' ? t('settings.minFiles') : t('settings.minChecked')} value={s.minItems} resetKey={reset} onNumber={(n) => patch({ minItems: n }, `${reset}|minItems`)} />
      )}
      {can('maxItems') && (
        <NumberSetting id={`${id}-maxItems`} label={s.kind === 'group' ? t('settings.maxRows') : s.kind === 'attachments' ? t('settings.maxFiles') : t('settings.maxChecked')} value={s.maxItems} resetKey={reset} onNumber={(n) => patch({ maxItems: n }, `${reset}|maxItems`)} />
      )}
      {can('accept') && <AcceptEditor id={id} accept={s.accept ?? []} onAccept={(accept) => patchWithError('accept', { accept })} error={errors.accept ?? null} />}
      {can('confirm') && (
        <div class="field field--check">
          <input type="checkbox" id={`${id}-confirm`} class="checkbox" checked={!!s.confirm} onChange={(e) => patchWithError('confirm', { confirm: e.currentTarget.checked })} />
          <label for={`${id}-confirm`}>{t('settings.confirm')}</label>
        </div>
      )}
      {can('sensitive') && (
        <div class="field field--check">
          <input
            type="checkbox"
            id={`${id}-sensitive`}
            class="checkbox"
            checked={!!s.sensitive}
            aria-describedby={`${id}-sensitive-hint`}
            onChange={(e) => patchWithError('sensitive', { sensitive: e.currentTarget.checked })}
          />
          <label for={`${id}-sensitive`}>{t('settings.sensitive')}</label>
          <p class="hint" id={`${id}-sensitive-hint`}>
            {t('settings.sensitiveHint')}
          </p>
          <ControlError id={`${id}-sensitive`} error={errors.sensitive ?? null} />
        </div>
      )}
      {can('itemLabel') && textSetting('itemLabel', t('settings.itemLabel'))}
      {can('default') && <DefaultEditor a={a} s={s} />}
      {can('key') && s.key !== null && (
        <SettingInput
          id={`${id}-key`}
          label={t('settings.key')}
          hint={t('settings.keyHint')}
          value={s.key}
          resetKey={reset}
          onBlurOnly
          onValue={(v) => (v === s.key ? null : patch({ key: v.trim() }))}
        />
      )}
      {s.kind === 'group' && <GroupAdder a={a} />}
      {s.key !== null && <RuleEditor a={a} />}
    </section>
  );
}

const ACCEPT = [
  { value: 'image/*', key: 'settings.accept.images' },
  { value: 'application/pdf', key: 'settings.accept.pdf' },
] as const;

function AcceptEditor({ id, accept, onAccept, error }: { id: string; accept: string[]; onAccept(a: string[] | null): void; error: string | null }) {
  const { t } = useLang();
  return (
    <fieldset class="fieldset">
      <legend class="legend">{t('settings.accept')}</legend>
      <ControlError id={`${id}-accept`} error={error} />
      {ACCEPT.map((x) => (
        <div class="field field--check" key={x.value}>
          <input
            type="checkbox"
            id={`${id}-accept-${x.value}`}
            class="checkbox"
            checked={accept.includes(x.value)}
            onChange={(e) => {
              const next = e.currentTarget.checked ? [...accept, x.value] : accept.filter((v) => v !== x.value);
              onAccept(next.length > 0 ? next : null);
            }}
          />
          <label for={`${id}-accept-${x.value}`}>{t(x.key)}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Adds a field inside the selected repeating group (its own fields). */
function GroupAdder({ a }: { a: ElementAddress }) {
  const { lang, t } = useLang();
  const b = useBuilder();
  const kinds = PALETTE.filter((k) => !k.content && k.kind !== 'group');
  const [kind, setKind] = useState<ElementKind>('text');
  const [error, setError] = useState<string | null>(null);
  const id = `${elementDomId(a)}-group-kind`;
  const add = () => {
    let added: ElementAddress | null = null;
    const e = b.apply(
      (def) => {
        const group = def.ui.pages[a.page]!.elements[a.index] as { elements?: unknown[] };
        const r = addElement(def, { page: a.page, group: a.index, index: group.elements?.length ?? 0 }, kind);
        added = r.address;
        return { def: r.def, select: r.address, announce: t('builder.addedInGroup', { kind: text(kindInfo(kind).label, lang) }) };
      },
      { structural: true },
    );
    setError(e);
    if (added) focusLater(`${elementDomId(added)}-label`, { select: true });
  };
  return (
    <fieldset class="fieldset">
      <legend class="legend">{t('group.fields')}</legend>
      <p class="hint">{t('group.fieldsHint')}</p>
      <div class="field">
        <label class="label" for={id}>
          {t('group.kind')}
        </label>
        <select id={id} class="input select" value={kind} onChange={(e) => setKind(e.currentTarget.value as ElementKind)}>
          {kinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {text(k.label, lang)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" class="button button--small" onClick={add}>
        {t('group.add')}
      </button>
      <ControlError id={id} error={error} />
    </fieldset>
  );
}
