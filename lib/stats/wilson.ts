import { Z_95 } from '@/lib/stats/normal-quantile';

export interface Proportion {
  rate: number;
  lower: number;
  upper: number;
}

/**
 * A proportion (e.g. searches ending in arrest / all searches) with its 95%
 * Wilson score interval (Wilson 1927; "method 3" in Newcombe 1998). Chosen
 * over the simple ± 1.96·SE interval because it stays inside [0, 1] and
 * behaves well for small counts and for rates near 0 or 1, which outcome rates
 * for small groups often are. Null when there are no trials or the counts are
 * not valid (successes must be a whole number between 0 and trials).
 */
export function wilson(successes: number, trials: number): Proportion | null {
  if (!Number.isInteger(successes) || !Number.isInteger(trials)) return null;
  if (trials <= 0 || successes < 0 || successes > trials) return null;
  const p = successes / trials;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const halfWidth = (Z_95 * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // At 0 of n the lower bound is exactly 0 and at n of n the upper bound
  // exactly 1 (centre and half-width are then equal in exact arithmetic);
  // floating point leaves dust such as 5.6e-17 that must not be published as
  // a bound above zero. Elsewhere clamp any dust to [0, 1].
  const lower = successes === 0 ? 0 : Math.max(0, centre - halfWidth);
  const upper = successes === trials ? 1 : Math.min(1, centre + halfWidth);
  return { rate: p, lower, upper };
}
