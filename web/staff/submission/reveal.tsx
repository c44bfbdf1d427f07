// Sensitive answers on the submission page (docs/adr/0009-sensitive-fields.md): each shows
// ●●●● with a 表示する button until the clerk asks for it; the server records the reveal
// before it answers. Focus moves to the value that replaces the button, and a live region
// says what happened, so keyboard and screen-reader users are not left on a vanished button.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLang } from '../i18n/index.ts';
import { backoffice } from '../lib/backoffice-api.ts';

/** A value no key on the server opens any more. */
export const UNREADABLE = Symbol('unreadable');

export interface RevealState {
  values: ReadonlyMap<string, unknown>;
  /** Asks the server for one pointer's value; the error text, or null when shown. */
  reveal(pointer: string, label: string): Promise<string | null>;
}

export const RevealContext = createContext<RevealState | null>(null);

/** One reveal scope: the current answers (revision undefined) or an earlier revision's. */
export function RevealScope(props: { receiptNumber: string; revision?: number; children: ComponentChildren }) {
  const { t } = useLang();
  const [values, setValues] = useState<ReadonlyMap<string, unknown>>(new Map());
  const [announcement, setAnnouncement] = useState('');
  const state = useMemo<RevealState>(
    () => ({
      values,
      async reveal(pointer, label) {
        try {
          const res = await backoffice.reveal(props.receiptNumber, [pointer], props.revision);
          if (res.status !== 200) return res.body.errors?.[0]?.message ?? res.body.message ?? t('error.failed');
          const next = new Map(values);
          next.set(pointer, res.body.unreadable.includes(pointer) ? UNREADABLE : res.body.values[pointer]);
          setValues(next);
          setAnnouncement(t('answers.revealed', { label }));
          return null;
        } catch {
          return t('error.network');
        }
      },
    }),
    [values, props.receiptNumber, props.revision],
  );
  return (
    <RevealContext.Provider value={state}>
      {props.children}
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </RevealContext.Provider>
  );
}

const domId = (pointer: string) => `reveal${pointer.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;

/** A masked answer: ●●●● and the button, then the value (rendered like any other answer). */
export function MaskedAnswer(props: { pointer: string; label: string; idPrefix: string; render(value: unknown): ComponentChildren }) {
  const { t } = useLang();
  const scope = useContext(RevealContext);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shown = useRef<HTMLSpanElement>(null);
  const justRevealed = useRef(false);
  const id = `${props.idPrefix}-${domId(props.pointer)}`;
  const has = !!scope && scope.values.has(props.pointer);
  useEffect(() => {
    if (has && justRevealed.current) {
      justRevealed.current = false;
      shown.current?.focus();
    }
  }, [has]);

  if (has) {
    const value = scope!.values.get(props.pointer);
    return (
      <span class="revealed" id={`${id}-value`} tabIndex={-1} ref={shown}>
        {value === UNREADABLE ? <span class="muted">{t('answers.unreadable')}</span> : props.render(value)}
      </span>
    );
  }
  const click = async () => {
    if (!scope || busy) return;
    setBusy(true);
    const e = await scope.reveal(props.pointer, props.label);
    setBusy(false);
    setError(e);
    if (!e) justRevealed.current = true;
  };
  return (
    <span class="masked">
      <span aria-hidden="true">●●●●</span>
      <span class="visually-hidden">{t('answers.masked')}</span>{' '}
      {scope && (
        <button type="button" id={`${id}-button`} class="button button--small button--secondary" aria-busy={busy} aria-describedby={error ? `${id}-error` : undefined} onClick={click}>
          {t('answers.reveal')}
          <span class="visually-hidden">{t('answers.revealOf', { label: props.label })}</span>
        </button>
      )}
      {error && (
        <span class="error-message" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
