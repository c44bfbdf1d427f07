// The builder's autosave: debounced, never two saves at once, the last change wins, network
// failures retried with back-off, refusals and ended sessions wait, flush() before leaving.
import { describe, expect, test } from 'vitest';
import type { FormDefinition } from '../../core/definition.ts';
import { DraftSaver, type SaveResult, type SaveState } from '../../web/staff/builder/draft-saver.ts';

/** Manual timers: run() fires what is due. */
function clock() {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let id = 0;
  return {
    setTimer: (fn: () => void, ms: number) => {
      timers.set(++id, { at: now + ms, fn });
      return id;
    },
    clearTimer: (h: unknown) => void timers.delete(h as number),
    async advance(ms: number) {
      now += ms;
      for (const [k, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now) {
          timers.delete(k);
          t.fn();
        }
      }
      await new Promise((r) => setTimeout(r, 0));
    },
    pending: () => timers.size,
  };
}

const def = (n: number) => ({ id: 'f', n }) as unknown as FormDefinition;
const ok = (): SaveResult => ({ ok: true, savedAt: '2026-04-01T00:00:00.000Z', problems: [] });

function setup(answer: (d: FormDefinition) => Promise<SaveResult>) {
  const c = clock();
  const states: SaveState['kind'][] = [];
  const saved: unknown[] = [];
  const calls: FormDefinition[] = [];
  const saver = new DraftSaver(
    (d) => {
      calls.push(d);
      return answer(d);
    },
    (s, done) => {
      states.push(s.kind);
      if (done) saved.push(done.def);
    },
    { delayMs: 500, retryMs: [1000, 3000], setTimer: c.setTimer, clearTimer: c.clearTimer },
  );
  return { c, saver, states, saved, calls };
}

describe('DraftSaver', () => {
  test('typing is saved once, after a quiet time, with the last value', async () => {
    const { c, saver, calls, states } = setup(async () => ok());
    saver.change(def(1));
    await c.advance(200);
    saver.change(def(2));
    await c.advance(200);
    saver.change(def(3));
    expect(calls).toEqual([]);
    await c.advance(500);
    expect(calls).toEqual([def(3)]);
    expect(states.at(-1)).toBe('saved');
    expect(saver.dirty).toBe(false);
  });

  test('structural changes are saved at once', async () => {
    const { c, saver, calls } = setup(async () => ok());
    saver.change(def(1), true);
    await c.advance(0);
    expect(calls).toHaveLength(1);
  });

  test('a change during a save waits for it and goes in the next one', async () => {
    let release!: () => void;
    const { c, saver, calls, saved } = setup((d) => (d === calls[0] ? new Promise((r) => (release = () => r(ok()))) : Promise.resolve(ok())));
    saver.change(def(1), true);
    await c.advance(0);
    saver.change(def(2), true);
    await c.advance(0);
    expect(calls).toEqual([def(1)]); // never two at once
    release();
    await c.advance(0);
    expect(saver.dirty).toBe(true);
    await c.advance(500);
    expect(calls).toEqual([def(1), def(2)]);
    expect(saved).toEqual([def(1), def(2)]);
    expect(saver.dirty).toBe(false);
  });

  test('a network failure is retried with back-off and keeps the change', async () => {
    let fail = 2;
    const { c, saver, calls, states } = setup(async () => (fail-- > 0 ? { ok: false, status: 0 } : ok()));
    saver.change(def(1), true);
    await c.advance(0);
    expect(states.at(-1)).toBe('failed');
    expect(saver.dirty).toBe(true);
    await c.advance(999);
    expect(calls).toHaveLength(1);
    await c.advance(1);
    expect(calls).toHaveLength(2);
    await c.advance(3000);
    expect(calls).toHaveLength(3);
    expect(states.at(-1)).toBe('saved');
  });

  test('a refusal or an ended session is not retried by itself; the next change or retry() is', async () => {
    const { c, saver, calls, states } = setup(async () => ({ ok: false, status: 401 }));
    saver.change(def(1), true);
    await c.advance(0);
    expect(states.at(-1)).toBe('failed');
    expect(c.pending()).toBe(0);
    saver.retry();
    await c.advance(0);
    expect(calls).toHaveLength(2);
  });

  test('flush() saves what is pending now and resolves when it is saved', async () => {
    const { saver, calls } = setup(async () => ok());
    saver.change(def(1));
    await saver.flush();
    expect(calls).toEqual([def(1)]);
    expect(saver.dirty).toBe(false);
    await saver.flush(); // nothing pending: nothing sent
    expect(calls).toHaveLength(1);
  });
});
