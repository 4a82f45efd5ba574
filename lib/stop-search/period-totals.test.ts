import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, pivotByPeriod } from '@/lib/charts/explorer-series';
import { totalsOverSpan } from '@/lib/stop-search/period-totals';
import type { SummaryRow } from '@/lib/stop-search/summary-figures';

const r = (period: string, ethnicity: string, searches: number, white: number, more: Partial<SummaryRow> = {}): SummaryRow =>
  ({ period, ethnicity, searches, population: 1000, white_searches: white, white_population: 4000, outcome_recorded: searches, arrests: Math.floor(searches / 10), no_further_action: Math.floor(searches / 2), linked_recorded: 0, linked: 0, ethnicity_not_stated: 0, ...more }) as SummaryRow;

describe('totals over the span', () => {
  it('sums counts and recomputes the rate, the Katz ratio and Wilson intervals from the sums', () => {
    const [black] = totalsOverSpan([r('2018', 'Black', 30, 40), r('2019', 'Black', 20, 60)], 'ethnicity', true);
    expect(black!.searches).toBe(50);
    expect(black!.rate_per_1000).toBe(50);
    // (50/1000) / (100/4000) = 2; SE = sqrt(1/50 - 1/1000 + 1/100 - 1/4000)
    expect(black!.ratio_to_white).toBeCloseTo(2, 10);
    const se = Math.sqrt(1 / 50 - 1 / 1000 + 1 / 100 - 1 / 4000);
    expect(black!.ratio_lower).toBeCloseTo(2 * Math.exp(-1.959963984540054 * se), 10);
    expect(black!.arrests).toBe(5);
    expect(black!.arrest_rate).toBeCloseTo(0.1, 10);
    expect(black!.arrest_lower).toBeGreaterThan(0);
    expect(black!.linked_rate).toBeNull();
    expect(black!.linked_small).toBe(true);
  });

  it('gives White the reference ratio 1 without an interval', () => {
    const [white] = totalsOverSpan([r('2018', 'White', 40, 40)], 'ethnicity', true);
    expect(white).toMatchObject({ ratio_to_white: 1, ratio_lower: null, ratio_upper: null });
  });
});

describe('chart series', () => {
  it('pivots long rows by period with bands', () => {
    const rows = [
      { period: '2018', g: 'Black', v: 4, lo: 3.9, hi: 4.1 },
      { period: '2018', g: 'Asian', v: 1.2, lo: null, hi: null },
    ];
    expect(pivotByPeriod(rows, 'g', 'v', ['lo', 'hi'])).toEqual([{ period: '2018', Black: 4, Black__band: [3.9, 4.1], Asian: 1.2, Asian__band: null }]);
  });

  it('classes map values into equal intervals', () => {
    const breaks = classBreaks([0, 10])!;
    expect(breaks).toEqual([2, 4, 6, 8]);
    expect(classOf(0, breaks)).toBe(0);
    expect(classOf(10, breaks)).toBe(4);
    expect(classBreaks([])).toBeNull();
  });
});
