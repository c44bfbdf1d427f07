import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../core/status.ts';
import { applicantMayResubmit, applicantMayWithdraw, isFinal, RESUBMITTED, staffMayMove, staffTransitions } from '../../core/workflow.ts';

// The table of docs/staff-api.md, written out once more so a change to either shows.
const TABLE: Record<string, string[]> = {
  received: ['in_progress', 'returned', 'completed', 'rejected'],
  in_progress: ['completed', 'rejected', 'returned'],
  returned: ['in_progress', 'rejected'],
  completed: [],
  rejected: [],
  withdrawn: [],
  waitlisted: ['rejected'],
};

describe('staff transitions', () => {
  it('follow the documented table for every pair of statuses', () => {
    for (const from of STATUSES) {
      expect(staffTransitions(from).sort(), from).toEqual([...TABLE[from]!].sort());
      for (const to of STATUSES) expect(staffMayMove(from, to), `${from} → ${to}`).toBe(TABLE[from]!.includes(to));
    }
  });

  it('never let staff withdraw for the applicant, nor stay in place', () => {
    for (const from of STATUSES) {
      expect(staffMayMove(from, 'withdrawn')).toBe(false);
      expect(staffMayMove(from, from)).toBe(false);
    }
  });

  it('know nothing about unknown statuses (or inherited object keys)', () => {
    for (const odd of ['', 'toString', '__proto__', 'constructor', 'RECEIVED']) {
      expect(staffTransitions(odd)).toEqual([]);
      expect(staffMayMove(odd, 'completed')).toBe(false);
      expect(staffMayMove('received', odd)).toBe(false);
      expect(applicantMayWithdraw(odd)).toBe(false);
      expect(isFinal(odd)).toBe(false);
    }
  });

  it('hand out copies, so a caller cannot change the table', () => {
    staffTransitions('received').push('withdrawn');
    expect(staffMayMove('received', 'withdrawn')).toBe(false);
  });
});

describe('the applicant', () => {
  it('may withdraw only what is not decided yet', () => {
    expect(STATUSES.filter(applicantMayWithdraw).sort()).toEqual(['in_progress', 'received', 'returned', 'waitlisted']);
  });
  it('may resubmit only a returned submission, which goes back to received', () => {
    expect(STATUSES.filter(applicantMayResubmit)).toEqual(['returned']);
    expect(RESUBMITTED).toBe('received');
  });
  it('cannot move a final submission, and nor can staff', () => {
    expect(STATUSES.filter(isFinal).sort()).toEqual(['completed', 'rejected', 'withdrawn']);
  });
});
