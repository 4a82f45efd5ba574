// A commitment's status is never stored: it is derived from its dated history
// with one published rule, so every status on screen can be traced to an entry.
import type { CommitmentStatus } from '@/lib/generated/prisma/enums';
import type { StatusKey } from '@/lib/commitments/status';

export interface StatusInput {
  id: string;
  status: CommitmentStatus | null;
  asOf: Date | null;
  recordedAt: Date;
  correctsId: string | null;
}

// Shown on the methodology page; keep it in step with deriveStatus below.
export const STATUS_RULE_STEPS = [
  'An entry that has been corrected by a later entry is set aside; the correction counts instead.',
  'If no entries are left, the commitment shows "No update published".',
  'If there are entries but none of them, on its own words, establishes a status, the commitment shows "Unclear".',
  'Otherwise the commitment takes the status of the most recent entry that carries one, by the date the entry refers to. Entries without a date count as older than any dated entry; entries with the same date are ordered by when we recorded them.',
  'If that status is "In progress" or "Not started" and the commitment\'s deadline has passed, it shows "Late".',
] as const;

export function describeStatusRule(): readonly string[] {
  return STATUS_RULE_STEPS;
}

function startOfUtcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

// Sorts later entries first: dated before undated, then by date, then by when
// recorded, then by id so the answer never depends on input order.
function newestFirst(a: StatusInput, b: StatusInput): number {
  if (a.asOf && b.asOf && a.asOf.getTime() !== b.asOf.getTime()) return b.asOf.getTime() - a.asOf.getTime();
  if (a.asOf && !b.asOf) return -1;
  if (!a.asOf && b.asOf) return 1;
  if (a.recordedAt.getTime() !== b.recordedAt.getTime()) return b.recordedAt.getTime() - a.recordedAt.getTime();
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function deriveStatus(updates: StatusInput[], dueOn: Date | null, today: Date): StatusKey {
  const corrected = new Set(updates.map((u) => u.correctsId).filter((id): id is string => id !== null));
  const standing = updates.filter((u) => !corrected.has(u.id));
  if (standing.length === 0) return 'NO_UPDATE';

  const latest = standing.filter((u) => u.status !== null).sort(newestFirst)[0];
  if (!latest?.status) return 'UNCLEAR';

  const unfinished = latest.status === 'IN_PROGRESS' || latest.status === 'NOT_STARTED';
  if (unfinished && dueOn && startOfUtcDay(dueOn) < startOfUtcDay(today)) return 'LATE';
  return latest.status;
}
