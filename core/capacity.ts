// Places (定員), time slots and the waiting list: the rules both the server and the
// citizen app follow. The counting itself is one conditional UPDATE in the database
// (server/submissions/capacity.ts, docs/adr/0014-capacity.md).
import type { Settings, Slot } from './definition.ts';
import type { Status } from './status.ts';

/** The capacity_places row of a form without slots. */
export const NO_SLOT = '';

const SLOT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export function hasSlots(settings: Settings): boolean {
  return Array.isArray(settings.slots) && settings.slots.length > 0;
}

/** Whether filings of this form take places at all. */
export function limitsPlaces(settings: Settings): boolean {
  return hasSlots(settings) || settings.capacity !== undefined;
}

export function findSlot(settings: Settings, id: string): Slot | undefined {
  return hasSlots(settings) ? settings.slots!.find((s) => s.id === id) : undefined;
}

/** Places of a slot (NO_SLOT: the form's own); undefined when it has no limit or no such slot. */
export function placesOf(settings: Settings, slot: string): number | undefined {
  if (hasSlots(settings)) return findSlot(settings, slot)?.capacity;
  return slot === NO_SLOT ? settings.capacity : undefined;
}

export type SlotChoice = { ok: true; slot: string } | { ok: false; code: 'error.slotRequired' | 'error.slotUnknown' };

/** Reads the slot a filing asks for: required on a form with slots, refused on one without. */
export function chooseSlot(settings: Settings, raw: unknown): SlotChoice {
  if (!hasSlots(settings)) {
    return raw === undefined || raw === null || raw === NO_SLOT ? { ok: true, slot: NO_SLOT } : { ok: false, code: 'error.slotUnknown' };
  }
  if (raw === undefined || raw === null || raw === '') return { ok: false, code: 'error.slotRequired' };
  if (typeof raw !== 'string' || !findSlot(settings, raw)) return { ok: false, code: 'error.slotUnknown' };
  return { ok: true, slot: raw };
}

export function remainingPlaces(capacity: number, taken: number): number {
  return Math.max(0, capacity - taken);
}

/**
 * Statuses that give the place back: 取下げ by the applicant, 却下 by staff (also how a
 * booking is cancelled). 完了 keeps it (the applicant came); 差戻し keeps it (they will
 * correct and stay booked).
 */
export function freesPlace(to: Status | string): boolean {
  return to === 'withdrawn' || to === 'rejected';
}

/** Where a problem with the capacity settings is (relative to /settings) and what it is. */
export interface CapacityProblem {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

const positiveInteger = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;
const hasJapanese = (v: unknown): boolean => !!v && typeof v === 'object' && typeof (v as { ja?: unknown }).ja === 'string' && (v as { ja: string }).ja.trim() !== '';

/** Problems with capacity, slots and waitingList, for the linter. */
export function capacityProblems(settings: Settings): CapacityProblem[] {
  const problems: CapacityProblem[] = [];
  if (settings.capacity !== undefined && !positiveInteger(settings.capacity)) problems.push({ path: '/capacity', code: 'capacity' });
  if (settings.waitingList !== undefined && typeof settings.waitingList !== 'boolean') problems.push({ path: '/waitingList', code: 'waitingList' });
  const slots = settings.slots as unknown;
  if (slots === undefined) return problems;
  if (!Array.isArray(slots)) return [...problems, { path: '/slots', code: 'slots' }];
  if (slots.length > 0 && settings.capacity !== undefined) problems.push({ path: '/capacity', code: 'capacityWithSlots' });
  const seen = new Set<string>();
  slots.forEach((raw: unknown, i) => {
    const slot = (raw && typeof raw === 'object' ? raw : {}) as Partial<Slot>;
    const at = `/slots/${i}`;
    const id = typeof slot.id === 'string' ? slot.id : '';
    if (!SLOT_ID.test(id)) problems.push({ path: `${at}/id`, code: 'slotId', params: { slot: id } });
    else if (seen.has(id)) problems.push({ path: `${at}/id`, code: 'duplicateSlot', params: { slot: id } });
    seen.add(id);
    if (!hasJapanese(slot.label)) problems.push({ path: `${at}/label`, code: 'slotLabel', params: { slot: id } });
    if (!positiveInteger(slot.capacity)) problems.push({ path: `${at}/capacity`, code: 'slotCapacity', params: { slot: id } });
  });
  return problems;
}
