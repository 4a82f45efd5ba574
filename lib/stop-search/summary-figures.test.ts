import { describe, expect, it } from 'vitest';
import { populationBase } from '@/lib/stop-search/population-base';
import { compareSummaryRows, toSummaryRow, type FigureContext } from '@/lib/stop-search/summary-figures';
import type { SummarySqlRow } from '@/lib/stop-search/summary-sql';

const counts: SummarySqlRow = {
  period_start: '2018-04',
  force_months: 3,
  dims: { ethnicity: 'Black', borough: 'E09000022' },
  searches: 1000,
  ethnicity_not_stated: 0,
  no_location: 0,
  outside_london: 0,
  outcome_recorded: 10,
  arrests: 5,
  no_further_action: 0,
  linked_recorded: 0,
  linked: 0,
  population: 100_000,
  white_searches: 500,
  white_population: 200_000,
  population_area: 'E09000022',
};

const context: FigureContext = {
  grain: 'quarter',
  forceCount: 1,
  by: ['ethnicity', 'borough'],
  base: populationBase('metropolitan', true, undefined),
  boroughNames: new Map([['E09000022', 'Lambeth']]),
};

describe('toSummaryRow', () => {
  const row = toSummaryRow(counts, context);

  it('labels the period and the groups, with the borough name beside its code', () => {
    expect(row).toMatchObject({ period: '2018-Q2', period_start: '2018-04', period_end: '2018-06', ethnicity: 'Black', borough: 'E09000022', borough_name: 'Lambeth' });
    expect(Object.keys(row).slice(0, 7)).toEqual(['period', 'period_start', 'period_end', 'ethnicity', 'borough', 'borough_name', 'searches']);
  });

  it('puts each figure next to the counts it is built from', () => {
    // 1,000 / 100,000 x 1,000 = 10 per 1,000; the ratio and its interval are the
    // hand-computed example in lib/stats/stats.test.ts (4, 3.59383 to 4.45211).
    expect(row.rate_per_1000).toBeCloseTo(10, 12);
    expect(row.population_area).toBe('E09000022');
    expect(row.ratio_to_white).toBe(4);
    expect(row.ratio_lower).toBeCloseTo(3.59383, 4);
    expect(row.ratio_upper).toBeCloseTo(4.45211, 4);
    // 5 of 10: the Wilson interval 0.5 ± 0.2634067 (hand computation in lib/stats/stats.test.ts).
    expect(row.arrest_rate).toBe(0.5);
    expect(row.arrest_lower).toBeCloseTo(0.2365933, 6);
    expect(row.nfa_rate).toBe(0);
    expect(row.nfa_lower).toBe(0);
  });

  it('flags small counts instead of hiding them', () => {
    expect(row.searches_small).toBe(false);
    expect(row.outcome_small).toBe(true);
    expect(row.arrest_rate).not.toBeNull();
    expect(toSummaryRow({ ...counts, white_searches: 19 }, context).ratio_small).toBe(true);
  });

  it('gives no rate without a population and no rate of a proportion without trials', () => {
    const none = toSummaryRow({ ...counts, population: null, linked_recorded: 0 }, context);
    expect([none.rate_per_1000, none.population_area, none.ratio_to_white, none.linked_rate, none.linked_lower]).toEqual([null, null, null, null, null]);
  });

  it('gives White the reference ratio of 1 without an interval', () => {
    const white = toSummaryRow({ ...counts, dims: { ethnicity: 'White', borough: 'E09000022' }, searches: 500, population: 200_000 }, context);
    expect([white.ratio_to_white, white.ratio_lower, white.ratio_upper]).toEqual([1, null, null]);
  });

  it('marks a period with months missing as incomplete', () => {
    expect(row.complete).toBe(true);
    const partial = toSummaryRow({ ...counts, force_months: 4 }, { ...context, grain: 'year', forceCount: 2 });
    expect([partial.force_months_with_data, partial.force_months_in_period, partial.complete]).toEqual([4, 24, false]);
  });
});

describe('compareSummaryRows', () => {
  it('orders by period, then ethnic groups in their fixed order, then boroughs with outside and none last', () => {
    const make = (period_start: string, ethnicity: string, borough: string) =>
      toSummaryRow({ ...counts, period_start, dims: { ethnicity, borough } }, { ...context, grain: 'month' });
    const rows = [
      make('2018-05', 'Asian', 'E09000001'),
      make('2018-04', 'Not stated', 'E09000001'),
      make('2018-04', 'White', 'none'),
      make('2018-04', 'White', 'outside'),
      make('2018-04', 'White', 'E09000033'),
      make('2018-04', 'Black', 'E09000002'),
    ].sort(compareSummaryRows(['ethnicity', 'borough']));
    expect(rows.map((r) => `${r.period} ${r.ethnicity} ${r.borough}`)).toEqual([
      '2018-04 Black E09000002',
      '2018-04 White E09000033',
      '2018-04 White outside',
      '2018-04 White none',
      '2018-04 Not stated E09000001',
      '2018-05 Asian E09000001',
    ]);
  });
});

describe('populationBase', () => {
  it('divides by the residents each force polices, and by none for the City of London', () => {
    const met = populationBase('metropolitan', false, undefined);
    expect(met.kind === 'area' && [met.area, met.codes.length, met.codes.includes('E09000001')]).toEqual(['met-police-area', 32, false]);
    const both = populationBase(undefined, false, undefined);
    expect(both.kind === 'area' && [both.area, both.codes.length]).toEqual(['london', 33]);
    expect(populationBase('city-of-london', true, undefined).kind).toBe('none');
    expect(populationBase(undefined, false, 'E09000001').kind).toBe('none');
    expect(populationBase(undefined, false, 'none').kind).toBe('none');
    const lambeth = { area: 'E09000022', codes: ['E09000022'] };
    expect(populationBase(undefined, false, 'E09000022')).toEqual({
      kind: 'area',
      ...lambeth,
      byCoverage: { 'city-of-london,metropolitan': lambeth, metropolitan: lambeth },
    });
  });
});
