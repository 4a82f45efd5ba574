// How a commitment's history is read: which entries still stand, and which
// came last. It follows the published status rule (derive-status.ts) so the
// "latest update" beside a status is the entry that rule would look at first.

interface Entry {
  id: string;
  asOf: Date | null;
  recordedAt: Date;
  correctsId: string | null;
}

/** Entries not corrected by a later entry (a correction replaces what it corrects). */
export function standingEntries<T extends Entry>(entries: readonly T[]): T[] {
  const corrected = new Set(entries.map((entry) => entry.correctsId).filter((id): id is string => id !== null));
  return entries.filter((entry) => !corrected.has(entry.id));
}

/**
 * Newest first: dated entries by the date they refer to, then undated ones
 * (their date is unknown, so they cannot be called recent); ties by when they
 * were recorded, then by id so the order never depends on the database's.
 */
export function byNewestEntry(a: Entry, b: Entry): number {
  if (a.asOf && b.asOf && a.asOf.getTime() !== b.asOf.getTime()) return b.asOf.getTime() - a.asOf.getTime();
  if (a.asOf && !b.asOf) return -1;
  if (!a.asOf && b.asOf) return 1;
  if (a.recordedAt.getTime() !== b.recordedAt.getTime()) return b.recordedAt.getTime() - a.recordedAt.getTime();
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
