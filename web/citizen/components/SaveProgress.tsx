// Saving progress on the wizard page: the note after answers came back from this device
// (with a way to start over) and the 「一時保存」 control. The note and the panel live in
// the SavePanel chunk, fetched only when needed (answers came back, or the button was
// pressed): opening a form downloads none of it. Answers are kept on the device anyway
// (lib/persist-hook.ts).
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLang } from '../i18n/index.ts';
import type { FormRuntime } from '../runtime.ts';

type Chunk = typeof import('./SavePanel.tsx');
let chunk: Chunk | undefined;
let loading: Promise<Chunk> | undefined;

function quiet<P extends object>(pick: (c: Chunk) => ComponentType<P>): ComponentType<P> {
  return function Quiet(props: P) {
    const [, ready] = useState(0);
    useEffect(() => {
      if (chunk) return;
      (loading ??= import('./SavePanel.tsx')).then(
        (c) => ((chunk = c), ready(1)),
        () => (loading = undefined),
      );
    }, []);
    const C = chunk && pick(chunk);
    return C ? <C {...props} /> : null;
  };
}

export const RestoredNote = quiet((c) => c.RestoredNote);

export function SaveControl({ rt, index }: { rt: FormRuntime; index: number }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  const [closed, setClosed] = useState(false);
  const [, ready] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  // Back on the button that opened the panel, not lost at the top of the page.
  useEffect(() => {
    if (closed) button.current?.focus();
  }, [closed]);
  if (open && chunk) {
    const Panel = chunk.SavePanel;
    return <Panel rt={rt} index={index} onClose={() => (setOpen(false), setClosed(true))} />;
  }
  const press = () => {
    setClosed(false);
    if (chunk) return setOpen(true);
    (loading ??= import('./SavePanel.tsx')).then(
      (c) => ((chunk = c), setOpen(true), ready(1)),
      () => (loading = undefined), // offline: the button stays, pressing again retries
    );
  };
  return (
    <p class="save-progress">
      <button ref={button} type="button" class="button button--secondary button--small" onClick={press}>
        {t('save.open')}
      </button>
    </p>
  );
}
