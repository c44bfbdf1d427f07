// Loads something for a page, with the HTTP status kept for the error message, and a
// reload() for retry buttons and after changes.
import { useEffect, useState } from 'preact/hooks';
import type { Response } from './api.ts';

export interface Loaded<T> {
  data: T | null;
  /** HTTP status of a failed load, 0 for a network failure, null while fine or loading. */
  failed: number | null;
  reload(): void;
}

export function useLoad<T>(load: () => Promise<Response<T>>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState<number | null>(null);
  const [rev, setRev] = useState(0);
  useEffect(() => {
    let live = true;
    setFailed(null);
    load().then(
      (res) => {
        if (!live) return;
        if (res.status === 200) setData(res.body);
        else setFailed(res.status);
      },
      () => live && setFailed(0),
    );
    return () => {
      live = false;
    };
  }, [...deps, rev]);
  return { data, failed, reload: () => setRev((n) => n + 1) };
}
