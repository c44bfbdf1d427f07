// Saving progress on the wizard page: the note after answers came back from this device
// (with a way to start over) and the 「一時保存」 control. Both live in the SavePanel chunk,
// fetched right after the page shows; until then (or offline) they are simply not there,
// and answers are still kept on the device (lib/persist-hook.ts, in the main bundle).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

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
export const SaveControl = quiet((c) => c.SaveControl);
