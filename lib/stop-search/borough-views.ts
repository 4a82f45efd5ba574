// The borough map's view and a borough's figures against London's, built
// from summary answers (pure; the query module asks the database).
import { rateRatio } from '@/lib/stats/rate-ratio';
import { isSmallCount } from '@/lib/stats/small-count';
import type { ExplorerView, ViewColumn, ViewRow } from '@/lib/stop-search/explorer-view';
import type { MapMeasure } from '@/lib/stop-search/explorer-params';
import { noDataReason, VIEW_TITLES } from '@/lib/stop-search/explorer-views';
import { totalsOverSpan, type SpanTotal } from '@/lib/stop-search/period-totals';
import { boroughMapSentence, fixed, pct } from '@/lib/stop-search/text-summaries';
import type { StopSearchSummaryData } from '@/lib/stop-search/summary-types';

const col = (key: string, label: string, kind: ViewColumn['kind']): ViewColumn => ({ key, label, kind });

export const MEASURE_LABELS: Record<MapMeasure, string> = {
  rate: 'searches per 1,000 residents',
  ratio: 'ratio of Black to White search rates',
  searches: 'number of searches',
};
export const MEASURE_KEYS: Record<MapMeasure, string> = { rate: 'rate_per_1000', ratio: 'ratio_to_white', searches: 'searches' };

export function formatMeasure(measure: MapMeasure, v: number): string {
  if (measure === 'searches') return Math.round(v).toLocaleString('en-GB');
  return fixed(v);
}

/** One row per borough (all 33, in code order), from summaries grouped by borough: all searches, and Black searches (with White ones). */
export function boroughMapView(all: StopSearchSummaryData, black: StopSearchSummaryData, boroughs: { code: string; name: string }[], measure: MapMeasure): ExplorerView {
  const totals = new Map(totalsOverSpan(all.rows, 'borough').map((t) => [t.key, t]));
  const ratios = new Map(totalsOverSpan(black.rows, 'borough', true).map((t) => [t.key, t]));
  const rows: ViewRow[] = boroughs.map((b) => {
    const t = totals.get(b.code);
    const r = ratios.get(b.code);
    return {
      borough: b.code,
      borough_name: b.name,
      searches: t?.searches ?? 0,
      searches_small: t?.searches_small ?? true,
      population: t?.population ?? null,
      rate_per_1000: t?.rate_per_1000 ?? null,
      black_searches: r?.searches ?? 0,
      white_searches: r?.white_searches ?? null,
      ratio_to_white: r?.ratio_to_white ?? null,
      ratio_lower: r?.ratio_lower ?? null,
      ratio_upper: r?.ratio_upper ?? null,
      ratio_small: r?.ratio_small ?? null,
    };
  });
  const key = MEASURE_KEYS[measure];
  const outside = totals.get('outside')?.searches ?? 0;
  const none = totals.get('none')?.searches ?? 0;
  return {
    id: 'boroughs',
    title: VIEW_TITLES.boroughs,
    summary: boroughMapSentence(
      rows.map((r) => ({ name: String(r.borough_name), value: r[key] as number | null })),
      MEASURE_LABELS[measure],
      (v) => formatMeasure(measure, v),
    ),
    columns: [
      col('borough', 'Code', 'text'),
      col('borough_name', 'Borough', 'text'),
      col('searches', 'Searches', 'count'),
      col('population', 'Residents (Census 2021)', 'count'),
      col('rate_per_1000', 'Searches per 1,000 residents', 'rate1000'),
      col('searches_small', 'Fewer than 20', 'flag'),
      col('black_searches', 'Searches of Black people', 'count'),
      col('white_searches', 'Searches of White people', 'count'),
      col('ratio_to_white', 'Black/White ratio', 'ratio'),
      col('ratio_lower', '95% interval from', 'ratio'),
      col('ratio_upper', '95% interval to', 'ratio'),
      col('ratio_small', 'Ratio on fewer than 20', 'flag'),
    ],
    rows,
    chart: { kind: 'map' },
    emptyReason: all.rows.length === 0 ? noDataReason(all) : null,
    notes: [
      ...all.notes,
      `Not on the map: ${outside.toLocaleString('en-GB')} searches placed outside London and ${none.toLocaleString('en-GB')} with no location, in the months shown.`,
      'Rates and ratios cover every month shown together (not annualised). The City of London has no rate per resident.',
    ],
    sources: all.sources,
    query: all.query,
    importBatchCount: all.import_batches.length,
  };
}

export interface AreaFigures {
  all: SpanTotal | undefined;
  byGroup: SpanTotal[];
}

