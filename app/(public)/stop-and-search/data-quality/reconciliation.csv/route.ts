// /stop-and-search/data-quality/reconciliation.csv : published figures against the records, as the data-quality page shows them.
import { csvResponse, toCsv, type CsvColumn } from '@/lib/csv';
import { getStopSearchReconciliation, type ReconciliationRow } from '@/lib/queries/stop-search-reconciliation';

const COLUMNS: CsvColumn<ReconciliationRow>[] = [
  { header: 'indicator_id', value: (r) => r.indicator_id },
  { header: 'figure', value: (r) => r.indicator_label },
  { header: 'unit', value: (r) => r.unit },
  { header: 'force', value: (r) => r.force },
  { header: 'period', value: (r) => r.period_label },
  { header: 'period_start', value: (r) => r.period_start },
  { header: 'period_end', value: (r) => r.period_end },
  { header: 'group', value: (r) => r.group },
  { header: 'published_value', value: (r) => r.official_value },
  { header: 'record_value', value: (r) => r.record_value },
  { header: 'difference', value: (r) => r.difference },
  { header: 'relative_difference', value: (r) => r.relative_difference },
  { header: 'comparison', value: (r) => r.status },
  { header: 'note', value: (r) => r.note },
  { header: 'searches_in_records', value: (r) => r.counts?.searches },
  { header: 'months_in_period', value: (r) => r.counts?.months_in_period },
  { header: 'months_with_records', value: (r) => r.counts?.months_with_records },
  { header: 'published_at_url', value: (r) => r.official_url },
  { header: 'source_publisher', value: (r) => r.source?.publisher },
  { header: 'source_title', value: (r) => r.source?.title },
];

export async function GET(): Promise<Response> {
  const csv = toCsv(COLUMNS, await getStopSearchReconciliation(), {
    title: 'Published stop-and-search figures against the same figures from the imported records',
    sources: ['Published figures: each row names its source (published_at_url).', 'Records: data.police.uk monthly files, Open Government Licence v3.0'],
    notes: ['difference = record_value - published_value; relative_difference is that over published_value.'],
  });
  return csvResponse('stop-search-reconciliation.csv', csv);
}
