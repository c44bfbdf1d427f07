// Autosave of the builder's draft. Every change is kept in memory (and in localStorage by
// the page), and sent with a debounced PUT; while one PUT is in flight, later changes
// wait and go in the next one, so saves never overlap and the last change always wins.
// A network failure is retried with back-off; a refused save (400) or an ended session
// (401) waits for the next change or an explicit retry. Nothing here touches the DOM, so
// tests drive it with fake timers.
import type { FormDefinition } from '../../../core/definition.ts';
import type { Problem } from '../lib/api.ts';

export type SaveResult = { ok: true; savedAt: string; problems: Problem[] } | { ok: false; status: number; message?: string };

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; reason: 'network' | 'refused' | 'session'; message?: string; retryInMs?: number };

export interface SaverOptions {
  /** Quiet time after the last keystroke before saving. */
  delayMs: number;
  /** Waits before retrying a save that failed on the network (the last repeats). */
  retryMs: number[];
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

const defaults: SaverOptions = {
  delayMs: 700,
  retryMs: [2_000, 5_000, 10_000, 30_000],
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class DraftSaver {
  private latest: FormDefinition | null = null;
  private sent: FormDefinition | null = null;
  private timer: unknown = null;
  private saving = false;
  private running: Promise<void> | null = null;
  private failures = 0;
  private readonly options: SaverOptions;
  state: SaveState = { kind: 'idle' };

  constructor(
    private readonly save: (def: FormDefinition) => Promise<SaveResult>,
    private readonly listener: (state: SaveState, saved?: { def: FormDefinition; problems: Problem[] }) => void,
    options: Partial<SaverOptions> = {},
  ) {
    this.options = { ...defaults, ...options };
  }

  /** Whether some change has not reached the server yet. */
  get dirty(): boolean {
    return this.latest !== null;
  }

  /** A new definition to save: after the quiet time, or at once (`now`: structural edits). */
  change(def: FormDefinition, now = false): void {
    this.latest = def;
    this.failures = 0;
    this.set({ kind: 'pending' });
    this.schedule(now ? 0 : this.options.delayMs);
  }

  /** Saves what is pending without waiting (retry button). */
  retry(): void {
    if (this.latest) this.schedule(0);
  }

  /**
   * Saves what is pending now and resolves once the server has it (or saving failed):
   * before leaving the builder for the publish or settings page, which read the draft.
   */
  async flush(): Promise<void> {
    for (let i = 0; i < 3 && this.latest; i++) {
      if (this.timer !== null) this.options.clearTimer(this.timer);
      this.timer = null;
      if (this.running) await this.running;
      if (!this.latest) return;
      const before = this.latest;
      await this.run();
      if (this.latest === before) return; // failed: the state says why
    }
  }

  dispose(): void {
    if (this.timer !== null) this.options.clearTimer(this.timer);
    this.timer = null;
  }

  private set(state: SaveState, saved?: { def: FormDefinition; problems: Problem[] }): void {
    this.state = state;
    this.listener(state, saved);
  }

  private schedule(ms: number): void {
    if (this.timer !== null) this.options.clearTimer(this.timer);
    this.timer = this.options.setTimer(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private run(): Promise<void> {
    if (this.saving || !this.latest) return this.running ?? Promise.resolve(); // the running save reschedules when it ends
    this.running = this.send().finally(() => (this.running = null));
    return this.running;
  }

  private async send(): Promise<void> {
    const def = this.latest!;
    this.sent = def;
    this.saving = true;
    this.set({ kind: 'saving' });
    let result: SaveResult;
    try {
      result = await this.save(def);
    } catch {
      result = { ok: false, status: 0 };
    }
    this.saving = false;
    if (result.ok) {
      this.failures = 0;
      const newer = this.latest !== this.sent;
      if (!newer) this.latest = null;
      this.set(newer ? { kind: 'pending' } : { kind: 'saved', at: result.savedAt }, { def, problems: result.problems });
      if (newer) this.schedule(this.options.delayMs);
      return;
    }
    if (result.status === 401) return this.set({ kind: 'failed', reason: 'session' });
    if (result.status === 400 || result.status === 403 || result.status === 404 || result.status === 413) {
      return this.set({ kind: 'failed', reason: 'refused', message: result.message });
    }
    const wait = this.options.retryMs[Math.min(this.failures, this.options.retryMs.length - 1)] ?? 5_000;
    this.failures++;
    this.set({ kind: 'failed', reason: 'network', retryInMs: wait });
    this.schedule(wait);
  }
}
