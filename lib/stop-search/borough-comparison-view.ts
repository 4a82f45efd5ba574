// A borough's figures against the wider area's as a view (table + CSV), with
// its sentence and the reasons a figure may be unreliable.
import { COMPARISON_COLUMNS, comparisonRows, type AreaFigures } from '@/lib/stop-search/borough-views';
import type { ViewColumn, ViewRow } from '@/lib/stop-search/explorer-view';
import { CITY_OF_LONDON_BOROUGH } from '@/lib/stop-search/forces';
import { comparisonSentence, type ComparisonFigures } from '@/lib/stop-search/text-summaries';
import { SMALL_COUNT_THRESHOLD } from '@/lib/stats/small-count';
import { rateRatio } from '@/lib/stats/rate-ratio';
import { isSmallCount } from '@/lib/stats/small-count';

function figures(a: AreaFigures): ComparisonFigures {
  const black = a.byGroup.find((g) => g.key === 'Black');
  const white = a.byGroup.find((g) => g.key === 'White');
  const rr = black && white && black.population !== null && white.population !== null ? rateRatio(black.searches, black.population, white.searches, white.population) : null;
  return {
    searches: a.all?.searches ?? 0,
    rate: a.all?.rate_per_1000 ?? null,
    ratio: rr?.ratio ?? null,
    ratioLower: rr?.lower ?? null,
    ratioUpper: rr?.upper ?? null,
    ratioSmall: isSmallCount(Math.min(black?.searches ?? 0, white?.searches ?? 0)),
  };
}

export interface BoroughComparisonView {
  summary: string;
  columns: ViewColumn[];
  rows: (ViewRow & { kind: ViewColumn['kind'] })[];
  warnings: string[];
}

export function boroughComparisonView(code: string, name: string, borough: AreaFigures, areaName: string, area: AreaFigures): BoroughComparisonView {
  const rows = comparisonRows(borough, area);
  const warnings: string[] = [];
  if (code === CITY_OF_LONDON_BOROUGH) {
    warnings.push('The City of London has about 8,600 residents but hundreds of thousands of people work in it or pass through it each day, so no rate per resident is given: it would measure who counts as living there, not how often people are searched.');
  }
  const small = rows.filter((r) => r.borough_small === true && r.borough_value !== null);
  if (small.length) {
    warnings.push(
      `Some of ${name}'s figures rest on fewer than ${SMALL_COUNT_THRESHOLD} searches (marked "Yes" under "fewer than 20"): ${small.map((r) => String(r.measure).toLowerCase()).join('; ')}. With so few searches, chance alone moves the figure a lot (the relative error of a count below 20 is over 22%), so it is shown but should not be relied on or compared.`,
    );
  }
  warnings.push(
    `The wider area's figures count every search, including those with no location or placed outside London; a borough's count only those placed in it, so a borough's rate is slightly understated against the area's.`,
  );
  return { summary: comparisonSentence(name, figures(borough), areaName, figures(area)), columns: COMPARISON_COLUMNS, rows, warnings };
}
