// The indicators the overview charts, with the words we use about each. The
// wording is ours; the figures come from the database. Each caveat states only
// what the catalogue itself records about the figures.
import type { SeriesKind } from '@/lib/charts/indicator-series';

export interface FeaturedIndicator {
  id: string;
  kind: SeriesKind;
  /** What the summary sentence is about. */
  subject: string;
  attribution?: string;
  axisLabel: string;
  /** Shown beside the chart: what a reader must know before comparing the figures. */
  caveat: string;
}

export const FEATURED_INDICATORS: readonly FeaturedIndicator[] = [
  {
    id: 'pas-good-job-local',
    kind: 'trend',
    subject: 'Londoners saying the police do a good job in their local area',
    attribution: 'MOPAC Public Attitude Survey, as reported',
    axisLabel: 'Londoners agreeing (%)',
    caveat:
      "These figures were read in news and think-tank coverage of MOPAC's Public Attitude Survey, not in MOPAC's own tables. " +
      'Two reports give the peak differently (69% in 2016-17, 68% in 2017), so both are shown.',
  },
  {
    id: 'ss-black-white-ratio',
    kind: 'reported',
    subject: 'how many times more often Black Londoners were stopped and searched than white Londoners',
    attribution: 'figures from MOPAC, City Hall and the Casey Review, as reported in the press',
    axisLabel: 'Times the rate for white Londoners',
    caveat:
      'These figures come from different sources and cover different, sometimes unstated, periods. ' +
      'They are not one consistent series, so the points are not joined by a line. ' +
      'Our own count from the published search records is on the stop and search page.',
  },
  {
    id: 'officer-dismissals',
    kind: 'trend',
    subject: 'Met officers dismissed, or who would have been, for misconduct or incompetence',
    attribution: 'London Assembly press release',
    axisLabel: 'Officers in the calendar year',
    caveat: 'No figure was found for 2021, so the line joins 2020 directly to 2022.',
  },
];
