// Which status a submission may move to, and who may move it (docs/staff-api.md,
// "Submissions and the back office"). Enforced by the server; the staff app and the
// status page ask the same functions what to offer.
import type { Status } from './status.ts';

const STAFF_MOVES: Record<Status, readonly Status[]> = {
  received: ['in_progress', 'returned', 'completed', 'rejected'],
  in_progress: ['completed', 'rejected', 'returned'],
  returned: ['in_progress', 'rejected'],
  completed: [],
  rejected: [],
  withdrawn: [],
  // 順番待ち moves to received only when a place frees (繰り上げ, server/submissions/capacity.ts):
  // staff moving it by hand would overbook. Staff may cancel it (却下).
  waitlisted: ['rejected'],
};

const WITHDRAWABLE: readonly Status[] = ['received', 'in_progress', 'returned', 'waitlisted'];

function known(status: string): status is Status {
  return Object.hasOwn(STAFF_MOVES, status);
}

/** Where staff may move a submission now; nothing from a final status (or an unknown one). */
export function staffTransitions(from: string): Status[] {
  return known(from) ? [...STAFF_MOVES[from]] : [];
}

export function staffMayMove(from: string, to: string): boolean {
  return known(from) && (STAFF_MOVES[from] as readonly string[]).includes(to);
}

/** The applicant may take back what is not decided yet. */
export function applicantMayWithdraw(from: string): boolean {
  return (WITHDRAWABLE as readonly string[]).includes(from);
}

/** The applicant corrects and resubmits only what staff returned to them. */
export function applicantMayResubmit(from: string): boolean {
  return from === 'returned';
}

/** Where a resubmission puts the submission: back in the queue as if newly filed. */
export const RESUBMITTED: Status = 'received';

export function isFinal(status: string): boolean {
  return known(status) && STAFF_MOVES[status].length === 0;
}
