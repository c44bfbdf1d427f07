// Answers kept on the device (web/citizen/lib/persist*.ts) with a stand-in localStorage:
// kept per form after a pause in typing, never on the counter tablet or the preview,
// sensitive answers left out, full or disabled storage harmless, cleared when filed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_DELAY_MS, clearSaved, deviceSaveAllowed, readSaved, saveSoon, storageKey } from '../../web/citizen/lib/persist.ts';
import { withoutSensitive, writeSaved } from '../../web/citizen/lib/persist-write.ts';
import { Store } from '../../web/citizen/store.ts';
import { libraryForm } from '../helpers/fixtures.ts';

class MemoryStorage {
  items = new Map<string, string>();
  full = false;
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const def = libraryForm('childcare/jidou-teate-nintei.json');
let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('location', { pathname: '/forms/jidou-teate-nintei/p/1' });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('answers on the device', () => {
  it('is off on the counter tablet and in the builder preview', () => {
    expect(deviceSaveAllowed('/forms/x/p/1')).toBe(true);
    expect(deviceSaveAllowed('/proxy/forms/x/p/1')).toBe(false);
    expect(deviceSaveAllowed('/preview/x/p/1')).toBe(false);
  });

  it('writes after a pause in typing, the latest answers only, per form', () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    saveSoon('a', () => writes.push('first'));
    vi.advanceTimersByTime(SAVE_DELAY_MS - 50);
    saveSoon('a', () => writes.push('second'));
    saveSoon('b', () => writes.push('other form'));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(writes.sort()).toEqual(['other form', 'second']);
  });

  it('keeps answers but never a sensitive one (マイナンバー)', () => {
    const answers = { claimantName: '窓口 花子', claimantMyNumber: '123456789018', children: [{ name: '窓口 一郎' }] };
    const kept = withoutSensitive(def, answers);
    expect(kept.claimantName).toBe('窓口 花子');
    expect(kept).not.toHaveProperty('claimantMyNumber');
    expect(answers.claimantMyNumber).toBe('123456789018'); // the session's own copy is untouched
    expect(writeSaved(def.id, def, { version: 3, answers })).toBe(true);
    const raw = storage.getItem(storageKey(def.id))!;
    expect(raw).not.toContain('123456789018');
    expect(readSaved(def.id)).toMatchObject({ v: 1, version: 3, answers: { claimantName: '窓口 花子' } });
    expect(readSaved('another-form')).toBeUndefined();
  });

  it('full, disabled or garbled storage never throws', () => {
    storage.full = true;
    expect(writeSaved(def.id, def, { version: 1, answers: { claimantName: 'x' } })).toBe(false);
    storage.full = false;
    storage.setItem(storageKey(def.id), '{not json');
    expect(readSaved(def.id)).toBeUndefined();
    storage.setItem(storageKey(def.id), JSON.stringify({ v: 1, answers: ['no'] }));
    expect(readSaved(def.id)).toBeUndefined();
    vi.stubGlobal('localStorage', {
      getItem() {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem() {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(readSaved(def.id)).toBeUndefined();
    expect(() => clearSaved(def.id)).not.toThrow();
    expect(writeSaved(def.id, def, { version: 1, answers: { claimantName: 'x' } })).toBe(false);
  });

  it('filing clears the device copy and deletes the resume link; starting over clears too', () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal('fetch', fetch);
    const store = new Store();
    writeSaved(def.id, def, { version: 1, answers: { claimantName: '窓口 花子' }, resumeToken: 'tok' });
    store.restore(def.id, { claimantName: '窓口 花子' }, 'tok');
    expect(store.get(def.id).answers).toEqual({ claimantName: '窓口 花子' });
    store.filed(def.id, { receiptNumber: '2026-0000-01', statusUrl: 'https://x/s/y' });
    expect(storage.getItem(storageKey(def.id))).toBeNull();
    expect(store.get(def.id).answers).toEqual({});
    expect(fetch).toHaveBeenCalledWith('/api/drafts/tok', expect.objectContaining({ method: 'DELETE' }));

    writeSaved(def.id, def, { version: 1, answers: { claimantName: 'また' } });
    store.restore(def.id, { claimantName: 'また' });
    store.startOver(def.id);
    expect(storage.getItem(storageKey(def.id))).toBeNull();
    expect(store.get(def.id).answers).toEqual({});
    expect(fetch).toHaveBeenCalledTimes(1); // no link to delete this time
  });

  it('a new session starts from the device copy, on any page, but never on the counter tablet or in the preview', () => {
    writeSaved(def.id, def, { version: 1, answers: { claimantName: '窓口 花子', removedQuestion: 'x' }, resumeToken: 'tok' });
    const store = new Store();
    expect(store.get(def.id)).toMatchObject({ answers: { claimantName: '窓口 花子' }, resumeToken: 'tok', restored: true });
    // The first wizard page says so once, without answers to questions the form no longer has.
    expect(store.takeRestored(def.id, (f) => f !== 'removedQuestion')).toBe(true);
    expect(store.get(def.id).answers).toEqual({ claimantName: '窓口 花子' });
    expect(store.takeRestored(def.id, () => true)).toBe(false);

    for (const pathname of ['/proxy/forms/jidou-teate-nintei/p/1', '/preview/jidou-teate-nintei/p/1']) {
      vi.stubGlobal('location', { pathname });
      expect(new Store().get(def.id).answers).toEqual({});
    }
  });

  it('a pending write cancelled by filing never lands', () => {
    vi.useFakeTimers();
    let wrote = false;
    saveSoon(def.id, () => (wrote = true));
    clearSaved(def.id);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(wrote).toBe(false);
  });
});
