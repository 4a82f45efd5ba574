/**
 * Counts below this are flagged as unreliable wherever a figure rests on them:
 * the number of searches behind a rate or a ratio's groups, and the number of
 * searches (trials) behind an outcome rate. We follow the Office for National
 * Statistics, which flags rates built on fewer than 20 events as unreliable in
 * its health statistics: below 20 the relative standard error of a count is
 * above about 22% (1/sqrt(20)), too imprecise to compare groups or months.
 * Flagged figures are still shown, with the flag; they are never hidden.
 */
export const SMALL_COUNT_THRESHOLD = 20;

/** True when a figure rests on too few events to be reliable (or on no valid count). */
export function isSmallCount(count: number): boolean {
  return !(Number.isFinite(count) && count >= SMALL_COUNT_THRESHOLD);
}
