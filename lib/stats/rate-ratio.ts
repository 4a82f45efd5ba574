import { Z_95 } from '@/lib/stats/normal-quantile';

export interface RateRatio {
  ratio: number;
  /** Null when the Katz interval is not defined (see rateRatio). */
  lower: number | null;
  upper: number | null;
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}

/**
 * Ratio of group A's rate (eventsA / populationA) to group B's, with a 95%
 * confidence interval by the log method of Katz et al. (1978):
 * exp(ln(ratio) ± z * SE), SE = sqrt(1/a - 1/Na + 1/b - 1/Nb).
 *
 * Returns null when the ratio itself is undefined: a population of zero (or
 * less), or no events in the reference group B. Returns the ratio with null
 * bounds when it exists but the interval does not:
 * - no events in group A (ratio 0; ln(0) is undefined, and we add no
 *   continuity correction that would invent events);
 * - events exceeding the population in either group. Searches are counted,
 *   not people, so this can happen (e.g. a small borough population with many
 *   searches of visitors); Katz's formula treats each rate as a proportion and
 *   its variance can then turn negative, so no interval is claimed.
 */
export function rateRatio(eventsA: number, populationA: number, eventsB: number, populationB: number): RateRatio | null {
  if (![eventsA, populationA, eventsB, populationB].every(isCount)) return null;
  if (populationA === 0 || populationB === 0 || eventsB === 0) return null;
  const ratio = eventsA / populationA / (eventsB / populationB);
  if (eventsA === 0 || eventsA > populationA || eventsB > populationB) return { ratio, lower: null, upper: null };
  const variance = 1 / eventsA - 1 / populationA + 1 / eventsB - 1 / populationB;
  const se = Math.sqrt(variance);
  return { ratio, lower: Math.exp(Math.log(ratio) - Z_95 * se), upper: Math.exp(Math.log(ratio) + Z_95 * se) };
}
