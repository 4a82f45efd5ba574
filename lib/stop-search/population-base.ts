// Which residents a rate per 1,000 divides by. Rates use Census 2021 usual
// residents; they count searches, not people, over the period asked for (a
// quarter's rate is a quarter's searches, not annualised).
import { BOROUGH_CODES, CITY_OF_LONDON_BOROUGH, type LondonForce } from '@/lib/stop-search/forces';
import { NO_LOCATION, OUTSIDE_LONDON } from '@/lib/stop-search/dimensions';

export type PopulationBase =
  /** No rate at all; the reason is shown with the figures. */
  | { kind: 'none'; reason: string }
  /** Each row's own borough (rows outside London, without a location or in the City get no rate). */
  | { kind: 'borough'; excluded: readonly string[] }
  /** One area for every row: the boroughs listed. */
  | { kind: 'area'; area: string; codes: readonly string[] };

// About 8,600 people live in the City of London while hundreds of thousands
// work in it or pass through it each day; searches there per resident would
// be an artefact of who is counted as living there, not a rate of searching.
export const CITY_REASON =
  'No rate for the City of London: its 8,600 residents are a small fraction of the people in it on any day, so searches per resident would mislead.';

const MET_AREA = BOROUGH_CODES.filter((code) => code !== CITY_OF_LONDON_BOROUGH);

export function populationBase(force: LondonForce | undefined, byBorough: boolean, boroughFilter: string | undefined): PopulationBase {
  if (force === 'city-of-london') return { kind: 'none', reason: CITY_REASON };
  if (byBorough) return { kind: 'borough', excluded: [CITY_OF_LONDON_BOROUGH] };
  if (boroughFilter === CITY_OF_LONDON_BOROUGH) return { kind: 'none', reason: CITY_REASON };
  if (boroughFilter === OUTSIDE_LONDON || boroughFilter === NO_LOCATION) {
    return { kind: 'none', reason: 'No rate for searches outside London or without a location: there is no population they belong to.' };
  }
  if (boroughFilter) return { kind: 'area', area: boroughFilter, codes: [boroughFilter] };
  // The Met polices the 32 boroughs other than the City; both forces together police all 33.
  if (force === 'metropolitan') return { kind: 'area', area: 'met-police-area', codes: MET_AREA };
  return { kind: 'area', area: 'london', codes: BOROUGH_CODES };
}
