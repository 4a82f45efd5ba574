// Puts a published figure next to the same figure computed from the
// record-level files, when the records can answer it: same force, every month
// of the period imported, and a measure the records can express. Pure: the
// counts come from lib/queries/stop-search-reconciliation.ts.
import { rateRatio } from '@/lib/stats/rate-ratio';
import { ratePer1000 } from '@/lib/stats/rate-per-1000';
import type { OfficialMeasure } from '@/lib/stop-search/official-figures';

export interface RecordCounts {
  months_in_period: number;
  months_with_records: number;
  searches: number;
  s1_searches: number;
  group_searches: number;
  white_searches: number;
  /** Census 2021 residents of the force's area: all groups, the figure's group, White. */
  population: number | null;
  group_population: number | null;
  white_population: number | null;
}

export type ReconciliationStatus = 'compared' | 'partial-records' | 'no-records' | 'not-comparable';

export interface Reconciled {
  status: ReconciliationStatus;
  record_value: number | null;
  difference: number | null;
  relative_difference: number | null;
  note: string;
}

const CAVEATS: Record<OfficialMeasure['kind'], string> = {
  searches: 'Records are cut by London-time month as data.police.uk publishes them; the Home Office counts from forces’ own systems, so small differences are expected.',
  rate: 'Records are divided by Census 2021 residents; the published rate used the Home Office’s own population estimates.',
  share: 'Shares use officer-defined ethnicity; searches with no ethnicity recorded stay in the total.',
  ratio: 'Records use officer-defined ethnicity and Census 2021 residents of the Met area; the published ratio may use other denominators.',
  people: 'Records count searches, not people: this figure cannot be checked against them.',
};

function recordValue(measure: OfficialMeasure, c: RecordCounts): number | null {
  switch (measure.kind) {
    case 'searches':
      return measure.scope === 'all' ? c.searches : c.s1_searches;
    case 'rate':
      return c.population === null ? null : ratePer1000(c.searches, c.population);
    case 'share':
      return c.searches > 0 ? (c.group_searches / c.searches) * 100 : null;
    case 'ratio':
      if (c.group_population === null || c.white_population === null) return null;
      return rateRatio(c.group_searches, c.group_population, c.white_searches, c.white_population)?.ratio ?? null;
    case 'people':
      return null;
  }
}

export function reconcile(measure: OfficialMeasure, official: number, counts: RecordCounts | null): Reconciled {
  const empty = { record_value: null, difference: null, relative_difference: null };
  if (measure.kind === 'people') return { status: 'not-comparable', ...empty, note: CAVEATS.people };
  if (!counts) return { status: 'not-comparable', ...empty, note: 'The source gives no period that records could be matched to.' };
  if (counts.months_with_records === 0) return { status: 'no-records', ...empty, note: `No record-level file is imported for any of the ${counts.months_in_period} months.` };
  if (counts.months_with_records < counts.months_in_period) {
    return { status: 'partial-records', ...empty, note: `Records cover ${counts.months_with_records} of the ${counts.months_in_period} months, so no total is compared.` };
  }
  const value = recordValue(measure, counts);
  if (value === null) return { status: 'not-comparable', ...empty, note: `No population applies to this force. ${CAVEATS[measure.kind]}` };
  const difference = value - official;
  return { status: 'compared', record_value: value, difference, relative_difference: official === 0 ? null : difference / official, note: CAVEATS[measure.kind] };
}
