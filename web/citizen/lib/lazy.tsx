// Code splitting without preact/compat: pages the citizen needs only after filling in the
// form (check page, 記入例, status page) load on first use, keeping the bytes needed to
// open a form small.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LoadError, Loading } from '../components/Layout.tsx';

export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        pending = undefined; // allow a retry
        throw e;
      },
    ));
  return function Lazy(props: P) {
    const [failed, setFailed] = useState(false);
    const [, setReady] = useState(false);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      start().then(
        () => live && setReady(true),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [attempt]);
    if (loaded) {
      const C = loaded;
      return <C {...props} />;
    }
    if (failed) {
      return (
        <LoadError
          retry={() => {
            setFailed(false);
            setAttempt((n) => n + 1);
          }}
        />
      );
    }
    return <Loading />;
  };
}
