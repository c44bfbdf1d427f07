// Whether a form takes submissions right now, and if not, why.
import type { Settings } from './definition.ts';

export type Availability = { open: true } | { open: false; reason: 'notYetOpen' | 'closed' | 'full' };

export function availability(settings: Settings, now: Date, submissionsSoFar?: number): Availability {
  if (settings.opensAt && now < new Date(settings.opensAt)) return { open: false, reason: 'notYetOpen' };
  if (settings.closesAt && now >= new Date(settings.closesAt)) return { open: false, reason: 'closed' };
  if (settings.capacity !== undefined && submissionsSoFar !== undefined && submissionsSoFar >= settings.capacity) {
    return { open: false, reason: 'full' };
  }
  return { open: true };
}
