import { describe, expect, it } from 'vitest';
import { capacityProblems, chooseSlot, freesPlace, limitsPlaces, NO_SLOT, placesOf, remainingPlaces } from '../../core/capacity.ts';
import type { Settings } from '../../core/definition.ts';
import { lintDefinition } from '../../core/lint.ts';
import { STATUS_LABELS } from '../../core/status.ts';
import { applicantMayWithdraw, isFinal, staffMayMove, staffTransitions } from '../../core/workflow.ts';
import { LANGS } from '../../core/definition.ts';
import { form } from './fixtures.ts';

const slotted: Settings = {
  department: '生涯学習課',
  slots: [
    { id: 'd1', label: { ja: '6月1日 10時' }, capacity: 2 },
    { id: 'd2', label: { ja: '6月2日 10時' }, capacity: 1 },
  ],
  waitingList: true,
};

describe('capacity rules', () => {
  it('knows which forms take places and how many a slot has', () => {
    expect(limitsPlaces({ department: 'x' })).toBe(false);
    expect(limitsPlaces({ department: 'x', capacity: 3 })).toBe(true);
    expect(limitsPlaces(slotted)).toBe(true);
    expect(placesOf({ department: 'x', capacity: 3 }, NO_SLOT)).toBe(3);
    expect(placesOf(slotted, 'd2')).toBe(1);
    expect(placesOf(slotted, 'nope')).toBeUndefined();
    expect(placesOf(slotted, NO_SLOT)).toBeUndefined();
    expect(remainingPlaces(2, 5)).toBe(0);
    expect(remainingPlaces(5, 2)).toBe(3);
  });

  it('requires a known slot on a form with slots and refuses one on a form without', () => {
    expect(chooseSlot(slotted, 'd1')).toEqual({ ok: true, slot: 'd1' });
    expect(chooseSlot(slotted, undefined)).toEqual({ ok: false, code: 'error.slotRequired' });
    expect(chooseSlot(slotted, '')).toEqual({ ok: false, code: 'error.slotRequired' });
    expect(chooseSlot(slotted, 'd9')).toEqual({ ok: false, code: 'error.slotUnknown' });
    expect(chooseSlot(slotted, 7)).toEqual({ ok: false, code: 'error.slotUnknown' });
    expect(chooseSlot({ department: 'x', capacity: 1 }, undefined)).toEqual({ ok: true, slot: NO_SLOT });
    expect(chooseSlot({ department: 'x' }, 'd1')).toEqual({ ok: false, code: 'error.slotUnknown' });
  });

  it('frees the place on 取下げ and 却下 only', () => {
    expect(['withdrawn', 'rejected'].every(freesPlace)).toBe(true);
    expect(['completed', 'returned', 'in_progress', 'received'].some(freesPlace)).toBe(false);
  });
});

describe('capacity settings are checked', () => {
  it('accepts good settings', () => {
    expect(capacityProblems(slotted)).toEqual([]);
    expect(capacityProblems({ department: 'x', capacity: 100, waitingList: false })).toEqual([]);
  });

  it('reports each bad value at its place', () => {
    const bad = {
      department: 'x',
      capacity: 0,
      waitingList: 'yes',
      slots: [
        { id: 'a', label: { ja: 'A' }, capacity: 1.5 },
        { id: 'a', label: { ja: ' ' }, capacity: 1 },
        { id: 'bad id', label: { ja: 'C' }, capacity: 1 },
      ],
    } as unknown as Settings;
    expect(capacityProblems(bad)).toEqual([
      { path: '/capacity', code: 'capacity' },
      { path: '/waitingList', code: 'waitingList' },
      { path: '/capacity', code: 'capacityWithSlots' },
      { path: '/slots/0/capacity', code: 'slotCapacity', params: { slot: 'a' } },
      { path: '/slots/1/id', code: 'duplicateSlot', params: { slot: 'a' } },
      { path: '/slots/1/label', code: 'slotLabel', params: { slot: 'a' } },
      { path: '/slots/2/id', code: 'slotId', params: { slot: 'bad id' } },
    ]);
    expect(capacityProblems({ department: 'x', slots: 'd1' } as unknown as Settings)).toEqual([{ path: '/slots', code: 'slots' }]);
  });

  it('reaches the linter with messages in the staff member’s language', () => {
    const def = form();
    def.settings = { ...def.settings, slots: [{ id: 'a', label: { ja: 'A' }, capacity: 1 }, { id: 'a', label: { ja: 'B' }, capacity: 0 }] };
    expect(lintDefinition(def, 'ja')).toEqual([
      { path: '/settings/slots/1/id', code: 'duplicateSlot', message: '枠のID「a」が2回使われています。別のIDにしてください。' },
      { path: '/settings/slots/1/capacity', code: 'slotCapacity', message: '枠「a」の定員は1以上の整数にしてください。' },
    ]);
    expect(lintDefinition(def, 'en').map((p) => p.message)).toEqual(['slot id "a" appears twice', 'the capacity of slot "a" must be a whole number of 1 or more']);
  });
});

describe('順番待ち in the workflow', () => {
  it('is left only by 繰り上げ (not staff), 却下 or 取下げ', () => {
    expect(staffTransitions('waitlisted')).toEqual(['rejected']);
    expect(staffMayMove('waitlisted', 'received')).toBe(false);
    expect(applicantMayWithdraw('waitlisted')).toBe(true);
    expect(isFinal('waitlisted')).toBe(false);
  });

  it('has a label in every language', () => {
    for (const lang of LANGS) expect(STATUS_LABELS.waitlisted[lang]).toBeTruthy();
  });
});
