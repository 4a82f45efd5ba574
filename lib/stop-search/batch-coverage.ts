// What the loaded police files cover, worked out from the list of them
// (lib/queries/loaded-batches.ts reads it once per request).
import type { ImportBatchRef } from '@/lib/stop-search/summary-types';

export interface ForceCoverage {
  force: string;
  first: string;
  last: string;
}

/** Every month at least one force has a file for, in order. */
export function monthsOf(all: readonly ImportBatchRef[]): string[] {
  return [...new Set(all.map((b) => b.month))].sort();
}

/** The first and last month each of these forces has a file for, by force name. */
export function coverageOf(all: readonly ImportBatchRef[], forces: readonly string[]): ForceCoverage[] {
  const out = new Map<string, ForceCoverage>();
  for (const b of all) {
    if (!forces.includes(b.force)) continue;
    const c = out.get(b.force);
    if (!c) out.set(b.force, { force: b.force, first: b.month, last: b.month });
    else {
      if (b.month < c.first) c.first = b.month;
      if (b.month > c.last) c.last = b.month;
    }
  }
  return [...out.values()]; // in the order read: by force
}

/** The files of these forces for the months from..to (YYYY-MM, inclusive). */
export function batchesWithin(all: readonly ImportBatchRef[], forces: readonly string[], from: string, to: string): ImportBatchRef[] {
  return all.filter((b) => forces.includes(b.force) && b.month >= from && b.month <= to);
}
