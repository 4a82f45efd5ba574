import { describe, expect, it } from 'vitest';
import { ratePer1000 } from '@/lib/stats/rate-per-1000';
import { rateRatio } from '@/lib/stats/rate-ratio';
import { isSmallCount, SMALL_COUNT_THRESHOLD } from '@/lib/stats/small-count';
import { wilson } from '@/lib/stats/wilson';

describe('rateRatio (Katz log interval)', () => {
  it('matches the worked example in the SciPy documentation', () => {
    // scipy.stats.contingency.relative_risk(10, 75, 12, 225) documents
    // relative_risk 2.5 and ConfidenceInterval(low=1.1261564003469628,
    // high=5.549850800541033); SciPy states it uses the Katz method.
    const result = rateRatio(10, 75, 12, 225)!;
    expect(result.ratio).toBeCloseTo(2.5, 12);
    expect(result.lower).toBeCloseTo(1.1261564003469628, 10);
    expect(result.upper).toBeCloseTo(5.549850800541033, 10);
  });

  it('matches a hand computation at the scale of London figures', () => {
    // a = 1,000 searches of 100,000 people, b = 500 of 200,000.
    // ratio = 0.01 / 0.0025 = 4
    // SE = sqrt(1/1000 - 1/100000 + 1/500 - 1/200000) = sqrt(0.002985) = 0.0546351...
    // 1.959964 * 0.0546351 = 0.1070829; 4 * e^-0.1070829 = 3.59383; 4 * e^0.1070829 = 4.45211
    const result = rateRatio(1000, 100_000, 500, 200_000)!;
    expect(result.ratio).toBe(4);
    expect(result.lower).toBeCloseTo(3.59383, 4);
    expect(result.upper).toBeCloseTo(4.45211, 4);
  });

  it('gives a ratio of 1 with a symmetric (on the log scale) interval for equal rates', () => {
    const result = rateRatio(50, 1000, 50, 1000)!;
    expect(result.ratio).toBe(1);
    expect(result.lower! * result.upper!).toBeCloseTo(1, 12);
  });

  it('returns null, never NaN or Infinity, when the ratio is undefined', () => {
    expect(rateRatio(10, 0, 5, 100)).toBeNull();
    expect(rateRatio(10, 100, 5, 0)).toBeNull();
    expect(rateRatio(10, 100, 0, 100)).toBeNull();
    expect(rateRatio(-1, 100, 5, 100)).toBeNull();
    expect(rateRatio(1.5, 100, 5, 100)).toBeNull();
    expect(rateRatio(Number.NaN, 100, 5, 100)).toBeNull();
  });

  it('gives a ratio of 0 without an interval when group A has no events', () => {
    expect(rateRatio(0, 100, 5, 100)).toEqual({ ratio: 0, lower: null, upper: null });
  });

  it('claims no interval when events exceed the population', () => {
    // 1/1000 - 1/334 + 1/10 - 1/1000 would still be positive here, but the
    // proportion model behind the formula does not hold, so no interval.
    expect(rateRatio(1000, 334, 10, 1000)).toEqual({ ratio: (1000 / 334) / (10 / 1000), lower: null, upper: null });
  });
});

describe('wilson', () => {
  // Newcombe RG (1998), "Two-sided confidence intervals for the single
  // proportion: comparison of seven methods", Statistics in Medicine 17:857-872,
  // Table II, method 3 (score interval without continuity correction), printed
  // to 4 decimal places.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i matches Newcombe (1998)', (successes, trials, lower, upper) => {
    const result = wilson(successes, trials)!;
    expect(result.rate).toBeCloseTo(successes / trials, 12);
    expect(result.lower).toBeCloseTo(lower, 4);
    expect(result.upper).toBeCloseTo(upper, 4);
  });

  it('matches a hand computation', () => {
    // 5 of 10, z = 1.959964, z^2 = 3.8414590, z^2/n = 0.3841459
    // centre = (0.5 + 0.1920730) / 1.3841459 = 0.5 (p = 1/2 is the midpoint)
    // half width = 1.959964 * sqrt(0.5*0.5/10 + 3.8414590/400) / 1.3841459
    //            = 1.959964 * sqrt(0.0346036) / 1.3841459 = 1.959964 * 0.1860204 / 1.3841459 = 0.2634067
    const result = wilson(5, 10)!;
    expect(result.lower).toBeCloseTo(0.5 - 0.2634067, 6);
    expect(result.upper).toBeCloseTo(0.5 + 0.2634067, 6);
  });

  it('stays within [0, 1] at the extremes', () => {
    expect(wilson(0, 1)!.lower).toBe(0);
    expect(wilson(7, 7)!.upper).toBe(1);
    expect(wilson(7, 7)!.rate).toBe(1);
  });

  // At 0 of n, centre = (z^2/2n)/(1 + z^2/n) and half width = z*sqrt(z^2/4n^2)/(1 + z^2/n)
  // = (z^2/2n)/(1 + z^2/n): the lower bound is exactly 0 (and, by symmetry, the
  // upper bound at n of n exactly 1). Floating point used to publish 5.6e-17
  // for 0 of 3, 0 of 7 and 3.5e-18 for 0 of 100, and 0.9999999999999999 for 10 of 10.
  it.each([3, 7, 10, 100, 12_345])('gives exactly 0 for 0 of n and exactly 1 for n of n (n = %i)', (n) => {
    expect(wilson(0, n)!.lower).toBe(0);
    expect(wilson(n, n)!.upper).toBe(1);
  });

  it('gives the 0-of-n upper bound z^2/(n + z^2)', () => {
    // With p = 0 the upper bound is 2 * (z^2/2n) / (1 + z^2/n) = z^2 / (n + z^2).
    // n = 20: 3.8414588 / 23.8414588 = 0.1611251, Newcombe's 0.1611 for 0/20.
    expect(wilson(0, 20)!.upper).toBeCloseTo(0.1611251, 6);
  });

  it('returns null, never NaN, without trials or with impossible counts', () => {
    expect(wilson(0, 0)).toBeNull();
    expect(wilson(3, 2)).toBeNull();
    expect(wilson(-1, 2)).toBeNull();
    expect(wilson(0.5, 2)).toBeNull();
  });
});

describe('ratePer1000', () => {
  it('divides searches by residents and scales to 1,000', () => {
    expect(ratePer1000(63_565, 1_000_000)).toBeCloseTo(63.565, 10);
    expect(ratePer1000(0, 500)).toBe(0);
    // Searches, not people: more searches than residents is a real possibility.
    expect(ratePer1000(400, 334)).toBeCloseTo(1197.6048, 4);
  });

  it('returns null without a population', () => {
    expect(ratePer1000(10, 0)).toBeNull();
    expect(ratePer1000(10, -5)).toBeNull();
    expect(ratePer1000(Number.NaN, 100)).toBeNull();
    expect(ratePer1000(-1, 100)).toBeNull();
  });
});

describe('isSmallCount', () => {
  it('flags counts below the documented threshold of 20', () => {
    expect(SMALL_COUNT_THRESHOLD).toBe(20);
    expect(isSmallCount(19)).toBe(true);
    expect(isSmallCount(20)).toBe(false);
    expect(isSmallCount(0)).toBe(true);
    expect(isSmallCount(Number.NaN)).toBe(true);
  });
});
