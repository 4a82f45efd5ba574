import { describe, expect, it } from 'vitest';
import { deriveStatus, describeStatusRule, type StatusInput } from './derive-status';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const today = day('2025-06-15');
const recorded = day('2025-06-01');

function entry(id: string, fields: Partial<StatusInput> = {}): StatusInput {
  return { id, status: null, asOf: null, recordedAt: recorded, correctsId: null, ...fields };
}

describe('deriveStatus', () => {
  it('shows "no update published" when a commitment has no entries at all', () => {
    expect(deriveStatus([], null, today)).toBe('NO_UPDATE');
  });

  it('shows unclear when entries exist but none establishes a status', () => {
    const updates = [entry('a', { asOf: day('2024-01-01') }), entry('b')];
    expect(deriveStatus(updates, null, today)).toBe('UNCLEAR');
  });

  it('takes the status of the most recent dated entry, whatever order they arrive in', () => {
    const updates = [
      entry('new', { status: 'DELIVERED', asOf: day('2025-02-27') }),
      entry('old', { status: 'IN_PROGRESS', asOf: day('2024-09-23') }),
    ];
    expect(deriveStatus(updates, null, today)).toBe('DELIVERED');
    expect(deriveStatus([...updates].reverse(), null, today)).toBe('DELIVERED');
  });

  it('skips later entries that carry no status instead of letting them blank the status', () => {
    const updates = [
      entry('status', { status: 'IN_PROGRESS', asOf: day('2024-01-01') }),
      entry('criticism', { asOf: day('2025-05-01') }),
    ];
    expect(deriveStatus(updates, null, today)).toBe('IN_PROGRESS');
  });

  it('treats an undated entry as older than any dated one', () => {
    const updates = [
      entry('undated', { status: 'DROPPED', recordedAt: day('2025-06-10') }),
      entry('dated', { status: 'IN_PROGRESS', asOf: day('2020-01-01') }),
    ];
    expect(deriveStatus(updates, null, today)).toBe('IN_PROGRESS');
  });

  it('uses an undated entry when it is the only one with a status', () => {
    const updates = [entry('undated', { status: 'DELIVERED' }), entry('dated', { asOf: day('2024-01-01') })];
    expect(deriveStatus(updates, null, today)).toBe('DELIVERED');
  });

  it('breaks a tie on the same date by the entry recorded last', () => {
    const updates = [
      entry('first', { status: 'IN_PROGRESS', asOf: day('2025-01-01'), recordedAt: day('2025-01-02') }),
      entry('second', { status: 'DELIVERED', asOf: day('2025-01-01'), recordedAt: day('2025-01-05') }),
    ];
    expect(deriveStatus(updates, null, today)).toBe('DELIVERED');
    expect(deriveStatus([...updates].reverse(), null, today)).toBe('DELIVERED');
  });

  it('orders undated entries among themselves by when they were recorded', () => {
    const updates = [
      entry('later', { status: 'LATE', recordedAt: day('2025-03-01') }),
      entry('earlier', { status: 'IN_PROGRESS', recordedAt: day('2025-01-01') }),
    ];
    expect(deriveStatus(updates, null, today)).toBe('LATE');
  });

  it('sets aside an entry that a correction points at, even if it is the newest', () => {
    const updates = [
      entry('wrong', { status: 'DELIVERED', asOf: day('2025-05-01') }),
      entry('fix', { status: 'IN_PROGRESS', asOf: day('2025-04-01'), correctsId: 'wrong', recordedAt: day('2025-06-02') }),
      entry('older', { status: 'NOT_STARTED', asOf: day('2024-01-01') }),
    ];
    expect(deriveStatus(updates, null, today)).toBe('IN_PROGRESS');
  });

  it('shows unclear, not "no update", when a correction withdraws a status without giving one', () => {
    // The correction is itself a published entry, so something has been said.
    const updates = [entry('wrong', { status: 'DELIVERED', asOf: day('2025-05-01') }), entry('fix', { correctsId: 'wrong' })];
    expect(deriveStatus(updates, null, today)).toBe('UNCLEAR');
  });

  it('keeps an entry set aside when its correction is itself corrected', () => {
    const updates = [
      entry('a', { status: 'DELIVERED', asOf: day('2025-01-01') }),
      entry('b', { status: 'DROPPED', asOf: day('2025-01-01'), correctsId: 'a' }),
      entry('c', { status: 'IN_PROGRESS', asOf: day('2025-01-01'), correctsId: 'b' }),
    ];
    expect(deriveStatus(updates, null, today)).toBe('IN_PROGRESS');
  });

  describe('deadlines', () => {
    const working = [entry('w', { status: 'IN_PROGRESS', asOf: day('2024-01-01') })];

    it('turns in progress into late once the deadline has passed', () => {
      expect(deriveStatus(working, day('2025-06-14'), today)).toBe('LATE');
    });

    it('turns not started into late once the deadline has passed', () => {
      const notStarted = [entry('n', { status: 'NOT_STARTED', asOf: day('2024-01-01') })];
      expect(deriveStatus(notStarted, day('2023-12-31'), today)).toBe('LATE');
    });

    it('is not late on the deadline day itself, whatever the time of day', () => {
      expect(deriveStatus(working, day('2025-06-15'), new Date('2025-06-15T23:30:00.000Z'))).toBe('IN_PROGRESS');
    });

    it('is not late while the deadline is still ahead or when there is none', () => {
      expect(deriveStatus(working, day('2026-01-01'), today)).toBe('IN_PROGRESS');
      expect(deriveStatus(working, null, today)).toBe('IN_PROGRESS');
    });

    it('never overrides delivered, dropped or unclear with late', () => {
      const due = day('2020-01-01');
      expect(deriveStatus([entry('d', { status: 'DELIVERED', asOf: day('2024-01-01') })], due, today)).toBe('DELIVERED');
      expect(deriveStatus([entry('x', { status: 'DROPPED', asOf: day('2024-01-01') })], due, today)).toBe('DROPPED');
      expect(deriveStatus([entry('u', { asOf: day('2024-01-01') })], due, today)).toBe('UNCLEAR');
      expect(deriveStatus([], due, today)).toBe('NO_UPDATE');
    });
  });
});

describe('describeStatusRule', () => {
  it('states the rule in plain sentences, one per step, for the methodology page', () => {
    const steps = describeStatusRule();
    expect(steps.length).toBe(5);
    expect(steps.join(' ')).toMatch(/No update published/);
    expect(steps.join(' ')).toMatch(/Late/);
  });
});