export function areaFigures(all: StopSearchSummaryData, byEthnicity: StopSearchSummaryData): AreaFigures {
  return { all: totalsOverSpan(all.rows, null)[0], byGroup: totalsOverSpan(byEthnicity.rows, 'ethnicity', true) };
}

interface Figure {
  value: number | null;
  lower: number | null;
  upper: number | null;
  basis: number;
  small: boolean;
}
const none: Figure = { value: null, lower: null, upper: null, basis: 0, small: true };

function measures(a: AreaFigures): Record<string, Figure> {
  const g = (name: string) => a.byGroup.find((t) => t.key === name);
  const black = g('Black');
  const white = g('White');
  const rr = black && white && black.population !== null && white.population !== null ? rateRatio(black.searches, black.population, white.searches, white.population) : null;
  const t = a.all;
  const notStated = g('Not stated')?.searches ?? 0;
  return {
    searches: t ? { value: t.searches, lower: null, upper: null, basis: t.searches, small: t.searches_small } : none,
    rate_all: t ? { value: t.rate_per_1000, lower: null, upper: null, basis: t.searches, small: t.searches_small } : none,
    rate_black: black ? { value: black.rate_per_1000, lower: null, upper: null, basis: black.searches, small: black.searches_small } : none,
    rate_white: white ? { value: white.rate_per_1000, lower: null, upper: null, basis: white.searches, small: white.searches_small } : none,
    ratio_black: rr ? { value: rr.ratio, lower: rr.lower, upper: rr.upper, basis: Math.min(black!.searches, white!.searches), small: isSmallCount(Math.min(black!.searches, white!.searches)) } : none,
    arrest_rate: t ? { value: t.arrest_rate, lower: t.arrest_lower, upper: t.arrest_upper, basis: t.outcome_recorded, small: t.outcome_small } : none,
    nfa_rate: t ? { value: t.nfa_rate, lower: t.nfa_lower, upper: t.nfa_upper, basis: t.outcome_recorded, small: t.outcome_small } : none,
    not_stated_share: t && t.searches ? { value: notStated / t.searches, lower: null, upper: null, basis: t.searches, small: t.searches_small } : none,
  };
}

export const COMPARISON_MEASURES: { key: string; label: string; kind: ViewColumn['kind'] }[] = [
  { key: 'searches', label: 'Searches', kind: 'count' },
  { key: 'rate_all', label: 'Searches per 1,000 residents', kind: 'rate1000' },
  { key: 'rate_black', label: 'Searches per 1,000 Black residents', kind: 'rate1000' },
  { key: 'rate_white', label: 'Searches per 1,000 White residents', kind: 'rate1000' },
  { key: 'ratio_black', label: 'Black people: times as likely to be searched as White people', kind: 'ratio' },
  { key: 'arrest_rate', label: 'Arrest rate (of searches with an outcome)', kind: 'percent' },
  { key: 'nfa_rate', label: 'No further action rate', kind: 'percent' },
  { key: 'not_stated_share', label: 'Share with no ethnicity stated', kind: 'percent' },
];

const UNIT_WORDS: Record<ViewColumn['kind'], string> = {
  count: 'searches',
  rate1000: 'searches per 1,000 residents',
  ratio: 'times as likely',
  percent: 'proportion (0 to 1)',
  text: '',
  flag: '',
};

export const COMPARISON_COLUMNS: ViewColumn[] = [
  col('measure', 'Measure', 'text'),
  col('unit', 'Unit', 'text'),
  col('borough_value', 'Borough', 'text'),
  col('borough_lower', 'Borough 95% from', 'text'),
  col('borough_upper', 'Borough 95% to', 'text'),
  col('borough_basis', 'Borough: searches behind it', 'count'),
  col('borough_small', 'Borough: fewer than 20', 'flag'),
  col('comparison_value', 'Comparison area', 'text'),
  col('comparison_lower', 'Comparison 95% from', 'text'),
  col('comparison_upper', 'Comparison 95% to', 'text'),
];

/** A borough's figures next to the wider area's, one row per measure (values raw; kind says how to read them). */
export function comparisonRows(borough: AreaFigures, area: AreaFigures): (ViewRow & { kind: ViewColumn['kind'] })[] {
  const b = measures(borough);
  const a = measures(area);
  return COMPARISON_MEASURES.map((m) => ({
    measure: m.label,
    unit: UNIT_WORDS[m.kind],
    kind: m.kind,
    borough_value: b[m.key]!.value,
    borough_lower: b[m.key]!.lower,
    borough_upper: b[m.key]!.upper,
    borough_basis: b[m.key]!.basis,
    borough_small: b[m.key]!.small,
    comparison_value: a[m.key]!.value,
    comparison_lower: a[m.key]!.lower,
    comparison_upper: a[m.key]!.upper,
  }));
}

export { pct };
