// Figures for the whole span shown (every period summed), for the views that
// are not over time: outcomes by group, legislation, age, the borough map.
// Counts are summed; rates and intervals are then computed from the sums with
// the same lib/stats functions the summary uses. A population is the same in
// every period (Census 2021), so a rate over the span is the span's searches
// per 1,000 residents, not an annual rate.
import { ratePer1000 } from '@/lib/stats/rate-per-1000';
import { rateRatio } from '@/lib/stats/rate-ratio';
import { isSmallCount } from '@/lib/stats/small-count';
import { wilson } from '@/lib/stats/wilson';
import type { Dimension } from '@/lib/stop-search/dimensions';
import type { SummaryFigures, SummaryRow } from '@/lib/stop-search/summary-figures';

/** The summary's figures for one value of the grouping dimension, over the whole span rather than per period. */
export type SpanTotal = { key: string; name: string | null } & Omit<
  SummaryFigures,
  'period' | 'period_start' | 'period_end' | 'no_location' | 'outside_london' | 'population_area' | 'force_months_with_data' | 'force_months_in_period' | 'complete'
>;

type Acc = { key: string; name: string | null; rows: SummaryRow[] };

const sum = (rows: SummaryRow[], pick: (r: SummaryRow) => number | null) => rows.reduce((s, r) => s + (pick(r) ?? 0), 0);
const first = (rows: SummaryRow[], pick: (r: SummaryRow) => number | null) => rows.map(pick).find((v) => v !== null) ?? null;

function interval(successes: number, trials: number) {
  const w = wilson(successes, trials);
  return [w?.rate ?? null, w?.lower ?? null, w?.upper ?? null] as const;
}

/**
 * Sums summary rows over their periods, one total per value of `dimension`
 * (or one total when `dimension` is null). `withRatio` computes the ratio to
 * White people from the summed group and White searches (rows must carry
 * white_searches, i.e. be grouped or filtered by ethnic group).
 */
export function totalsOverSpan(rows: SummaryRow[], dimension: Dimension | null, withRatio = false, isReference = false): SpanTotal[] {
  const groups = new Map<string, Acc>();
  for (const row of rows) {
    const key = dimension ? (row[dimension] ?? '') : 'all';
    const acc = groups.get(key) ?? { key, name: dimension === 'borough' ? (row.borough_name ?? null) : null, rows: [] };
    acc.rows.push(row);
    groups.set(key, acc);
  }
  return [...groups.values()].map(({ key, name, rows: rs }) => {
    const searches = sum(rs, (r) => r.searches);
    const population = first(rs, (r) => r.population);
    const whitePopulation = first(rs, (r) => r.white_population);
    const whiteSearches = rs.some((r) => r.white_searches !== null) ? sum(rs, (r) => r.white_searches) : null;
    const rr = withRatio && population !== null && whitePopulation !== null && whiteSearches !== null ? rateRatio(searches, population, whiteSearches, whitePopulation) : null;
    const reference = isReference || key === 'White';
    const outcomeRecorded = sum(rs, (r) => r.outcome_recorded);
    const arrests = sum(rs, (r) => r.arrests);
    const nfa = sum(rs, (r) => r.no_further_action);
    const linkedRecorded = sum(rs, (r) => r.linked_recorded);
    const linked = sum(rs, (r) => r.linked);
    const [arrestRate, arrestLower, arrestUpper] = interval(arrests, outcomeRecorded);
    const [nfaRate, nfaLower, nfaUpper] = interval(nfa, outcomeRecorded);
    const [linkedRate, linkedLower, linkedUpper] = interval(linked, linkedRecorded);
    const hasRatio = withRatio && whiteSearches !== null && population !== null;
    return {
      key,
      name,
      searches,
      searches_small: isSmallCount(searches),
      ethnicity_not_stated: sum(rs, (r) => r.ethnicity_not_stated),
      population,
      rate_per_1000: population === null ? null : ratePer1000(searches, population),
      white_searches: whiteSearches,
      white_population: whitePopulation,
      ratio_to_white: hasRatio ? (reference ? (whiteSearches! > 0 ? 1 : null) : (rr?.ratio ?? null)) : null,
      ratio_lower: hasRatio && !reference ? (rr?.lower ?? null) : null,
      ratio_upper: hasRatio && !reference ? (rr?.upper ?? null) : null,
      ratio_small: hasRatio ? isSmallCount(Math.min(searches, whiteSearches!)) : null,
      outcome_recorded: outcomeRecorded,
      arrests,
      arrest_rate: arrestRate,
      arrest_lower: arrestLower,
      arrest_upper: arrestUpper,
      no_further_action: nfa,
      nfa_rate: nfaRate,
      nfa_lower: nfaLower,
      nfa_upper: nfaUpper,
      outcome_small: isSmallCount(outcomeRecorded),
      linked_recorded: linkedRecorded,
      linked,
      linked_rate: linkedRate,
      linked_lower: linkedLower,
      linked_upper: linkedUpper,
      linked_small: isSmallCount(linkedRecorded),
    };
  });
}
