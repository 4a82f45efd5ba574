// Which residents a rate per 1,000 divides by. Rates use Census 2021 usual
// residents; they count searches, not people, over the period asked for (a
// quarter's rate is a quarter's searches, not annualised).
//
// The residents follow the forces whose files are in the period: in 2019,
// when only the City of London's files are held, London's 9 million residents
// would make the searches look 1,000 times rarer than they were. So each
// period's denominator is chosen by its coverage, the sorted list of forces
// with at least one file in the period ("city-of-london,metropolitan",
// "metropolitan", "city-of-london"). A force with files for only some months
// of a period still counts with all its residents (leaving them out would
// divide its searches by nobody's residents); the period is then flagged
// incomplete (complete = false) and the rate understates it. See docs/figures.md.
import { BOROUGH_CODES, CITY_OF_LONDON_BOROUGH, type LondonForce } from '@/lib/stop-search/forces';
import { NO_LOCATION, OUTSIDE_LONDON } from '@/lib/stop-search/dimensions';

/** The residents of one coverage: the area they are named as, and its boroughs. */
export interface CoveredArea {
  area: string;
  codes: readonly string[];
}

export type PopulationBase =
  /** No rate at all; the reason is shown with the figures. */
  | { kind: 'none'; reason: string }
  /**
   * Each row's own borough (rows outside London, without a location or in the
   * City get no rate), in periods whose coverage is one of `coverages`.
   */
  | { kind: 'borough'; excluded: readonly string[]; coverages: readonly string[] }
  /**
   * One area for every row: `area`/`codes` when every force asked about has
   * files in the period; `byCoverage` gives the area for each coverage that
   * has a rate (a coverage missing from it gets none).
   */
  | { kind: 'area'; area: string; codes: readonly string[]; byCoverage: Readonly<Record<string, CoveredArea>> };

// About 8,600 people live in the City of London while hundreds of thousands
// work in it or pass through it each day; searches there per resident would
// be an artefact of who is counted as living there, not a rate of searching.
export const CITY_REASON =
  'No rate for the City of London: its 8,600 residents are a small fraction of the people in it on any day, so searches per resident would mislead.';

export const CITY_ONLY_NOTE =
  'In a period where only the City of London Police has files, there is no rate for the searches of both forces together: the residents would be the City\'s alone (see the note on the City of London).';

const MET_AREA = BOROUGH_CODES.filter((code) => code !== CITY_OF_LONDON_BOROUGH);
const BOTH = 'city-of-london,metropolitan';
const MET = 'metropolitan';

/** The coverage key of a set of forces, as the summary statement writes it. */
export function coverageKey(forces: readonly string[]): string {
  return [...new Set(forces)].sort().join(',');
}

export function populationBase(force: LondonForce | undefined, byBorough: boolean, boroughFilter: string | undefined): PopulationBase {
  if (force === 'city-of-london') return { kind: 'none', reason: CITY_REASON };
  // A borough other than the City is the Met's: its residents count only when the Met's files are in the period.
  if (byBorough) return { kind: 'borough', excluded: [CITY_OF_LONDON_BOROUGH], coverages: [BOTH, MET] };
  if (boroughFilter === CITY_OF_LONDON_BOROUGH) return { kind: 'none', reason: CITY_REASON };
  if (boroughFilter === OUTSIDE_LONDON || boroughFilter === NO_LOCATION) {
    return { kind: 'none', reason: 'No rate for searches outside London or without a location: there is no population they belong to.' };
  }
  if (boroughFilter) {
    const one = { area: boroughFilter, codes: [boroughFilter] };
    return { kind: 'area', ...one, byCoverage: { [BOTH]: one, [MET]: one } };
  }
  const met = { area: 'met-police-area', codes: MET_AREA };
  if (force === 'metropolitan') return { kind: 'area', ...met, byCoverage: { [MET]: met } };
  // Both forces together police all 33 boroughs; the Met alone the 32 other than the City.
  const london = { area: 'london', codes: BOROUGH_CODES };
  return { kind: 'area', ...london, byCoverage: { [BOTH]: london, [MET]: met } };
}
