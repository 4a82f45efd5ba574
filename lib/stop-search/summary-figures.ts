// Turns the counts the database returns into the published figures: rates,
// ratios and intervals from the pure lib/stats functions, each next to the
// counts it is built from, with small counts flagged rather than hidden.
import { ratePer1000 } from '@/lib/stats/rate-per-1000';
import { rateRatio } from '@/lib/stats/rate-ratio';
import { isSmallCount } from '@/lib/stats/small-count';
import { wilson } from '@/lib/stats/wilson';
import { compareDimensionValues, REFERENCE_GROUP, type Dimension } from '@/lib/stop-search/dimensions';
import { periodOf, type PeriodGrain } from '@/lib/stop-search/periods';
import type { PopulationBase } from '@/lib/stop-search/population-base';
import type { SummarySqlRow } from '@/lib/stop-search/summary-sql';

/** One column per `by` dimension, named as the dimension (plus borough_name with borough). */
export type DimensionValues = Partial<Record<Dimension | 'borough_name', string | null>>;

export interface SummaryFigures {
  period: string;
  period_start: string;
  period_end: string;
  searches: number;
  searches_small: boolean;
  ethnicity_not_stated: number;
  no_location: number;
  outside_london: number;
  population: number | null;
  population_area: string | null;
  rate_per_1000: number | null;
  white_searches: number | null;
  white_population: number | null;
  ratio_to_white: number | null;
  ratio_lower: number | null;
  ratio_upper: number | null;
  ratio_small: boolean | null;
  outcome_recorded: number;
  arrests: number;
  arrest_rate: number | null;
  arrest_lower: number | null;
  arrest_upper: number | null;
  no_further_action: number;
  nfa_rate: number | null;
  nfa_lower: number | null;
  nfa_upper: number | null;
  outcome_small: boolean;
  linked_recorded: number;
  linked: number;
  linked_rate: number | null;
  linked_lower: number | null;
  linked_upper: number | null;
  linked_small: boolean;
  /** Force-months in the period with an imported file, and how many there would be with every file: equal when the period is complete. */
  force_months_with_data: number;
  force_months_in_period: number;
  complete: boolean;
}

export type SummaryRow = SummaryFigures & DimensionValues;

export interface FigureContext {
  grain: PeriodGrain;
  forceCount: number;
  by: readonly Dimension[];
  base: PopulationBase;
  /** The ethnic group every row is limited to by a filter, if any. */
  ethnicFilter?: string;
  boroughNames: ReadonlyMap<string, string>;
}

function proportion(successes: number, trials: number) {
  const p = wilson(successes, trials);
  return { rate: p?.rate ?? null, lower: p?.lower ?? null, upper: p?.upper ?? null };
}

function ratio(row: SummarySqlRow, group: string | undefined) {
  const none = { ratio_to_white: null, ratio_lower: null, ratio_upper: null, ratio_small: null };
  if (group === undefined || row.population === null || row.white_population === null || row.white_searches === null) return none;
  const small = isSmallCount(Math.min(row.searches, row.white_searches));
  // White is the reference: its ratio is 1 by definition, with no interval.
  if (group === REFERENCE_GROUP) return { ...none, ratio_to_white: row.white_searches > 0 ? 1 : null, ratio_small: small };
  const rr = rateRatio(row.searches, row.population, row.white_searches, row.white_population);
  return { ratio_to_white: rr?.ratio ?? null, ratio_lower: rr?.lower ?? null, ratio_upper: rr?.upper ?? null, ratio_small: small };
}

/** The statement names the area per row: with both forces, a period only the Met has files for is divided by the Met's area, not London. */
function populationArea(row: SummarySqlRow, _base: PopulationBase): string | null {
  if (row.population === null) return null;
  return row.population_area;
}

export function toSummaryRow(row: SummarySqlRow, ctx: FigureContext): SummaryRow {
  const period = periodOf(ctx.grain, row.period_start);
  const arrest = proportion(row.arrests, row.outcome_recorded);
  const nfa = proportion(row.no_further_action, row.outcome_recorded);
  const linked = proportion(row.linked, row.linked_recorded);
  const dims: DimensionValues = {};
  for (const d of ctx.by) {
    dims[d] = row.dims[d] ?? null;
    if (d === 'borough') dims.borough_name = ctx.boroughNames.get(row.dims.borough ?? '') ?? null;
  }
  const inPeriod = period.months * ctx.forceCount;
  return {
    period: period.label,
    period_start: period.start,
    period_end: period.end,
    ...dims,
    searches: row.searches,
    searches_small: isSmallCount(row.searches),
    ethnicity_not_stated: row.ethnicity_not_stated,
    no_location: row.no_location,
    outside_london: row.outside_london,
    population: row.population,
    population_area: populationArea(row, ctx.base),
    rate_per_1000: row.population === null ? null : ratePer1000(row.searches, row.population),
    white_searches: row.white_searches,
    white_population: row.white_population,
    ...ratio(row, row.dims.ethnicity ?? ctx.ethnicFilter),
    outcome_recorded: row.outcome_recorded,
    arrests: row.arrests,
    arrest_rate: arrest.rate,
    arrest_lower: arrest.lower,
    arrest_upper: arrest.upper,
    no_further_action: row.no_further_action,
    nfa_rate: nfa.rate,
    nfa_lower: nfa.lower,
    nfa_upper: nfa.upper,
    outcome_small: isSmallCount(row.outcome_recorded),
    linked_recorded: row.linked_recorded,
    linked: row.linked,
    linked_rate: linked.rate,
    linked_lower: linked.lower,
    linked_upper: linked.upper,
    linked_small: isSmallCount(row.linked_recorded),
    force_months_with_data: row.force_months,
    force_months_in_period: inPeriod,
    complete: row.force_months === inPeriod,
  };
}

/** Period first, then each `by` dimension in the order asked, each in its own natural order. */
export function compareSummaryRows(by: readonly Dimension[]) {
  return (a: SummaryRow, b: SummaryRow): number => {
    if (a.period_start !== b.period_start) return a.period_start < b.period_start ? -1 : 1;
    for (const d of by) {
      const c = compareDimensionValues(d, a[d] ?? '', b[d] ?? '');
      if (c !== 0) return c;
    }
    return 0;
  };
}
