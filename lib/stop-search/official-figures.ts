// The official (published) stop-and-search figures the seed carries as
// indicators, and how each can be checked against the record-level files.
// The values themselves, with their sources, are in
// prisma/seed/data/stop-search-official.json; this says what they measure.
import type { LondonForce } from '@/lib/stop-search/forces';

export type OfficialMeasure =
  /** A number of searches, under all legislation or under s1 PACE and associated powers (everything but s60 CJPOA and the Terrorism Act). */
  | { kind: 'searches'; scope: 'all' | 's1-and-associated' }
  /** Searches per 1,000 residents, all groups. */
  | { kind: 'rate' }
  /** A group's share of all searches, in percent (officer-defined ethnicity). */
  | { kind: 'share' }
  /** How many times more likely the group is to be searched than White people (officer-defined). */
  | { kind: 'ratio' }
  /** People, not searches: the records cannot say how many people were searched. */
  | { kind: 'people' };

export interface OfficialIndicator {
  id: string;
  force: LondonForce;
  measure: OfficialMeasure;
}

export const OFFICIAL_INDICATORS: readonly OfficialIndicator[] = [
  { id: 'official-ss-met-searches-all', force: 'metropolitan', measure: { kind: 'searches', scope: 'all' } },
  { id: 'official-ss-col-searches-all', force: 'city-of-london', measure: { kind: 'searches', scope: 'all' } },
  { id: 'official-ss-met-searches-s1', force: 'metropolitan', measure: { kind: 'searches', scope: 's1-and-associated' } },
  { id: 'official-ss-met-rate', force: 'metropolitan', measure: { kind: 'rate' } },
  { id: 'official-ss-met-share', force: 'metropolitan', measure: { kind: 'share' } },
  { id: 'official-ss-met-ratio', force: 'metropolitan', measure: { kind: 'ratio' } },
  { id: 'official-ss-met-people-searched', force: 'metropolitan', measure: { kind: 'people' } },
];
