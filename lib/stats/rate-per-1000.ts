/**
 * Searches per 1,000 residents. The numerator counts searches, not people
 * (one person searched twice counts twice), so a rate above 1,000 is possible
 * and is returned as it is. Returns null when there is no population to divide
 * by, so callers never receive NaN or Infinity.
 */
export function ratePer1000(events: number, population: number): number | null {
  if (!Number.isFinite(events) || !Number.isFinite(population)) return null;
  if (events < 0 || population <= 0) return null;
  return (events / population) * 1000;
}
