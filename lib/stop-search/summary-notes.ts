// The plain-English notes that travel with every summary (JSON and CSV), so
// a figure read away from the page still says what it counts.
import { SMALL_COUNT_THRESHOLD } from '@/lib/stats/small-count';
import type { PopulationBase } from '@/lib/stop-search/population-base';
import type { SummaryParams } from '@/lib/stop-search/summary-params';

const AREA_NAMES: Record<string, string> = {
  london: 'London (all 33 boroughs, policed by both forces)',
  'met-police-area': 'the Metropolitan Police area (the 32 boroughs other than the City of London)',
};

function rateNote(base: PopulationBase): string {
  if (base.kind === 'none') return base.reason;
  const area = base.kind === 'borough' ? "each row's borough (none for the City of London, outside London or no location)" : (AREA_NAMES[base.area] ?? base.area);
  return `Rates per 1,000 divide searches by Census 2021 usual residents of ${area}. They count searches, not people, and cover the period shown (not annualised).`;
}

// Both forces together: which residents each period divides by depends on whose files it has.
const COVERAGE_NOTE =
  'With both forces, each period divides by the residents of the forces with files in it: London when both have, the Met\'s 32 boroughs when only the Met has, and no rate when only the City of London has (its residents alone would mislead). A force with files for only some months of a period still counts with all its residents; the period is marked incomplete (complete = false) and its rate is then too low.';

export function summaryNotes(params: SummaryParams, base: PopulationBase): string[] {
  const bothForces = params.force === undefined && base.kind !== 'none';
  return [
    params.ethnicity === 'officer'
      ? 'Ethnicity is officer-defined (what the officer recorded: Asian, Black, White or Other). Officers do not record Mixed, so Mixed has no rate or ratio.'
      : 'Ethnicity is self-defined (what the person searched said), grouped into the five Census groups; "Not stated" when they gave none.',
    rateNote(base),
    ...(bothForces ? [COVERAGE_NOTE] : []),
    'ratio_to_white is the rate for the group divided by the rate for White people in the same period and groups, with a 95% confidence interval (Katz log method). White is the reference (1, no interval).',
    'Arrest and no-further-action rates are over searches with an outcome recorded (outcome_recorded); the linked-to-object rate is over searches where the force filled that field (linked_recorded). Intervals are 95% Wilson score intervals.',
    `Columns ending _small are true when a figure rests on fewer than ${SMALL_COUNT_THRESHOLD} searches: it is shown but is not reliable.`,
    'A period is listed when at least one of its months has an imported file. Months without a file are missing, not zero: force_months_with_data below force_months_in_period marks an incomplete period.',
    'Identical rows are counted as separate searches, except in a file where every row appears more than once (City of London 2020-07), which is counted once.',
  ];
}
