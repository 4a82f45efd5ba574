// The summary as CSV: the same rows and column names as the JSON, with the
// sources, the question asked, the notes and every import batch behind the
// figures in the "# " lines above the table.
import { toCsv, type CsvColumn } from '@/lib/csv';
import type { Dimension } from '@/lib/stop-search/dimensions';
import type { SummaryFigures, SummaryRow } from '@/lib/stop-search/summary-figures';
import type { StopSearchSummaryData } from '@/lib/stop-search/summary-types';

const FIGURE_COLUMNS: (keyof SummaryFigures)[] = [
  'searches',
  'searches_small',
  'ethnicity_not_stated',
  'no_location',
  'outside_london',
  'population',
  'population_area',
  'rate_per_1000',
  'white_searches',
  'white_population',
  'ratio_to_white',
  'ratio_lower',
  'ratio_upper',
  'ratio_small',
  'outcome_recorded',
  'arrests',
  'arrest_rate',
  'arrest_lower',
  'arrest_upper',
  'no_further_action',
  'nfa_rate',
  'nfa_lower',
  'nfa_upper',
  'outcome_small',
  'linked_recorded',
  'linked',
  'linked_rate',
  'linked_lower',
  'linked_upper',
  'linked_small',
  'force_months_with_data',
  'force_months_in_period',
  'complete',
];

export function summaryColumns(by: readonly Dimension[]): CsvColumn<SummaryRow>[] {
  const dims = by.flatMap((d) => (d === 'borough' ? ['borough', 'borough_name'] : [d])) as (Dimension | 'borough_name')[];
  return [
    ...(['period', 'period_start', 'period_end'] as const).map((k) => ({ header: k, value: (r: SummaryRow) => r[k] })),
    ...dims.map((d) => ({ header: d, value: (r: SummaryRow) => r[d] ?? null })),
    ...FIGURE_COLUMNS.map((k) => ({ header: k, value: (r: SummaryRow) => r[k] })),
  ];
}

export function summaryCsv(summary: StopSearchSummaryData, generatedAt = new Date()): string {
  const { query } = summary;
  const filters = [
    `force: ${query.force ?? 'both London forces'}`,
    `months: ${query.from ?? '-'} to ${query.to ?? '-'}`,
    `period: ${query.period}`,
    `grouped by: ${query.by.length ? query.by.join(', ') : 'nothing'}`,
    `ethnicity field: ${query.ethnicity}`,
    ...Object.entries(query.filters).map(([d, v]) => `${d === 'ethnicity' ? 'ethnic_group' : d}: ${v}`),
  ];
  const batches = summary.import_batches.map(
    (b) => `Import batch ${b.id}: ${b.file_name} (${b.force} ${b.month}; sha256 ${b.sha256}; ${b.rows_loaded} rows loaded, ${b.rows_rejected} rejected)`,
  );
  return toCsv(summaryColumns(query.by), summary.rows, {
    title: 'Stop and search summary (Met accountability dashboard)',
    sources: summary.sources.map((s) => `${s.publisher}, ${s.title}, ${s.url}`),
    filters,
    units: 'searches (counts); rate_per_1000 per 1,000 Census 2021 residents; *_rate as proportions from 0 to 1',
    notes: [...summary.notes, ...batches],
    generatedAt,
  });
}
