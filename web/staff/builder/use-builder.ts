// The builder's state: the definition being edited (an immutable value changed only through
// core/builder operations), the selection, the page shown, the language being edited, undo,
// and the autosave. Components get it through BuilderContext and call apply() with an
// operation; a refused operation (BuilderError) leaves everything as it was and returns the
// reason to show next to the control.
import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { builderMessage, isBuilderError, type ElementAddress } from '../../../core/builder/index.ts';
import { isFieldElement } from '../../../core/definition.ts';
import { text } from '../../../core/i18n.ts';
import type { FormDefinition, Lang } from '../../../core/definition.ts';
import { useLang } from '../i18n/index.ts';
import { api, type Problem } from '../lib/api.ts';
import { clearBackup, writeBackup } from './backup.ts';
import { DraftSaver, type SaveState } from './draft-saver.ts';
import { History } from './history.ts';

export interface Change {
  def: FormDefinition;
  /** New selection (null: none); absent keeps it (moved along by the caller when needed). */
  select?: ElementAddress | null;
  page?: number;
  /** A message for screen readers (what happened, where). */
  announce?: string;
}

export interface ApplyOptions {
  /** Adds, moves, deletes: saved at once so the preview follows without the typing delay. */
  structural?: boolean;
  /** Typing into one input: consecutive changes with the same key are one undo step. */
  coalesce?: string;
}

export interface Builder {
  id: string;
  def: FormDefinition;
  selected: ElementAddress | null;
  page: number;
  editLang: Lang;
  saveState: SaveState;
  problems: Problem[];
  announcement: string;
  canUndo: boolean;
  /** Runs an operation; returns the refusal message, or null when applied. */
  apply(op: (def: FormDefinition) => FormDefinition | Change, options?: ApplyOptions): string | null;
  select(address: ElementAddress | null): void;
  showPage(page: number): void;
  setEditLang(lang: Lang): void;
  undo(): void;
  announce(message: string): void;
  retrySave(): void;
  /** Saves what is pending now; resolves when the server has it (or saving failed). */
  flush(): Promise<void>;
  /** Called after each successful save (the preview reloads). */
  onSaved(listener: () => void): () => void;
}

export const BuilderContext = createContext<Builder | null>(null);

export function useBuilder(): Builder {
  const b = useContext(BuilderContext);
  if (!b) throw new Error('useBuilder outside the builder');
  return b;
}

/**
 * The text of a refusal in the UI language. Core names fields by key (「choice1」); with the
 * definition at hand they are named by their label, as staff know them.
 */
export function refusal(e: unknown, lang: string, def?: FormDefinition): string {
  if (!isBuilderError(e)) throw e;
  const params = { ...e.params };
  if (def && typeof params.field === 'string') params.field = labelOfKey(def, params.field, lang) ?? params.field;
  const messages = builderMessage(e.code, params);
  return lang === 'en' ? messages.en : messages.ja;
}

function labelOfKey(def: FormDefinition, key: string, lang: string): string | undefined {
  for (const page of def.ui.pages) {
    for (const el of page.elements) {
      if (!isFieldElement(el)) continue;
      if (el.field === key) return text(el.label, lang);
      const inner = el.elements?.find((c) => c.field === key);
      if (inner) return text(inner.label, lang);
    }
  }
  return undefined;
}

export function useBuilderState(id: string, initial: FormDefinition): Builder {
  const { lang } = useLang();
  const [def, setDef] = useState(initial);
  const latest = useRef(initial);
  const [selected, setSelected] = useState<ElementAddress | null>(null);
  const [page, setPage] = useState(0);
  const [editLang, setEditLang] = useState<Lang>('ja');
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [announcement, setAnnouncementText] = useState('');
  // The same message twice in a row must be read out again: alternate an invisible mark.
  const flip = useRef(false);
  const setAnnouncement = (message: string) => {
    flip.current = !flip.current;
    setAnnouncementText(flip.current ? message : `${message}\u200b`);
  };
  const history = useRef(new History());
  const savedListeners = useRef(new Set<() => void>());
  const [, bump] = useState(0);

  const saver = useMemo(
    () =>
      new DraftSaver(
        async (d) => {
          const res = await api.saveDraft(id, d);
          return res.status === 200 ? { ok: true, savedAt: res.body.savedAt, problems: res.body.problems ?? [] } : { ok: false, status: res.status, message: res.body.message };
        },
        (state, saved) => {
          setSaveState(state);
          if (saved) {
            setProblems(saved.problems);
            if (state.kind === 'saved') clearBackup(id);
            for (const l of [...savedListeners.current]) l();
          }
        },
      ),
    [id],
  );
  // Leaving the builder inside the app (a link): what is pending is saved at once.
  useEffect(
    () => () => {
      void saver.flush().finally(() => saver.dispose());
    },
    [saver],
  );
  // The draft's problems before the first save (afterwards each save reports them).
  useEffect(() => {
    api.preview(id).then(
      (r) => {
        if (saver.state.kind !== 'idle') return;
        setProblems(r.status === 400 ? (r.body.errors ?? []) : ((r.body as { problems?: Problem[] }).problems ?? []));
      },
      () => {},
    );
  }, [id]);
  // Closing the tab with changes not yet on the server: ask first (they are in localStorage too).
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      if (!saver.dirty) return;
      saver.retry();
      e.preventDefault();
    };
    addEventListener('beforeunload', onLeave);
    return () => removeEventListener('beforeunload', onLeave);
  }, [saver]);

  const commit = (next: FormDefinition, structural: boolean) => {
    latest.current = next;
    setDef(next);
    writeBackup(id, next);
    saver.change(next, structural);
  };

  return {
    id,
    def,
    selected,
    page: Math.min(page, def.ui.pages.length - 1),
    editLang,
    saveState,
    problems,
    announcement,
    canUndo: history.current.canUndo,
    apply(op, options = {}) {
      const before = latest.current;
      let result: FormDefinition | Change;
      try {
        result = op(before);
      } catch (e) {
        return refusal(e, lang, before);
      }
      const change: Change = 'ui' in result && 'schema' in result ? { def: result as FormDefinition } : (result as Change);
      if (change.def !== before) {
        history.current.record(before, options.coalesce);
        commit(change.def, !!options.structural);
      }
      if (change.select !== undefined) setSelected(change.select);
      if (change.page !== undefined) setPage(change.page);
      if (change.announce) setAnnouncement(change.announce);
      return null;
    },
    select(address) {
      history.current.breakRun();
      setSelected(address);
      if (address) setPage(address.page);
    },
    showPage(p) {
      setPage(p);
      setSelected(null);
    },
    setEditLang(l) {
      history.current.breakRun();
      setEditLang(l);
    },
    undo() {
      const previous = history.current.undo();
      if (!previous) return;
      commit(previous, true);
      setSelected(null);
      bump((n) => n + 1);
    },
    announce: setAnnouncement,
    retrySave: () => saver.retry(),
    flush: () => saver.flush(),
    onSaved(listener) {
      savedListeners.current.add(listener);
      return () => savedListeners.current.delete(listener);
    },
  };
}
